package dev.gopherdrill.simulation.escape;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

import dev.gopherdrill.simulation.escape.Ast.*;

/**
 * deadcode.Func (Go 1.19), which runs after type checking and before devirtualization and
 * escape analysis: the branch of an {@code if} that a constant condition never takes is
 * emptied ({@code false && x} and {@code true || x} fold first, {@code true && x} and
 * {@code false || x} become {@code x}), statements after a taken branch that ends in
 * {@code return} or {@code panic} are cut, a switch whose tag and cases are constant keeps
 * only the case that runs, and a body of nothing but such statements becomes empty. Removed
 * code creates no flows, so {@code if false { g = &x }} does not move {@code x}.
 *
 * <p>The checker has already recorded what the removed code refers to (the call graph, the
 * reassignments {@link StaticValue} relies on), which Go computes after this pass; removed
 * code that mentions a function, a method, a closure or a reassigned local is therefore
 * refused rather than answered with the wrong order or the wrong static value.
 */
final class DeadCode {

    private static final Value TRUE = new Value.Bool(true);
    private static final Value FALSE = new Value.Bool(false);

    private DeadCode() {
    }

    static void funcs(List<Func> funcs) {
        for (Func f : funcs) {
            func(f);
            Walk.exprs(f.body, e -> {
                if (e instanceof FuncLit lit) {
                    func(lit.fn);
                }
            });
        }
    }

    private static void func(Func f) {
        if (f.body == null) {
            return;
        }
        stmts(f.body.stmts);
        for (Stmt n : f.body.stmts) {
            boolean empty = n instanceof If i && i.init == null && i.cond.constant instanceof Value.Bool
                    && i.then.stmts.isEmpty() && (i.otherwise == null || i.otherwise instanceof Block b && b.stmts.isEmpty())
                    || n instanceof For l && l.init == null && FALSE.equals(constant(l.cond));
            if (!empty) {
                return;
            }
        }
        f.body.stmts.forEach(DeadCode::removed);
        f.body.stmts.clear();
    }

    private static Value constant(Expr e) {
        return e == null ? null : e.constant;
    }

    private static void stmts(List<Stmt> list) {
        for (int i = 0; i < list.size(); i++) {
            Stmt n = list.get(i);
            boolean cut = false;
            if (n instanceof If s) {
                s.cond = cond(s.cond);
                if (s.cond.constant instanceof Value.Bool taken) {
                    List<Stmt> body;
                    if (taken.v()) {
                        removed(s.otherwise);
                        s.otherwise = null;
                        body = s.then.stmts;
                    } else {
                        s.then.stmts.forEach(DeadCode::removed);
                        s.then.stmts.clear();
                        body = s.otherwise instanceof Block b ? b.stmts
                                : s.otherwise == null ? List.of() : List.of(s.otherwise);
                    }
                    if (!body.isEmpty()) {
                        Stmt last = body.get(body.size() - 1);
                        cut = last instanceof Return || last instanceof ExprStmt e && e.x instanceof Call c
                                && "panic".equals(c.builtin);
                    }
                }
            } else if (n instanceof Switch s) {
                constantSwitch(s);
            }
            if (n instanceof Block b) {
                stmts(b.stmts);
            } else if (n instanceof For s) {
                stmts(s.body.stmts);
            } else if (n instanceof If s) {
                stmts(s.then.stmts);
                if (s.otherwise instanceof Block b) {
                    stmts(b.stmts);
                } else if (s.otherwise != null) {
                    List<Stmt> one = new ArrayList<>(List.of(s.otherwise));
                    stmts(one);
                    s.otherwise = one.isEmpty() ? null : one.get(0);
                }
            } else if (n instanceof Range s) {
                stmts(s.body.stmts);
            } else if (n instanceof Switch s) {
                s.cases.forEach(c -> stmts(c.body));
            } else if (n instanceof Labeled l) {
                labeled(l);
            }
            if (cut) {
                List<Stmt> tail = list.subList(i + 1, list.size());
                tail.forEach(DeadCode::removed);
                tail.clear();
                break;
            }
        }
    }

    /**
     * irgen makes {@code L: s} a block of the label and {@code s} (the statements of {@code s}
     * if it is a block), so a cut inside it stops at its end, and the enclosing list, seeing a
     * block, never cuts after it.
     */
    private static void labeled(Labeled l) {
        if (l.stmt instanceof Block b) {
            stmts(b.stmts);
        } else if (l.stmt instanceof Labeled inner) {
            labeled(inner);
        } else {
            stmts(new ArrayList<>(List.of(l.stmt)));
        }
    }

    /** deadcode.expr: folds a constant left operand of && and || in an if condition. */
    private static Expr cond(Expr e) {
        if (e instanceof Binary b && (b.op.equals("&&") || b.op.equals("||")) && b.constant == null) {
            b.x = cond(b.x);
            b.y = cond(b.y);
            if (b.x.constant instanceof Value.Bool x) {
                boolean keepsLeft = b.op.equals("&&") ? !x.v() : x.v();
                if (keepsLeft) {
                    removed(b.y);
                    return b.x;
                }
                return b.y;
            }
        }
        return e;
    }

    private static void constantSwitch(Switch s) {
        Value x;
        if (s.tag != null) {
            if (s.tag.constant == null) {
                return;
            }
            x = s.tag.constant;
        } else {
            x = TRUE;
        }
        Case def = null;
        for (Case c : s.cases) {
            if (c.isDefault) {
                def = c;
                continue;
            }
            for (Expr e : c.exprs) {
                if (e.constant == null) {
                    return;
                }
                if (equal(x, e.constant)) {
                    keepOnly(s, c, e);
                    return;
                }
            }
        }
        if (def != null) {
            keepOnly(s, def, null);
            return;
        }
        for (Case c : s.cases) {
            c.exprs.forEach(DeadCode::removed);
            c.body.forEach(DeadCode::removed);
        }
        s.cases.clear();
    }

    private static void keepOnly(Switch s, Case kept, Expr match) {
        for (Case c : s.cases) {
            for (Expr e : c.exprs) {
                if (e != match) {
                    removed(e);
                }
            }
            if (c != kept) {
                c.body.forEach(DeadCode::removed);
            }
        }
        if (match != null) {
            kept.exprs.clear();
            kept.exprs.add(match);
        }
        s.cases.clear();
        s.cases.add(kept);
    }

    /** Constant ==: an integer and a float are equal when they are the same number. */
    private static boolean equal(Value a, Value b) {
        if (a instanceof Value.Int || a instanceof Value.Float) {
            return (b instanceof Value.Int || b instanceof Value.Float) && decimal(a).compareTo(decimal(b)) == 0;
        }
        return a.equals(b);
    }

    private static BigDecimal decimal(Value n) {
        return n instanceof Value.Int i ? new BigDecimal(i.v()) : BigDecimal.valueOf(((Value.Float) n).v());
    }

    private static void removed(Stmt s) {
        if (s != null) {
            // a removed label or goto would change which labels head a loop: refused, not modelled
            Walk.nodes(s, n -> {
                if (n instanceof Labeled || n instanceof Branch b && b.keyword.equals("goto")) {
                    throw EscapeSourceException.unsupported(n.line, n.col, "code removed as dead that has a label or goto");
                }
            }, DeadCode::refuseIfRecorded, true);
        }
    }

    private static void removed(Expr e) {
        removed(new ExprStmt(e));
    }

    private static void refuseIfRecorded(Expr e) {
        String what = null;
        if (e instanceof Ident id && id.obj instanceof Func) {
            what = "a function";
        } else if (e instanceof FuncLit) {
            what = "a closure";
        } else if (e instanceof Selector sel && sel.method != null) {
            what = "a method";
        } else if (e instanceof Ident id && id.obj instanceof Var v && v.kind == VarKind.LOCAL && v.reassignedAnywhere) {
            what = "a reassigned local variable";
        }
        if (what != null) {
            throw EscapeSourceException.unsupported(e.line, e.col, "code removed as dead that refers to " + what);
        }
    }
}
