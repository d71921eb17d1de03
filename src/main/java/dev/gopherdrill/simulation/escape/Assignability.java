package dev.gopherdrill.simulation.escape;

import static dev.gopherdrill.simulation.escape.Constants.representable;
import static dev.gopherdrill.simulation.escape.EscapeSourceException.error;

import dev.gopherdrill.simulation.escape.Ast.ConvIface;
import dev.gopherdrill.simulation.escape.Ast.Expr;
import dev.gopherdrill.simulation.escape.Ast.Method;

/**
 * Assignability and implicit conversions (types2 assignments.go, operand.go assignableTo,
 * lookup.go for interface satisfaction): whether a value can go where a type is expected,
 * and the tree typecheck makes of it, an untyped constant given its type or a value wrapped
 * in the implicit conversion to an interface that escape analysis sees as an allocation.
 */
final class Assignability {

    private Assignability() {
    }

    static GoType defaultType(GoType t) {
        if (t instanceof GoType.Basic b) {
            return switch (b.kind) {
                case UNTYPED_INT -> GoType.INT;
                case UNTYPED_FLOAT -> GoType.FLOAT64;
                case UNTYPED_RUNE -> GoType.RUNE;
                case UNTYPED_STRING -> GoType.STRING;
                case UNTYPED_BOOL -> GoType.BOOL;
                default -> t;
            };
        }
        return t;
    }

    /** Gives an untyped operand its final type (the compiler converts the constant). */
    static Expr convertUntyped(Expr x, GoType t) {
        if (x.type instanceof GoType.Basic b && b.untyped() && t != null && !t.isInterface()) {
            if (b != GoType.UNTYPED_NIL) {
                if (x.constant != null) {
                    representable(x, t);
                }
                x.type = t;
            }
        }
        return x;
    }

    static boolean assignable(GoType from, GoType to) {
        if (from == null || to == null) {
            return false;
        }
        if (GoType.identical(from, to)) {
            return true;
        }
        if (from instanceof GoType.Basic b && b.untyped()) {
            if (b == GoType.UNTYPED_NIL) {
                GoType u = to.underlying();
                return u instanceof GoType.PointerShaped || u instanceof GoType.Slice || u instanceof GoType.Interface;
            }
            if (to.isInterface()) {
                return ((GoType.Interface) to.underlying()).methods.isEmpty();
            }
            if (to.underlying() instanceof GoType.Basic tb) {
                return b.isBool() == tb.isBool() && b.isString() == tb.isString() && (b.isNumeric() == tb.isNumeric());
            }
            return false;
        }
        if (to.underlying() instanceof GoType.Interface it && !from.isInterface()) {
            return implementsIface(from, it);
        }
        if (to.underlying() instanceof GoType.Interface it && from.underlying() instanceof GoType.Interface fi) {
            return it.methods.stream().allMatch(m -> fi.methods.stream().anyMatch(
                    f -> f.name().equals(m.name()) && GoType.identical(f.sig(), m.sig())));
        }
        return GoType.identical(from.underlying(), to.underlying())
                && (!(from instanceof GoType.Named) || !(to instanceof GoType.Named));
    }

    static boolean implementsIface(GoType t, GoType.Interface it) {
        for (GoType.IMethod m : it.methods) {
            if (!hasMethod(t, m)) {
                return false;
            }
        }
        return true;
    }

    private static boolean hasMethod(GoType t, GoType.IMethod m) {
        boolean ptr = t instanceof GoType.Pointer;
        GoType base = ptr ? ((GoType.Pointer) t).elem : t;
        if (base instanceof GoType.Named n) {
            Method mm = n.methods.get(m.name());
            if (mm == null || mm.pointerRecv() && !ptr) {
                return false;
            }
            return GoType.identical(mm.fn().sig, m.sig());
        }
        return false;
    }

    /**
     * Checks x can be assigned to a variable of type t and returns what the compiler
     * assigns: x itself, or x wrapped in an implicit conversion to the interface type t
     * positioned at (line, col).
     */
    static Expr assign(Expr x, GoType t, int line, int col, String context) {
        if (x.type == null || x.type instanceof GoType.Tuple) {
            throw error(x, Printer.print(x) + " (no value) used as value");
        }
        if (!assignable(x.type, t)) {
            boolean untyped = x.type instanceof GoType.Basic b && b.untyped();
            if (untyped && !t.isInterface()) {
                throw error(x, "cannot use " + ErrorText.operand(x) + " as " + ErrorText.type(t) + " value in " + context);
            }
            // types2 gives an untyped operand its default type before it asks for an interface
            String desc = untyped ? ErrorText.operand(convertUntyped(x, defaultType(x.type))) : ErrorText.operand(x);
            String why = "";
            if (t.isInterface() && !x.type.isInterface()) {
                why = ":\n\t" + ErrorText.type(x.type) + " does not implement " + ErrorText.type(t)
                        + missingMethod(x.type, (GoType.Interface) t.underlying());
            }
            throw error(x, "cannot use " + desc + " as type " + ErrorText.type(t) + " in " + context + why);
        }
        if (t.isInterface() && !x.type.isInterface()) {
            if (x.type == GoType.UNTYPED_NIL) {
                return x;
            }
            GoType dt = defaultType(x.type);
            convertUntyped(x, dt);
            ConvIface c = new ConvIface(line, col, x, t);
            return c;
        }
        if (x.constant != null && x.type instanceof GoType.Basic b && b.untyped()) {
            representable(x, t, context);
        }
        return convertUntyped(x, t);
    }

    static String missingMethod(GoType t, GoType.Interface it) {
        for (GoType.IMethod m : it.methods) {
            if (!hasMethod(t, m)) {
                return hasMethod(new GoType.Pointer(t), m) ? " (" + m.name() + " method has pointer receiver)"
                        : " (missing " + m.name() + " method)";
            }
        }
        return "";
    }
}
