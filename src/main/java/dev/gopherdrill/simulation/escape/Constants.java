package dev.gopherdrill.simulation.escape;

import static dev.gopherdrill.simulation.escape.EscapeSourceException.error;
import static dev.gopherdrill.simulation.escape.EscapeSourceException.unsupported;

import java.math.BigDecimal;
import java.math.BigInteger;

import dev.gopherdrill.simulation.escape.Ast.Binary;
import dev.gopherdrill.simulation.escape.Ast.Expr;
import dev.gopherdrill.simulation.escape.Ast.Unary;

/**
 * Constant folding (types2 const.go and the constant parts of expr.go): constant values are
 * BigInteger, Double, String or Boolean, and must be representable in the type they get,
 * so the checker reports the compiler's "overflows" and "truncated" errors.
 */
final class Constants {

    private Constants() {
    }

    static Object unary(Unary u, Object v, GoType.Basic b) {
        return switch (u.op) {
            case "!" -> !(Boolean) v;
            case "-" -> v instanceof BigInteger bi ? bi.negate() : -(Double) v;
            case "^" -> {
                if (!b.untyped() && isUnsigned(b)) {
                    throw unsupported(u, "bitwise complement of an unsigned constant");
                }
                yield ((BigInteger) v).not();
            }
            default -> v;
        };
    }

    /** x << y or x >> y; an untyped float shifted is the integer it holds. */
    static BigInteger shift(Binary b, Object x, Object y) {
        BigInteger xv = x instanceof Double d ? BigDecimal.valueOf(d).toBigInteger() : (BigInteger) x;
        int n = ((BigInteger) y).intValueExact();
        if (n > 10000) {
            throw unsupported(b, "huge shift");
        }
        return b.op.equals("<<") ? xv.shiftLeft(n) : xv.shiftRight(n);
    }

    static boolean comparison(String op, Object x, Object y) {
        int cmp = compare(x, y);
        return switch (op) {
            case "==" -> cmp == 0;
            case "!=" -> cmp != 0;
            case "<" -> cmp < 0;
            case "<=" -> cmp <= 0;
            case ">" -> cmp > 0;
            default -> cmp >= 0;
        };
    }

    static boolean logical(String op, boolean x, boolean y) {
        return op.equals("&&") ? x && y : x || y;
    }

    static boolean isUnsigned(GoType.Basic b) {
        return b.kind.name().startsWith("UINT");
    }

    static boolean isZero(Object v) {
        return v instanceof BigInteger bi && bi.signum() == 0 || v instanceof Double d && d == 0;
    }

    static Object fold(Binary b, String op, Object x, Object y, GoType.Basic t) {
        if (x instanceof String xs) {
            return xs + y;
        }
        if (x instanceof BigInteger xi && y instanceof BigInteger yi && !t.isFloat()) {
            return switch (op) {
                case "+" -> xi.add(yi);
                case "-" -> xi.subtract(yi);
                case "*" -> xi.multiply(yi);
                case "/" -> t == GoType.UNTYPED_INT || t == GoType.UNTYPED_RUNE || t.isInteger() ? div(xi, yi)
                        : xi.doubleValue() / yi.doubleValue();
                case "%" -> xi.subtract(div(xi, yi).multiply(yi));
                case "&" -> xi.and(yi);
                case "|" -> xi.or(yi);
                case "^" -> xi.xor(yi);
                case "&^" -> xi.andNot(yi);
                default -> throw unsupported(b, "constant operator " + op);
            };
        }
        double xd = x instanceof BigInteger xi ? xi.doubleValue() : (Double) x;
        double yd = y instanceof BigInteger yi ? yi.doubleValue() : (Double) y;
        return switch (op) {
            case "+" -> xd + yd;
            case "-" -> xd - yd;
            case "*" -> xd * yd;
            case "/" -> xd / yd;
            default -> throw error(b, "invalid operation: operator " + op + " not defined on untyped float");
        };
    }

    /** Go's integer division truncates toward zero, as BigInteger.divide does. */
    private static BigInteger div(BigInteger a, BigInteger b) {
        return a.divide(b);
    }

    private static int compare(Object x, Object y) {
        if (x instanceof String xs) {
            return xs.compareTo((String) y);
        }
        if (x instanceof Boolean xb) {
            return xb.equals(y) ? 0 : 1;
        }
        if (x instanceof BigInteger xi && y instanceof BigInteger yi) {
            return xi.compareTo(yi);
        }
        double xd = x instanceof BigInteger xi ? xi.doubleValue() : (Double) x;
        double yd = y instanceof BigInteger yi ? yi.doubleValue() : (Double) y;
        return Double.compare(xd, yd);
    }

    static int rank(GoType.Basic b) {
        return switch (b.kind) {
            case UNTYPED_FLOAT -> 3;
            case UNTYPED_RUNE -> 2;
            case UNTYPED_INT -> 1;
            default -> 0;
        };
    }

    /** A constant must fit the type it is given (the compiler's "overflows" / "truncated" errors). */
    static void representable(Expr x, GoType t) {
        if (!(t.underlying() instanceof GoType.Basic b) || x.constant == null) {
            return;
        }
        Object v = x.constant;
        if (b.isString()) {
            if (!(v instanceof String)) {
                throw error(x, "cannot use " + Printer.print(x) + " (untyped constant) as " + t + " value");
            }
            return;
        }
        if (b.isBool()) {
            if (!(v instanceof Boolean)) {
                throw error(x, "cannot use " + Printer.print(x) + " (untyped constant) as " + t + " value");
            }
            return;
        }
        if (v instanceof String || v instanceof Boolean) {
            throw error(x, "cannot use " + Printer.print(x) + " (untyped constant) as " + t + " value");
        }
        if (b.isInteger() && !b.untyped()) {
            BigInteger bi;
            if (v instanceof Double d) {
                if (d != Math.rint(d)) {
                    throw error(x, "cannot use " + Printer.print(x) + " (untyped float constant) as " + t
                            + " value (truncated)");
                }
                bi = BigDecimal.valueOf(d).toBigInteger();
                x.constant = bi;
            } else {
                bi = (BigInteger) v;
            }
            int bits = (int) (b.size * 8);
            BigInteger min;
            BigInteger max;
            if (isUnsigned(b)) {
                min = BigInteger.ZERO;
                max = BigInteger.ONE.shiftLeft(bits).subtract(BigInteger.ONE);
            } else {
                min = BigInteger.ONE.shiftLeft(bits - 1).negate();
                max = BigInteger.ONE.shiftLeft(bits - 1).subtract(BigInteger.ONE);
            }
            if (bi.compareTo(min) < 0 || bi.compareTo(max) > 0) {
                throw error(x, "cannot use " + Printer.print(x) + " (untyped int constant " + bi + ") as " + t
                        + " value (overflows)");
            }
        }
        if (b.isFloat() && v instanceof BigInteger bi) {
            x.constant = bi.doubleValue();
        }
    }
}
