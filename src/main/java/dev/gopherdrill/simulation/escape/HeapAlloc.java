package dev.gopherdrill.simulation.escape;

import java.math.BigInteger;

import dev.gopherdrill.simulation.escape.Ast.Call;
import dev.gopherdrill.simulation.escape.Ast.Expr;
import dev.gopherdrill.simulation.escape.Ast.SelKind;
import dev.gopherdrill.simulation.escape.Ast.Selector;
import dev.gopherdrill.simulation.escape.Ast.Unary;
import dev.gopherdrill.simulation.escape.Ast.Var;
import dev.gopherdrill.simulation.escape.Ast.VarKind;

/**
 * HeapAllocReason (utils.go): a location that must be on the heap whatever flows into it,
 * because the stack frame would be too large or its size is not known at compile time.
 */
final class HeapAlloc {

    static final long MAX_STACK_VAR_SIZE = 10L * 1024 * 1024; // ir.MaxStackVarSize
    static final long MAX_IMPLICIT_STACK_VAR_SIZE = 64L * 1024; // ir.MaxImplicitStackVarSize

    private HeapAlloc() {
    }

    /** The compiler's reason, or "" when the stack can hold it. */
    static String reason(Location loc) {
        if (loc.var != null) {
            Var v = loc.var;
            if (v.kind == VarKind.PARAM || v.kind == VarKind.RESULT) {
                return "";
            }
            return v.type.size() > MAX_STACK_VAR_SIZE ? "too large for stack" : "";
        }
        Expr e = loc.expr;
        if (e == null) {
            return "";
        }
        if (e.type.size() > MAX_STACK_VAR_SIZE) {
            return "too large for stack";
        }
        if (e instanceof Call c && "new".equals(c.builtin) || e instanceof Unary u && u.op.equals("&")) {
            GoType elem = ((GoType.Pointer) e.type.underlying()).elem;
            if (elem.size() > MAX_IMPLICIT_STACK_VAR_SIZE) {
                return "too large for stack";
            }
        }
        if (e instanceof Selector s && s.kind == SelKind.METHOD_VALUE
                && 8 + s.x.type.size() > MAX_IMPLICIT_STACK_VAR_SIZE) {
            return "too large for stack";
        }
        if (e instanceof Call c && "make".equals(c.builtin) && c.typeArg.underlying() instanceof GoType.Slice sl) {
            Expr r = c.args.size() > 2 ? c.args.get(2) : c.args.get(1);
            if (!(r.constant instanceof Value.Int rv) || rv.v().bitLength() > 31) {
                return "non-constant size";
            }
            BigInteger v = rv.v();
            long es = sl.elem.size();
            if (es != 0 && v.longValue() > MAX_IMPLICIT_STACK_VAR_SIZE / es) {
                return "too large for stack";
            }
        }
        return "";
    }

    /** The sizes behind the reason, for the explanation. */
    static String sizeNote(Location loc) {
        if (loc.var != null) {
            return loc.var.type + " is " + loc.var.type.size() + " bytes > MaxStackVarSize " + MAX_STACK_VAR_SIZE;
        }
        Expr e = loc.expr;
        if (e instanceof Call c && "make".equals(c.builtin)) {
            Expr r = c.args.size() > 2 ? c.args.get(2) : c.args.get(1);
            if (!(r.constant instanceof Value.Int v)) {
                return "the size " + Printer.print(r) + " is not a constant";
            }
            long es = ((GoType.Slice) c.typeArg.underlying()).elem.size();
            return v + " elements of " + es + " bytes > MaxImplicitStackVarSize " + MAX_IMPLICIT_STACK_VAR_SIZE;
        }
        if (e.type.underlying() instanceof GoType.Pointer p) {
            return p.elem + " is " + p.elem.size() + " bytes > MaxImplicitStackVarSize " + MAX_IMPLICIT_STACK_VAR_SIZE;
        }
        return e.type + " is " + e.type.size() + " bytes";
    }
}
