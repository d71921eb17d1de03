package dev.gopherdrill.simulation.escape;

import static dev.gopherdrill.simulation.escape.EscapeSourceException.error;
import static dev.gopherdrill.simulation.escape.EscapeSourceException.unsupported;

import java.math.BigDecimal;
import java.math.BigInteger;

import dev.gopherdrill.simulation.escape.Ast.Binary;
import dev.gopherdrill.simulation.escape.Ast.Expr;
import dev.gopherdrill.simulation.escape.Ast.Unary;

/**
 * Constant folding (types2 const.go and the constant parts of expr.go): a constant's
 * {@link Value} must be representable in the type it gets,
 * so the checker reports the compiler's "overflows" and "truncated" errors.
 */
final class Constants {

    private Constants() {
    }

    static Value unary(Unary u, Value v, GoType.Basic b) {
        return switch (u.op) {
            case "!" -> new Value.Bool(!((Value.Bool) v).v());
            case "-" -> v instanceof Value.Int i ? Value.of(i.v().negate()) : Value.of(-((Value.Float) v).v());
            case "^" -> {
                if (!b.untyped() && isUnsigned(b)) {
                    throw unsupported(u, "bitwise complement of an unsigned constant");
                }
                yield Value.of(((Value.Int) v).v().not());
            }
            default -> v;
        };
    }

    /** x << y or x >> y; an untyped float shifted is the integer it holds. */
    static Value shift(Binary b, Value x, Value y) {
        BigInteger xv = x instanceof Value.Float d ? BigDecimal.valueOf(d.v()).toBigInteger() : ((Value.Int) x).v();
        int n = ((Value.Int) y).v().intValueExact();
        if (n > 10000) {
            throw unsupported(b, "huge shift");
        }
        return Value.of(b.op.equals("<<") ? xv.shiftLeft(n) : xv.shiftRight(n));
    }

    static Value comparison(String op, Value x, Value y) {
        int cmp = compare(x, y);
        return new Value.Bool(switch (op) {
            case "==" -> cmp == 0;
            case "!=" -> cmp != 0;
            case "<" -> cmp < 0;
            case "<=" -> cmp <= 0;
            case ">" -> cmp > 0;
            default -> cmp >= 0;
        });
    }

    static Value logical(String op, Value x, Value y) {
        boolean xb = ((Value.Bool) x).v();
        boolean yb = ((Value.Bool) y).v();
        return new Value.Bool(op.equals("&&") ? xb && yb : xb || yb);
    }

    static boolean isUnsigned(GoType.Basic b) {
        return b.kind.name().startsWith("UINT");
    }

    static boolean isZero(Value v) {
        return v instanceof Value.Int i && i.v().signum() == 0 || v instanceof Value.Float d && d.v() == 0;
    }

    static Value fold(Binary b, String op, Value x, Value y, GoType.Basic t) {
        if (x instanceof Value.Str xs) {
            return new Value.Str(xs.v() + y);
        }
        if (x instanceof Value.Int xin && y instanceof Value.Int yin && !t.isFloat()) {
            BigInteger xi = xin.v();
            BigInteger yi = yin.v();
            return switch (op) {
                case "+" -> Value.of(xi.add(yi));
                case "-" -> Value.of(xi.subtract(yi));
                case "*" -> Value.of(xi.multiply(yi));
                case "/" -> t == GoType.UNTYPED_INT || t == GoType.UNTYPED_RUNE || t.isInteger() ? Value.of(div(xi, yi))
                        : Value.of(xi.doubleValue() / yi.doubleValue());
                case "%" -> Value.of(xi.subtract(div(xi, yi).multiply(yi)));
                case "&" -> Value.of(xi.and(yi));
                case "|" -> Value.of(xi.or(yi));
                case "^" -> Value.of(xi.xor(yi));
                case "&^" -> Value.of(xi.andNot(yi));
                default -> throw unsupported(b, "constant operator " + op);
            };
        }
        double xd = x.asDouble();
        double yd = y.asDouble();
        return Value.of(switch (op) {
            case "+" -> xd + yd;
            case "-" -> xd - yd;
            case "*" -> xd * yd;
            case "/" -> xd / yd;
            default -> throw error(b, "invalid operation: operator " + op + " not defined on untyped float");
        });
    }

    /** Go's integer division truncates toward zero, as BigInteger.divide does. */
    private static BigInteger div(BigInteger a, BigInteger b) {
        return a.divide(b);
    }

    private static int compare(Value x, Value y) {
        if (x instanceof Value.Str xs) {
            return xs.v().compareTo(((Value.Str) y).v());
        }
        if (x instanceof Value.Bool) {
            return x.equals(y) ? 0 : 1;
        }
        if (x instanceof Value.Int xi && y instanceof Value.Int yi) {
            return xi.v().compareTo(yi.v());
        }
        return Double.compare(x.asDouble(), y.asDouble());
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
        representable(x, t, null);
    }

    /**
     * The same where an assignment gives the constant its type: the error names the
     * {@code context} (an assignment, an argument to f) as types2's assignment check does.
     */
    static void representable(Expr x, GoType t, String context) {
        if (!(t.underlying() instanceof GoType.Basic b) || x.constant == null) {
            return;
        }
        Value v = x.constant;
        if (b.isString()) {
            if (!(v instanceof Value.Str)) {
                throw error(x, cannotUse(x, t, context, "untyped constant"));
            }
            return;
        }
        if (b.isBool()) {
            if (!(v instanceof Value.Bool)) {
                throw error(x, cannotUse(x, t, context, "untyped constant"));
            }
            return;
        }
        if (v instanceof Value.Str || v instanceof Value.Bool) {
            throw error(x, cannotUse(x, t, context, "untyped constant"));
        }
        if (b.isInteger() && !b.untyped()) {
            BigInteger bi;
            if (v instanceof Value.Float d) {
                if (d.v() != Math.rint(d.v())) {
                    throw error(x, cannotUse(x, t, context, "untyped float constant") + " (truncated)");
                }
                bi = BigDecimal.valueOf(d.v()).toBigInteger();
                x.constant = Value.of(bi);
            } else {
                bi = ((Value.Int) v).v();
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
                throw error(x, cannotUse(x, t, context, "untyped int constant " + bi) + " (overflows)");
            }
        }
        if (b.isFloat() && v instanceof Value.Int bi) {
            x.constant = Value.of(bi.v().doubleValue());
        }
    }

    /** Without a context (a conversion, a constant's own type), the short form the checker always gave. */
    private static String cannotUse(Expr x, GoType t, String context, String described) {
        return context == null ? "cannot use " + Printer.print(x) + " (" + described + ") as " + t + " value"
                : "cannot use " + ErrorText.operand(x) + " as " + ErrorText.type(t) + " value in " + context;
    }
}
