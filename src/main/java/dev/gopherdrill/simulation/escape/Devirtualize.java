package dev.gopherdrill.simulation.escape;

import java.util.List;
import java.util.function.Consumer;

import dev.gopherdrill.simulation.escape.Ast.*;

/**
 * devirtualize.Func (Go 1.19), which runs before escape analysis: a method call on an
 * interface variable whose only value is a conversion from a concrete type
 * ({@code var s Shape = q; s.Area()}) becomes a direct call on {@code s.(Sq)}, and -m
 * prints {@code devirtualizing s.Area to Sq}. It matters to escape analysis: the
 * receiver no longer goes to an unknown callee (which would leak it to the heap) but
 * to the concrete method's parameter tag.
 */
final class Devirtualize {

    private Devirtualize() {
    }

    static void funcs(List<Func> funcs, List<Diagnostic> out) {
        for (Func f : funcs) {
            Walk.calls(f.body, c -> call(f, c, out));
        }
    }

    private static void call(Func f, Call c, List<Diagnostic> out) {
        if (c.kind != CallKind.INTERFACE_METHOD) {
            return;
        }
        Selector sel = (Selector) c.fun;
        if (!(sel.x instanceof Ident id && id.obj instanceof Var v)) {
            return;
        }
        Expr r = StaticValue.of(v);
        GoType typ;
        if (r instanceof ConvIface conv) {
            typ = conv.x.type;
        } else if (r instanceof Call conv && conv.kind == CallKind.CONVERSION && conv.type.isInterface()) {
            typ = conv.args.get(0).type;
        } else {
            return;
        }
        if (typ.isInterface()) {
            return;
        }
        boolean ptr = typ instanceof GoType.Pointer;
        GoType base = ptr ? ((GoType.Pointer) typ).elem : typ;
        if (!(base instanceof GoType.Named named) || !named.methods.containsKey(sel.name)) {
            return;
        }
        Method m = named.methods.get(sel.name);
        out.add(new Diagnostic(c.line, c.col, "devirtualizing " + id.name + "." + sel.name + " to " + typ,
                List.of(id.name + " only ever holds a " + typ + " (" + Printer.print(r) + "), so the call is direct")));
        Expr recv = new TypeAssert(sel.line, sel.col, sel.x, typ);
        if (ptr && !m.pointerRecv()) {
            Unary star = new Unary(sel.line, sel.col, "*", recv);
            star.implicit = true;
            star.type = base;
            recv = star;
        }
        sel.x = recv;
        sel.method = m;
        c.kind = CallKind.METHOD;
        c.target = m.fn();
        f.refs.add(m.fn());
    }

    /** A pre-order walk over the expressions (or only the calls) of a body, closures included. */
    static final class Walk {
        private Walk() {
        }

        static void calls(Stmt s, Consumer<Call> visit) {
            exprs(s, e -> {
                if (e instanceof Call c) {
                    visit.accept(c);
                }
            });
        }

        static void exprs(Stmt s, Consumer<Expr> visit) {
            nodes(s, n -> { }, visit, true);
        }

        /** Statements and expressions in source order; closure bodies only if {@code intoClosures}. */
        static void nodes(Stmt s, Consumer<Stmt> visitStmt, Consumer<Expr> visit, boolean intoClosures) {
            new Object() {
                void stmt(Stmt n) {
                    if (n == null) {
                        return;
                    }
                    visitStmt.accept(n);
                    if (n instanceof Block b) {
                        b.stmts.forEach(this::stmt);
                    } else if (n instanceof DeclGroup g) {
                        g.decls.forEach(this::stmt);
                    } else if (n instanceof ExprStmt e) {
                        expr(e.x);
                    } else if (n instanceof Assign a) {
                        a.lhs.forEach(this::expr);
                        a.rhs.forEach(this::expr);
                    } else if (n instanceof VarDecl d) {
                        d.values.forEach(this::expr);
                    } else if (n instanceof If i) {
                        stmt(i.init);
                        expr(i.cond);
                        stmt(i.then);
                        stmt(i.otherwise);
                    } else if (n instanceof For f) {
                        stmt(f.init);
                        expr(f.cond);
                        stmt(f.post);
                        stmt(f.body);
                    } else if (n instanceof Range r) {
                        expr(r.key);
                        expr(r.value);
                        expr(r.x);
                        stmt(r.body);
                    } else if (n instanceof Switch sw) {
                        stmt(sw.init);
                        expr(sw.tag);
                        for (Case c : sw.cases) {
                            c.exprs.forEach(this::expr);
                            c.body.forEach(this::stmt);
                        }
                    } else if (n instanceof Return r) {
                        r.results.forEach(this::expr);
                    } else if (n instanceof GoDefer g) {
                        expr(g.call);
                    } else if (n instanceof Send sd) {
                        expr(sd.ch);
                        expr(sd.value);
                    } else if (n instanceof Labeled l) {
                        stmt(l.stmt);
                    }
                }

                void expr(Expr e) {
                    if (e == null) {
                        return;
                    }
                    visit.accept(e);
                    if (e instanceof Call c) {
                        expr(c.fun);
                        c.args.forEach(this::expr);
                    } else if (e instanceof Unary u) {
                        expr(u.x);
                    } else if (e instanceof Binary b) {
                        expr(b.x);
                        expr(b.y);
                    } else if (e instanceof Selector s) {
                        expr(s.x);
                    } else if (e instanceof Index ix) {
                        expr(ix.x);
                        expr(ix.index);
                    } else if (e instanceof SliceExpr sl) {
                        expr(sl.x);
                        expr(sl.lo);
                        expr(sl.hi);
                        expr(sl.max);
                    } else if (e instanceof ConvIface cv) {
                        expr(cv.x);
                    } else if (e instanceof TypeAssert ta) {
                        expr(ta.x);
                    } else if (e instanceof CompositeLit lit) {
                        for (Element el : lit.elements) {
                            expr(el.key);
                            expr(el.value);
                        }
                    } else if (e instanceof FuncLit f && intoClosures) {
                        stmt(f.body);
                    }
                }
            }.stmt(s);
        }
    }
}
