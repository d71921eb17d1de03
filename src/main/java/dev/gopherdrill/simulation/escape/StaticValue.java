package dev.gopherdrill.simulation.escape;

import dev.gopherdrill.simulation.escape.Ast.*;

/**
 * ir.StaticValue: the expression a local variable certainly holds, when it is defined
 * once ({@code f := func() {...}} or {@code var f = ...}) and never reassigned or
 * address-taken anywhere in its function (closures included). A call through such a
 * variable is a static call: the callee's parameters are used directly instead of
 * leaking every argument to the heap.
 */
final class StaticValue {

    private StaticValue() {
    }

    static Expr of(Var v) {
        Expr cur = null;
        Var name = v;
        for (int guard = 0; guard < 100; guard++) {
            Expr rhs = definition(name);
            if (rhs == null) {
                return cur;
            }
            cur = rhs;
            if (rhs instanceof Ident id && id.obj instanceof Var next) {
                name = next;
            } else {
                return cur;
            }
        }
        return cur;
    }

    private static Expr definition(Var v) {
        if (v.kind != VarKind.LOCAL || v.defn == null || v.reassignedAnywhere) {
            return null;
        }
        if (v.defn instanceof Assign a && a.op.equals(":=") && a.lhs.size() == a.rhs.size()) {
            for (int i = 0; i < a.lhs.size(); i++) {
                if (a.lhs.get(i) instanceof Ident id && id.obj == v) {
                    return a.rhs.get(i);
                }
            }
        }
        if (v.defn instanceof VarDecl d && d.values.size() == d.vars.size()) {
            return d.values.get(d.vars.indexOf(v));
        }
        return null;
    }
}
