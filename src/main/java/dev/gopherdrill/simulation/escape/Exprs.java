package dev.gopherdrill.simulation.escape;

import java.util.ArrayList;
import java.util.List;

import dev.gopherdrill.simulation.escape.Ast.*;

/**
 * The expressions of the walk (expr.go): {@link #expr} flows the value of an expression
 * into a hole, spilling the allocations it makes on the way.
 */
final class Exprs {

    private final Escape e;
    private final Graph g;

    Exprs(Escape e) {
        this.e = e;
        this.g = e.graph;
    }

    void discard(Expr n) {
        expr(g.discardHole(), n);
    }

    void expr(Hole k, Expr n) {
        if (n == null) {
            return;
        }
        if (k.derefs() >= 0 && !(n.type instanceof GoType.Basic b && b.untyped()) && n.type != null
                && !n.type.hasPointers()) {
            k = new Hole(g.blankLoc, k.derefs(), k.note(), k.addrtaken());
        }
        if (n.constant != null) {
            return;
        }
        if (n instanceof Ident id) {
            if (id.obj instanceof Var v && v.kind != VarKind.GLOBAL) {
                g.flow(k, g.oldLoc(v));
            }
        } else if (n instanceof BasicLit || n instanceof TypeOperand) {
            return;
        } else if (n instanceof Unary u) {
            switch (u.op) {
                case "&" -> {
                    if (u.x instanceof CompositeLit lit && !u.implicit) {
                        expr(g.spill(k, u), lit);
                    } else {
                        expr(k.addr("address-of" + Graph.at(u)), u.x);
                    }
                }
                case "*" -> expr(k.deref("indirection" + Graph.at(u)), u.x);
                default -> discard(u.x);
            }
        } else if (n instanceof Binary b) {
            if (b.op.equals("+") && b.type.underlying() instanceof GoType.Basic bt && bt.isString()) {
                g.spill(k, b);
                for (Expr operand : SelfAssign.addStrOperands(b)) {
                    discard(operand);
                }
            } else {
                discard(b.x);
                discard(b.y);
            }
        } else if (n instanceof Selector s) {
            switch (s.kind) {
                case FIELD -> expr(k.note("dot"), s.x);
                case FIELD_PTR -> expr(k.deref("dot of pointer"), s.x);
                case METHOD_VALUE -> methodValue(k, s);
                default -> {
                }
            }
        } else if (n instanceof Index ix) {
            GoType xt = ix.x.type.underlying();
            if (xt instanceof GoType.MapT) {
                discard(ix.x);
                discard(ix.index);
            } else {
                if (xt instanceof GoType.Array) {
                    expr(k.note("fixed-array-index-of"), ix.x);
                } else {
                    expr(k.deref("dot of pointer"), ix.x);
                }
                discard(ix.index);
            }
        } else if (n instanceof SliceExpr s) {
            expr(k.note("slice"), s.x);
            discard(s.lo);
            discard(s.hi);
            discard(s.max);
        } else if (n instanceof TypeAssert ta) {
            if (!ta.type.isInterface() && !ta.type.isDirectIface()) {
                k = k.shift(1);
            }
            expr(k.note("dot"), ta.x);
        } else if (n instanceof ConvIface c) {
            if (!c.x.type.isInterface() && !c.x.type.isDirectIface()) {
                k = g.spill(k, c);
            }
            expr(k.note("interface-converted"), c.x);
        } else if (n instanceof CompositeLit lit) {
            compositeLit(k, lit);
        } else if (n instanceof FuncLit f) {
            closure(k, f);
        } else if (n instanceof Call c) {
            callExpr(k, c);
        } else {
            throw new IllegalStateException("unexpected expr " + n.getClass().getSimpleName());
        }
    }

    private void compositeLit(Hole k, CompositeLit lit) {
        GoType t = lit.type.underlying();
        if (t instanceof GoType.Struct || t instanceof GoType.Array) {
            for (Element el : lit.elements) {
                expr(k.note(t instanceof GoType.Struct ? "struct literal element" : "array literal element"),
                        el.value);
            }
        } else if (t instanceof GoType.Slice) {
            k = g.spill(k, lit);
            for (Element el : lit.elements) {
                expr(k.note("slice-literal-element"), el.value);
            }
        } else {
            g.spill(k, lit);
            for (Element el : lit.elements) {
                expr(g.heapHole().note("map literal key"), el.key);
                expr(g.heapHole().note("map literal value"), el.value);
            }
        }
    }

    private void closure(Hole k, FuncLit f) {
        k = g.spill(k, f);
        e.closures.add(new Escape.Closure(k, f.fn));
        for (Var cv : f.fn.closureVars) {
            Location loc = g.oldLoc(cv);
            if (!loc.captured) {
                loc.captured = true;
                if (loc.loopDepth == g.loopDepth) {
                    loc.reassigned = false;
                }
            }
        }
        e.walkFunc(f.fn);
    }

    private void methodValue(Hole k, Selector s) {
        Hole closureK = g.spill(k, s);
        Func m = s.method.fn();
        List<Hole> ks = new ArrayList<>();
        for (int i = m.sig.results.size(); i > 0; i--) {
            ks.add(g.heapHole());
        }
        Hole paramK = e.calls.tagHole(ks, m, 0);
        expr(g.teeHole(List.of(paramK, closureK)), s.x);
    }

    private void callExpr(Hole k, Call c) {
        switch (c.kind) {
            case CONVERSION -> conversion(k, c);
            case BUILTIN -> e.calls.builtin(List.of(k), c);
            default -> e.calls.call(List.of(k), c);
        }
    }

    void conversion(Hole k, Call c) {
        Expr x = c.args.get(0);
        GoType to = c.type.underlying();
        GoType from = x.type.underlying();
        if (c.type.isInterface()) {
            if (!x.type.isInterface() && !x.type.isDirectIface()) {
                k = g.spill(k, c);
            }
            expr(k.note("interface-converted"), x);
        } else if (to instanceof GoType.Slice && from instanceof GoType.Basic fb && fb.isString()
                || to instanceof GoType.Basic tb && tb.isString() && (from instanceof GoType.Slice
                || from instanceof GoType.Basic ib && ib.isInteger())) {
            g.spill(k, c);
            discard(x);
        } else if (to instanceof GoType.UnsafePointer && from instanceof GoType.Basic) {
            unsafeValue(k, x);
        } else {
            expr(k, x);
        }
    }

    /**
     * unsafeValue: the pointers a uintptr expression was computed from, so that
     * {@code unsafe.Pointer(uintptr(unsafe.Pointer(&x)) + 1)} still holds the address of x.
     * Unlike expr it does not drop the hole for the pointer-free uintptr type.
     */
    private void unsafeValue(Hole k, Expr n) {
        if (n.constant != null) {
            return;
        }
        if (n instanceof Call c && c.kind == CallKind.CONVERSION) {
            Expr x = c.args.get(0);
            if (x.type.underlying() instanceof GoType.UnsafePointer) {
                expr(k, x);
            } else {
                discard(x);
            }
        } else if (n instanceof Unary u && (u.op.equals("+") || u.op.equals("-") || u.op.equals("^"))) {
            unsafeValue(k, u.x);
        } else if (n instanceof Binary b && List.of("+", "-", "|", "^", "*", "/", "%", "&", "&^").contains(b.op)) {
            unsafeValue(k, b.x);
            unsafeValue(k, b.y);
        } else if (n instanceof Binary b && (b.op.equals("<<") || b.op.equals(">>"))) {
            unsafeValue(k, b.x);
            discard(b.y);
        } else {
            discard(n);
        }
    }
}
