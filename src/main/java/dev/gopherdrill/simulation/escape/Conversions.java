package dev.gopherdrill.simulation.escape;

import static dev.gopherdrill.simulation.escape.Assignability.convertUntyped;
import static dev.gopherdrill.simulation.escape.Assignability.defaultType;
import static dev.gopherdrill.simulation.escape.Assignability.implementsIface;
import static dev.gopherdrill.simulation.escape.Constants.representable;
import static dev.gopherdrill.simulation.escape.EscapeSourceException.error;
import static dev.gopherdrill.simulation.escape.EscapeSourceException.unsupported;

import java.math.BigDecimal;

import dev.gopherdrill.simulation.escape.Ast.BasicLit;
import dev.gopherdrill.simulation.escape.Ast.Call;
import dev.gopherdrill.simulation.escape.Ast.Expr;

/**
 * The conversion rules (types2 conversions.go) for {@code T(x)} once x is checked: which
 * conversions Go allows, the constant they fold to, and the argument rewritten as
 * typecheck leaves it (an untyped operand given its type).
 */
final class Conversions {

    private Conversions() {
    }

    /** Checks the conversion c of the checked operand x to t and returns c. */
    static Expr convert(Call c, GoType t, Expr x) {
        GoType tu = t.underlying();
        GoType xu = x.type.underlying();
        if (x.constant != null && tu instanceof GoType.Basic tb) {
            if (tb.isString() && xu instanceof GoType.Basic xb && xb.isInteger()) {
                throw unsupported(c, "conversion from integer to string");
            }
            if (tb.isNumeric() && xu instanceof GoType.Basic xb && xb.isNumeric()
                    || tb.isString() && xu instanceof GoType.Basic xb2 && xb2.isString()
                    || tb.isBool() && xu instanceof GoType.Basic xb3 && xb3.isBool()) {
                Value v = x.constant;
                if (tb.isInteger() && v instanceof Value.Float d) {
                    if (d.v() != Math.rint(d.v())) {
                        throw error(x, "cannot convert " + Printer.print(x) + " (untyped float constant) to type " + t
                                + " (truncated)");
                    }
                    v = Value.of(BigDecimal.valueOf(d.v()).toBigInteger());
                }
                if (tb.isFloat() && v instanceof Value.Int bi) {
                    v = Value.of(bi.v().doubleValue());
                }
                c.constant = v;
                Expr tmp = new BasicLit(x.line, x.col, Lexer.Kind.INT, "", null);
                tmp.constant = v;
                tmp.type = x.type instanceof GoType.Basic xb4 && xb4.untyped() ? x.type : GoType.UNTYPED_INT;
                if (v instanceof Value.Int) {
                    representable(tmp, t);
                }
                return c;
            }
        }
        if (x.type == GoType.UNTYPED_NIL) {
            if (tu instanceof GoType.Pointer || tu instanceof GoType.Slice || tu instanceof GoType.MapT
                    || tu instanceof GoType.Chan || tu instanceof GoType.Func || tu instanceof GoType.Interface) {
                throw unsupported(c, "conversion of nil");
            }
            throw error(c, "cannot convert nil to type " + t);
        }
        if (t.isInterface()) {
            if (!x.type.isInterface() && !implementsIface(x.type, (GoType.Interface) tu)) {
                throw error(c, "cannot convert " + Printer.print(x) + " to type " + t + ": " + x.type
                        + " does not implement " + t);
            }
            c.args.set(0, convertUntyped(x, defaultType(x.type)));
            return c;
        }
        if (tu instanceof GoType.Slice s && xu instanceof GoType.Basic b && b.isString()) {
            if (s.elem.underlying() instanceof GoType.Basic eb && (eb.kind == GoType.Kind.UINT8
                    || eb.kind == GoType.Kind.INT32)) {
                if (eb.kind == GoType.Kind.INT32 && x.constant != null) {
                    throw unsupported(c, "conversion of a constant string to []rune");
                }
                c.args.set(0, convertUntyped(x, GoType.STRING));
                return c;
            }
            throw unsupported(c, "conversion from string to " + t);
        }
        if (tu instanceof GoType.Basic b && b.isString() && xu instanceof GoType.Slice s) {
            if (s.elem.underlying() instanceof GoType.Basic eb && (eb.kind == GoType.Kind.UINT8
                    || eb.kind == GoType.Kind.INT32)) {
                return c;
            }
            throw unsupported(c, "conversion from " + x.type + " to string");
        }
        if (tu instanceof GoType.Basic b && b.isString() && xu instanceof GoType.Basic xb && xb.isInteger()
                && x.constant == null) {
            return c;
        }
        if (tu instanceof GoType.Basic tb && xu instanceof GoType.Basic xb) {
            if (tb.isNumeric() && xb.isNumeric() || tb.isString() && xb.isString() || tb.isBool() && xb.isBool()) {
                if (tb.isString() && !(x.type instanceof GoType.Named) && !(t instanceof GoType.Named)) {
                    return c;
                }
                return c;
            }
            if (tb.isString() && xb.isInteger()) {
                throw unsupported(c, "conversion from integer to string");
            }
        }
        if (GoType.identical(tu, xu)) {
            return c;
        }
        if (tu instanceof GoType.Pointer tp && xu instanceof GoType.Pointer xp
                && GoType.identical(tp.elem.underlying(), xp.elem.underlying())) {
            return c;
        }
        if (tu instanceof GoType.Pointer tp && tp.elem.underlying() instanceof GoType.Array ta
                && xu instanceof GoType.Slice xs && GoType.identical(ta.elem, xs.elem)) {
            return c;
        }
        if (tu instanceof GoType.UnsafePointer && (xu instanceof GoType.Pointer || isUintptr(xu))
                || xu instanceof GoType.UnsafePointer && (tu instanceof GoType.Pointer || isUintptr(tu))) {
            if (t instanceof GoType.Named || x.type instanceof GoType.Named) {
                throw unsupported(c, "conversion between unsafe.Pointer and a named type");
            }
            return c;
        }
        throw error(x, "cannot convert " + ErrorText.operand(x) + " to type " + ErrorText.type(t));
    }

    private static boolean isUintptr(GoType u) {
        return u instanceof GoType.Basic b && b.kind == GoType.Kind.UINTPTR;
    }
}
