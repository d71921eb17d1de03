package dev.gopherdrill.simulation.escape;

import java.util.ArrayList;
import java.util.List;

import dev.gopherdrill.simulation.escape.Ast.*;

/**
 * escape/utils.go: assignments the compiler ignores because they cannot create a new
 * pointer ({@code b.buf = b.buf[1:2]}, {@code s.f = s.f}, {@code a[i] = a[j]}), and the
 * operand list of a string concatenation (the compiler flattens {@code a + b + c} into
 * one OADDSTR node, printed and allocated once).
 */
final class SelfAssign {

    private SelfAssign() {
    }

    /** isSliceSelfAssign: *p = (*p)[i:j] and p.f = p.f[i:j] with p a name. */
    private static boolean isSliceSelfAssign(Expr dst, Expr src) {
        Expr dstX;
        if (dst instanceof Unary u && u.op.equals("*")) {
            dstX = u.x;
        } else if (dst instanceof Selector s && s.kind == SelKind.FIELD_PTR) {
            dstX = s.x;
        } else {
            return false;
        }
        if (!(dstX instanceof Ident dn && dn.obj instanceof Var)) {
            return false;
        }
        if (!(src instanceof SliceExpr se)) {
            return false;
        }
        if (se.x instanceof Unary ua && ua.op.equals("&")) {
            return false;
        }
        Expr baseX;
        if (se.x instanceof Unary u && u.op.equals("*")) {
            baseX = u.x;
        } else if (se.x instanceof Selector s && s.kind == SelKind.FIELD_PTR) {
            baseX = s.x;
        } else {
            return false;
        }
        return baseX instanceof Ident bn && bn.obj == dn.obj;
    }

    static boolean isSelfAssign(Expr dst, Expr src) {
        if (isSliceSelfAssign(dst, src)) {
            return true;
        }
        if (dst instanceof Selector a && src instanceof Selector b && a.kind == b.kind
                && (a.kind == SelKind.FIELD || a.kind == SelKind.FIELD_PTR)) {
            return sameSafeExpr(a.x, b.x);
        }
        if (dst instanceof Index a && src instanceof Index b && !(a.x.type.underlying() instanceof GoType.MapT)
                && !(b.x.type.underlying() instanceof GoType.MapT)) {
            if (mayAffectMemory(a.index) || mayAffectMemory(b.index)) {
                return false;
            }
            return sameSafeExpr(a.x, b.x);
        }
        return false;
    }

    /** ir.SameSafeExpr: the same variable, field path, constant or index path. */
    private static boolean sameSafeExpr(Expr l, Expr r) {
        if (l.getClass() != r.getClass()) {
            return false;
        }
        if (l instanceof Ident a && r instanceof Ident b) {
            return a.obj == b.obj && a.obj != null;
        }
        if (l instanceof Selector a && r instanceof Selector b) {
            return a.kind == b.kind && a.name.equals(b.name) && sameSafeExpr(a.x, b.x);
        }
        if (l instanceof Unary a && r instanceof Unary b) {
            return a.op.equals("*") && b.op.equals("*") && sameSafeExpr(a.x, b.x);
        }
        if (l instanceof Index a && r instanceof Index b) {
            return sameSafeExpr(a.x, b.x) && sameSafeExpr(a.index, b.index);
        }
        if (l.constant != null && r.constant != null) {
            return l.constant.equals(r.constant);
        }
        return false;
    }

    private static boolean mayAffectMemory(Expr n) {
        if (n.constant != null || n instanceof Ident) {
            return false;
        }
        if (n instanceof Binary b) {
            return b.op.equals("&&") || b.op.equals("||") || isComparison(b.op) || mayAffectMemory(b.x)
                    || mayAffectMemory(b.y);
        }
        if (n instanceof Index ix) {
            return mayAffectMemory(ix.x) || mayAffectMemory(ix.index);
        }
        if (n instanceof Unary u) {
            return u.op.equals("&") || u.op.equals("<-") || mayAffectMemory(u.x);
        }
        if (n instanceof Selector s) {
            return mayAffectMemory(s.x);
        }
        // OSLICE2ARRPTR is not among the conversions mayAffectMemory looks through
        if (n instanceof Call c && (c.kind == CallKind.CONVERSION && !c.type.isInterface() && !c.sliceToArrayPointer()
                || "len".equals(c.builtin) || "cap".equals(c.builtin))) {
            return mayAffectMemory(c.args.get(0));
        }
        return true;
    }

    private static boolean isComparison(String op) {
        return switch (op) {
            case "==", "!=", "<", "<=", ">", ">=" -> true;
            default -> false;
        };
    }

    /** The operands of a (non-constant) string concatenation chain, left to right. */
    static List<Expr> addStrOperands(Binary b) {
        List<Expr> out = new ArrayList<>();
        collect(b, out);
        return out;
    }

    private static void collect(Expr e, List<Expr> out) {
        if (e instanceof Binary b && b.op.equals("+") && b.constant == null && b.parens == 0
                && b.type.underlying() instanceof GoType.Basic bt && bt.isString()) {
            collect(b.x, out);
            out.add(b.y);
        } else {
            out.add(e);
        }
    }
}
