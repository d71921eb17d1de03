package dev.gopherdrill.simulation.escape;

import static dev.gopherdrill.simulation.escape.Assignability.assign;
import static dev.gopherdrill.simulation.escape.Assignability.convertUntyped;
import static dev.gopherdrill.simulation.escape.Assignability.defaultType;
import static dev.gopherdrill.simulation.escape.EscapeSourceException.error;
import static dev.gopherdrill.simulation.escape.EscapeSourceException.unsupported;

import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

import dev.gopherdrill.simulation.escape.Ast.*;

/**
 * The calls of builtin functions (types2 builtins.go): each builtin's arity, operand
 * types and result type, and the constants len and cap fold to. The operands are checked
 * by the {@link Checker} that owns this.
 */
final class Builtins {

    private final Checker checker;

    Builtins(Checker checker) {
        this.checker = checker;
    }

    Expr builtin(Call c, String name) {
        c.kind = CallKind.BUILTIN;
        c.builtin = name;
        if (c.ellipsis && !name.equals("append")) {
            throw error(c, "invalid use of ... with built-in " + name);
        }
        switch (name) {
            case "len", "cap" -> {
                need(c, 1, 1);
                Expr x = checker.expr(c.args.get(0));
                GoType u = x.type.underlying();
                if (u instanceof GoType.Pointer pa && pa.elem.underlying() instanceof GoType.Array) {
                    u = pa.elem.underlying();
                }
                boolean ok = u instanceof GoType.Slice || u instanceof GoType.Array || u instanceof GoType.Chan
                        || name.equals("len") && (u instanceof GoType.MapT || u instanceof GoType.Basic b && b.isString());
                if (!ok) {
                    throw error(x, "invalid argument: " + ErrorText.operand(x) + " for " + name);
                }
                if (x.constant instanceof Value.Str s) {
                    c.constant = Value.of(BigInteger.valueOf(s.v().getBytes(StandardCharsets.UTF_8).length));
                    x = convertUntyped(x, GoType.STRING);
                } else if (u instanceof GoType.Array a && !containsCallOrReceive(x)) {
                    c.constant = Value.of(BigInteger.valueOf(a.len));
                }
                c.args.set(0, x);
                c.type = GoType.INT;
                return c;
            }
            case "new" -> {
                need(c, 1, 1);
                GoType t = checker.typeArg(c.args.get(0));
                c.typeArg = t;
                c.type = new GoType.Pointer(t);
                return c;
            }
            case "make" -> {
                need(c, 1, 3);
                GoType t = checker.typeArg(c.args.get(0));
                c.typeArg = t;
                GoType u = t.underlying();
                int max = u instanceof GoType.Slice ? 3 : 2;
                int min = u instanceof GoType.Slice ? 2 : 1;
                if (!(u instanceof GoType.Slice || u instanceof GoType.MapT || u instanceof GoType.Chan)) {
                    throw error(c.args.get(0), "invalid argument: cannot make " + t + "; type must be slice, map, or channel");
                }
                if (c.args.size() < min) {
                    throw error(c, "invalid operation: " + Printer.print(c) + " expects " + min + " or " + max
                            + " arguments; found " + c.args.size());
                }
                if (c.args.size() > max) {
                    throw error(c, "invalid operation: " + Printer.print(c) + " expects " + min + " or " + max
                            + " arguments; found " + c.args.size());
                }
                BigInteger prev = null;
                for (int i = 1; i < c.args.size(); i++) {
                    Expr a = checker.expr(c.args.get(i));
                    if (!(a.type.underlying() instanceof GoType.Basic b && (b.isInteger()
                            || a.constant instanceof Value.Float d && d.v() == Math.rint(d.v())))) {
                        throw error(a, Checker.notAnIndex(a));
                    }
                    if (a.constant instanceof Value.Float) {
                        throw unsupported(a, "floating-point constant as a make size");
                    }
                    a = convertUntyped(a, GoType.INT);
                    if (a.constant instanceof Value.Int av) {
                        BigInteger v = av.v();
                        if (v.signum() < 0) {
                            throw error(a, "invalid argument: index " + Printer.print(a)
                                    + " (constant of type int) must not be negative");
                        }
                        if (prev != null && prev.compareTo(v) > 0) {
                            throw error(c.args.get(1), "invalid argument: length and capacity swapped");
                        }
                        prev = v;
                    }
                    c.args.set(i, a);
                }
                c.type = t;
                return c;
            }
            case "append" -> {
                if (c.args.isEmpty()) {
                    throw error(c, "invalid operation: not enough arguments for append() (expected 1, found 0)");
                }
                Expr s = checker.expr(c.args.get(0));
                if (s.type == GoType.UNTYPED_NIL) {
                    throw error(s, "first argument to append must be a slice; have untyped nil");
                }
                if (!(s.type.underlying() instanceof GoType.Slice st)) {
                    throw error(s, "first argument to append must be a slice; have " + ErrorText.operand(s));
                }
                c.args.set(0, s);
                if (c.ellipsis) {
                    need(c, 2, 2);
                    Expr x = checker.expr(c.args.get(1));
                    if (x.type.underlying() instanceof GoType.Basic b && b.isString()
                            && st.elem.underlying() instanceof GoType.Basic eb && eb.kind == GoType.Kind.UINT8) {
                        c.args.set(1, convertUntyped(x, GoType.STRING));
                    } else {
                        c.args.set(1, assign(x, s.type, x.line, x.col, "append"));
                    }
                } else {
                    List<Expr> checked = new ArrayList<>(List.of(s));
                    for (int i = 1; i < c.args.size(); i++) {
                        checked.add(checker.expr(c.args.get(i)));
                    }
                    Pos at = ConvPos.last(checked, c.line, c.col);
                    for (int i = 1; i < c.args.size(); i++) {
                        c.args.set(i, assign(checked.get(i), st.elem, at.line(), at.col(), "argument to append"));
                    }
                }
                c.type = s.type;
                return c;
            }
            case "copy" -> {
                need(c, 2, 2);
                Expr d = checker.expr(c.args.get(0));
                Expr s = checker.expr(c.args.get(1));
                if (!(d.type.underlying() instanceof GoType.Slice ds) || !(s.type.underlying() instanceof GoType.Slice ss)
                        || !GoType.identical(ds.elem, ss.elem)) {
                    throw error(d, copyError(d, s));
                }
                c.args.set(0, d);
                c.args.set(1, s);
                c.type = GoType.INT;
                return c;
            }
            case "delete" -> {
                need(c, 2, 2);
                Expr m = checker.expr(c.args.get(0));
                if (!(m.type.underlying() instanceof GoType.MapT mt)) {
                    throw error(m, "invalid argument: " + ErrorText.operand(m) + " is not a map");
                }
                c.args.set(0, m);
                Expr k = checker.expr(c.args.get(1));
                c.args.set(1, assign(k, mt.key, k.line, k.col, "argument to delete"));
                c.type = null;
                return c;
            }
            case "close" -> {
                need(c, 1, 1);
                Expr ch = checker.expr(c.args.get(0));
                if (!(ch.type.underlying() instanceof GoType.Chan)) {
                    throw error(ch, "invalid operation: cannot close non-channel " + ErrorText.operand(ch));
                }
                c.args.set(0, ch);
                c.type = null;
                return c;
            }
            case "panic" -> {
                need(c, 1, 1);
                Expr x = checker.expr(c.args.get(0));
                Pos at = ConvPos.last(List.of(x), c.line, c.col);
                c.args.set(0, assign(x, new GoType.Interface(List.of()), at.line(), at.col(), "argument to panic"));
                c.type = null;
                return c;
            }
            case "print", "println" -> {
                for (int i = 0; i < c.args.size(); i++) {
                    Expr a = checker.expr(c.args.get(i));
                    if (a.type == GoType.UNTYPED_NIL) {
                        throw error(a, "use of untyped nil in argument to built-in " + name);
                    }
                    c.args.set(i, convertUntyped(a, defaultType(a.type)));
                }
                c.type = null;
                return c;
            }
            case "recover" -> {
                need(c, 0, 0);
                c.type = new GoType.Interface(List.of());
                return c;
            }
            default -> throw unsupported(c.fun, "built-in " + name);
        }
    }

    /**
     * Whether the checked operand of len or cap receives or calls a function whose result is
     * not constant: then len and cap of an array are not constants (spec, "Length and
     * capacity"). As types2's hasCallOrRecv, a conversion is not a call, and the body of a
     * closure is not part of the operand.
     */
    private static boolean containsCallOrReceive(Expr x) {
        boolean[] found = {false};
        Ast.Walk.expr(x, e -> found[0] |= e instanceof Unary u && u.op.equals("<-")
                || e instanceof Call c && c.kind != CallKind.CONVERSION && c.constant == null, false);
        return found[0];
    }

    /** types2's copy errors: a non-slice operand, or slices of different element types. */
    private static String copyError(Expr d, Expr s) {
        if (!(d.type.underlying() instanceof GoType.Slice ds) || !(s.type.underlying() instanceof GoType.Slice ss)) {
            return "invalid argument: copy expects slice arguments; found " + ErrorText.operand(d) + " and "
                    + ErrorText.operand(s);
        }
        return "invalid argument: arguments to copy " + ErrorText.operand(d) + " and " + ErrorText.operand(s)
                + " have different element types " + ErrorText.type(ds.elem) + " and " + ErrorText.type(ss.elem);
    }

    private static void need(Call c, int min, int max) {
        if (c.args.size() < min) {
            throw error(c, "invalid operation: not enough arguments for " + Printer.raw(c) + " (expected " + min + ", found "
                    + c.args.size() + ")");
        }
        if (c.args.size() > max) {
            throw error(c, "invalid operation: too many arguments for " + Printer.raw(c) + " (expected " + max + ", found "
                    + c.args.size() + ")");
        }
    }
}
