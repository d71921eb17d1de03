package dev.gopherdrill.simulation.escape;

import java.math.BigDecimal;
import java.math.MathContext;

import dev.gopherdrill.simulation.escape.Ast.Expr;
import dev.gopherdrill.simulation.escape.Ast.Index;

/**
 * Operands and types as Go 1.19's type checker words them in its errors (types2
 * operand.String, TypeString), which is not how the -m output prints them: an operand is its
 * source text and what it is, {@code x (variable of type int)}, {@code 1 + 2 (untyped int
 * constant 3)}, {@code m[k] (map index expression of type int)}, {@code nil}; a type has no
 * spaces inside its braces, {@code interface{M()}}.
 */
final class ErrorText {

    private ErrorText() {
    }

    static String operand(Expr x) {
        if (x.type == GoType.UNTYPED_NIL) {
            return "nil";
        }
        String expr = Printer.raw(x);
        boolean untyped = x.type instanceof GoType.Basic b && b.untyped();
        StringBuilder sb = new StringBuilder(expr).append(" (");
        if (untyped) {
            sb.append(x.type).append(' ');
        }
        sb.append(x.constant != null ? "constant" : mode(x));
        if (x.constant != null) {
            String v = value(x.constant);
            if (!v.equals(expr)) {
                sb.append(' ').append(v);
            }
        }
        if (!untyped) {
            sb.append(" of type ").append(type(x.type));
        }
        return sb.append(')').toString();
    }

    /** A type in an error: TypeString's {@code struct{a int}}, gc's {@code struct { a int }}. */
    static String type(GoType t) {
        return t.toString().replaceAll("(struct|interface) \\{ ?", "$1{").replace(" }", "}");
    }

    private static String mode(Expr x) {
        if (x instanceof Index ix && ix.x.type.underlying() instanceof GoType.MapT) {
            return "map index expression";
        }
        if (Checker.addressable(x)) {
            return "variable";
        }
        return "value";
    }

    /** go/constant's String: integers in full, floats to 6 significant digits (%.6g), strings quoted. */
    private static String value(Value v) {
        if (v instanceof Value.Float f) {
            BigDecimal d = new BigDecimal(f.v()).round(new MathContext(6));
            int exp = d.precision() - d.scale() - 1;
            if (f.v() != 0 && (exp < -4 || exp >= 6)) {
                String mantissa = d.movePointLeft(exp).stripTrailingZeros().toPlainString();
                return mantissa + "e" + (exp < 0 ? "-" : "+") + String.format("%02d", Math.abs(exp));
            }
            return d.stripTrailingZeros().toPlainString();
        }
        if (v instanceof Value.Str s) {
            return '"' + s.v().replace("\\", "\\\\").replace("\"", "\\\"").replace("\n", "\\n")
                    .replace("\t", "\\t") + '"';
        }
        return v.toString();
    }
}
