package dev.gopherdrill.simulation.escape;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * Go types of the subset with the layout facts escape analysis depends on, for amd64
 * (types.PtrSize = 8): {@link #size()} and {@link #align()} as types.CalcSize computes
 * them (the 10 MiB and 64 KiB rules compare sizes), {@link #hasPointers()} (a value
 * without pointers cannot make anything escape, so the compiler routes it to the blank
 * hole), and {@link #isDirectIface()} (a value stored directly in an interface word
 * needs no allocation when converted). {@link #toString()} spells a type as the
 * compiler's -m output does ({@code interface {}}, {@code struct { a int }}).
 */
abstract sealed class GoType permits GoType.Basic, GoType.Named, GoType.PointerShaped, GoType.Slice, GoType.Array,
        GoType.Struct, GoType.Interface, GoType.Tuple {

    static final long PTR_SIZE = 8;

    abstract long size();

    abstract long align();

    abstract boolean hasPointers();

    GoType underlying() {
        return this;
    }

    boolean isInterface() {
        return underlying() instanceof Interface;
    }

    boolean isDirectIface() {
        GoType u = underlying();
        if (u instanceof PointerShaped) {
            return true;
        }
        if (u instanceof Array a) {
            return a.len == 1 && a.elem.isDirectIface();
        }
        if (u instanceof Struct s) {
            return s.fields.size() == 1 && s.fields.get(0).type.isDirectIface();
        }
        return false;
    }

    enum Kind { BOOL, INT, INT8, INT16, INT32, INT64, UINT, UINT8, UINT16, UINT32, UINT64, UINTPTR, FLOAT32,
        FLOAT64, STRING, UNTYPED_INT, UNTYPED_FLOAT, UNTYPED_RUNE, UNTYPED_STRING, UNTYPED_BOOL, UNTYPED_NIL }

    static final class Basic extends GoType {
        final Kind kind;
        final String name;
        final long size;

        Basic(Kind kind, String name, long size) {
            this.kind = kind;
            this.name = name;
            this.size = size;
        }

        long size() {
            return size;
        }

        long align() {
            return kind == Kind.STRING ? PTR_SIZE : Math.max(1, size);
        }

        boolean hasPointers() {
            return kind == Kind.STRING || kind == Kind.UNTYPED_STRING;
        }

        boolean untyped() {
            return kind.name().startsWith("UNTYPED");
        }

        boolean isInteger() {
            return kind.ordinal() >= Kind.INT.ordinal() && kind.ordinal() <= Kind.UINTPTR.ordinal()
                    || kind == Kind.UNTYPED_INT || kind == Kind.UNTYPED_RUNE;
        }

        boolean isFloat() {
            return kind == Kind.FLOAT32 || kind == Kind.FLOAT64 || kind == Kind.UNTYPED_FLOAT;
        }

        boolean isNumeric() {
            return isInteger() || isFloat();
        }

        boolean isString() {
            return kind == Kind.STRING || kind == Kind.UNTYPED_STRING;
        }

        boolean isBool() {
            return kind == Kind.BOOL || kind == Kind.UNTYPED_BOOL;
        }

        public String toString() {
            return switch (kind) {
                case UNTYPED_INT -> "untyped int";
                case UNTYPED_FLOAT -> "untyped float";
                case UNTYPED_RUNE -> "untyped rune";
                case UNTYPED_STRING -> "untyped string";
                case UNTYPED_BOOL -> "untyped bool";
                case UNTYPED_NIL -> "untyped nil";
                default -> name;
            };
        }
    }

    static final Basic BOOL = new Basic(Kind.BOOL, "bool", 1);
    static final Basic INT = new Basic(Kind.INT, "int", 8);
    static final Basic INT8 = new Basic(Kind.INT8, "int8", 1);
    static final Basic INT16 = new Basic(Kind.INT16, "int16", 2);
    static final Basic INT32 = new Basic(Kind.INT32, "int32", 4);
    static final Basic INT64 = new Basic(Kind.INT64, "int64", 8);
    static final Basic UINT = new Basic(Kind.UINT, "uint", 8);
    static final Basic UINT8 = new Basic(Kind.UINT8, "uint8", 1);
    static final Basic UINT16 = new Basic(Kind.UINT16, "uint16", 2);
    static final Basic UINT32 = new Basic(Kind.UINT32, "uint32", 4);
    static final Basic UINT64 = new Basic(Kind.UINT64, "uint64", 8);
    static final Basic UINTPTR = new Basic(Kind.UINTPTR, "uintptr", 8);
    static final Basic FLOAT32 = new Basic(Kind.FLOAT32, "float32", 4);
    static final Basic FLOAT64 = new Basic(Kind.FLOAT64, "float64", 8);
    static final Basic STRING = new Basic(Kind.STRING, "string", 16);
    /** byte and rune are aliases, identical to uint8 and int32, but the compiler prints them by their own names. */
    static final Basic BYTE = new Basic(Kind.UINT8, "byte", 1);
    static final Basic RUNE = new Basic(Kind.INT32, "rune", 4);
    static final Basic UNTYPED_INT = new Basic(Kind.UNTYPED_INT, "untyped int", 8);
    static final Basic UNTYPED_FLOAT = new Basic(Kind.UNTYPED_FLOAT, "untyped float", 8);
    static final Basic UNTYPED_RUNE = new Basic(Kind.UNTYPED_RUNE, "untyped rune", 4);
    static final Basic UNTYPED_STRING = new Basic(Kind.UNTYPED_STRING, "untyped string", 16);
    static final Basic UNTYPED_BOOL = new Basic(Kind.UNTYPED_BOOL, "untyped bool", 1);
    static final Basic UNTYPED_NIL = new Basic(Kind.UNTYPED_NIL, "untyped nil", 8);
    static final Map<String, GoType> PREDECLARED = new LinkedHashMap<>();

    static {
        for (Basic b : List.of(BOOL, INT, INT8, INT16, INT32, INT64, UINT, UINT8, UINT16, UINT32, UINT64, UINTPTR,
                FLOAT32, FLOAT64, STRING)) {
            PREDECLARED.put(b.name, b);
        }
        PREDECLARED.put("byte", BYTE);
        PREDECLARED.put("rune", RUNE);
    }

    static final class Named extends GoType {
        final String name;
        GoType underlying;
        final Map<String, Ast.Method> methods = new LinkedHashMap<>();
        /** For types of other packages (sync.Mutex): their size and alignment are fixed here. */
        final String pkg;

        Named(String pkg, String name) {
            this.pkg = pkg;
            this.name = name;
        }

        GoType underlying() {
            return underlying == null ? this : underlying.underlying();
        }

        long size() {
            return underlying().size();
        }

        long align() {
            return underlying().align();
        }

        boolean hasPointers() {
            return underlying().hasPointers();
        }

        public String toString() {
            return pkg == null ? name : pkg + "." + name;
        }
    }

    /**
     * Types that are one pointer word (a map and a chan are pointers to their runtime
     * header, a func value to its closure): stored directly in an interface, never boxed.
     */
    abstract static sealed class PointerShaped extends GoType permits Pointer, UnsafePointer, MapT, Chan, Func {
        long size() {
            return PTR_SIZE;
        }

        long align() {
            return PTR_SIZE;
        }

        boolean hasPointers() {
            return true;
        }
    }

    static final class Pointer extends PointerShaped {
        final GoType elem;

        Pointer(GoType elem) {
            this.elem = elem;
        }

        public String toString() {
            return "*" + elem;
        }
    }

    static final class Slice extends GoType {
        final GoType elem;

        Slice(GoType elem) {
            this.elem = elem;
        }

        long size() {
            return 3 * PTR_SIZE;
        }

        long align() {
            return PTR_SIZE;
        }

        boolean hasPointers() {
            return true;
        }

        public String toString() {
            return "[]" + elem;
        }
    }

    static final class Array extends GoType {
        final long len;
        final GoType elem;

        Array(long len, GoType elem) {
            this.len = len;
            this.elem = elem;
        }

        long size() {
            long e = elem.size();
            if (e != 0 && len > Long.MAX_VALUE / e) {
                return Long.MAX_VALUE;
            }
            return len * e;
        }

        long align() {
            return elem.align();
        }

        boolean hasPointers() {
            return len > 0 && elem.hasPointers();
        }

        public String toString() {
            return "[" + len + "]" + elem;
        }
    }

    static final class MapT extends PointerShaped {
        final GoType key;
        final GoType value;

        MapT(GoType key, GoType value) {
            this.key = key;
            this.value = value;
        }

        public String toString() {
            return "map[" + key + "]" + value;
        }
    }

    static final class Chan extends PointerShaped {
        final GoType elem;

        Chan(GoType elem) {
            this.elem = elem;
        }

        public String toString() {
            return "chan " + elem;
        }
    }

    record Field(String name, GoType type) {
    }

    static final class Struct extends GoType {
        final List<Field> fields;

        Struct(List<Field> fields) {
            this.fields = fields;
        }

        /** types.CalcStructSize: fields at aligned offsets; a trailing zero-size field gets one byte of padding. */
        long size() {
            long o = 0;
            for (Field f : fields) {
                long a = f.type.align();
                o = (o + a - 1) / a * a;
                o += f.type.size();
            }
            if (!fields.isEmpty() && fields.get(fields.size() - 1).type.size() == 0 && o > 0) {
                o++;
            }
            long a = align();
            return (o + a - 1) / a * a;
        }

        long align() {
            long a = 1;
            for (Field f : fields) {
                a = Math.max(a, f.type.align());
            }
            return a;
        }

        boolean hasPointers() {
            return fields.stream().anyMatch(f -> f.type.hasPointers());
        }

        int index(String name) {
            for (int i = 0; i < fields.size(); i++) {
                if (fields.get(i).name.equals(name)) {
                    return i;
                }
            }
            return -1;
        }

        public String toString() {
            if (fields.isEmpty()) {
                return "struct {}";
            }
            return fields.stream().map(f -> f.name + " " + f.type).collect(Collectors.joining("; ", "struct { ", " }"));
        }
    }

    record IMethod(String name, Func sig) {
    }

    static final class Interface extends GoType {
        final List<IMethod> methods;

        Interface(List<IMethod> methods) {
            this.methods = methods;
        }

        long size() {
            return 2 * PTR_SIZE;
        }

        long align() {
            return PTR_SIZE;
        }

        boolean hasPointers() {
            return true;
        }

        public String toString() {
            if (methods.isEmpty()) {
                return "interface {}";
            }
            return methods.stream().map(m -> m.name + m.sig.signature()).collect(Collectors.joining("; ",
                    "interface { ", " }"));
        }
    }

    /** unsafe.Pointer: a pointer to nothing in particular, converted to and from *T and uintptr. */
    static final class UnsafePointer extends PointerShaped {
        static final UnsafePointer TYPE = new UnsafePointer();

        private UnsafePointer() {
        }

        public String toString() {
            return "unsafe.Pointer";
        }
    }

    static final class Func extends PointerShaped {
        final List<GoType> params;
        final List<GoType> results;
        final boolean variadic;

        Func(List<GoType> params, List<GoType> results, boolean variadic) {
            this.params = params;
            this.results = results;
            this.variadic = variadic;
        }

        String signature() {
            List<String> ps = new ArrayList<>();
            for (int i = 0; i < params.size(); i++) {
                GoType p = params.get(i);
                ps.add(variadic && i == params.size() - 1 ? "..." + ((Slice) p).elem : p.toString());
            }
            String r = results.isEmpty() ? "" : results.size() == 1 ? " " + results.get(0)
                    : results.stream().map(Object::toString).collect(Collectors.joining(", ", " (", ")"));
            return "(" + String.join(", ", ps) + ")" + r;
        }

        public String toString() {
            return "func" + signature();
        }
    }

    /** The value of a multi-result call. */
    static final class Tuple extends GoType {
        final List<GoType> types;

        Tuple(List<GoType> types) {
            this.types = types;
        }

        long size() {
            return 0;
        }

        long align() {
            return 1;
        }

        boolean hasPointers() {
            return types.stream().anyMatch(GoType::hasPointers);
        }

        public String toString() {
            return types.stream().map(Object::toString).collect(Collectors.joining(", ", "(", ")"));
        }
    }

    /** Type identity (the spec's): named types by declaration, others structurally. */
    static boolean identical(GoType a, GoType b) {
        if (a == b) {
            return true;
        }
        if (a instanceof Basic x && b instanceof Basic y) {
            return x.kind == y.kind;
        }
        if (a instanceof Named || b instanceof Named || a instanceof Basic || b instanceof Basic) {
            return false;
        }
        if (a instanceof Pointer x && b instanceof Pointer y) {
            return identical(x.elem, y.elem);
        }
        if (a instanceof Slice x && b instanceof Slice y) {
            return identical(x.elem, y.elem);
        }
        if (a instanceof Array x && b instanceof Array y) {
            return x.len == y.len && identical(x.elem, y.elem);
        }
        if (a instanceof MapT x && b instanceof MapT y) {
            return identical(x.key, y.key) && identical(x.value, y.value);
        }
        if (a instanceof Chan x && b instanceof Chan y) {
            return identical(x.elem, y.elem);
        }
        if (a instanceof Struct x && b instanceof Struct y) {
            if (x.fields.size() != y.fields.size()) {
                return false;
            }
            for (int i = 0; i < x.fields.size(); i++) {
                if (!x.fields.get(i).name.equals(y.fields.get(i).name)
                        || !identical(x.fields.get(i).type, y.fields.get(i).type)) {
                    return false;
                }
            }
            return true;
        }
        if (a instanceof Interface x && b instanceof Interface y) {
            if (x.methods.size() != y.methods.size()) {
                return false;
            }
            for (int i = 0; i < x.methods.size(); i++) {
                if (!x.methods.get(i).name.equals(y.methods.get(i).name)
                        || !identical(x.methods.get(i).sig, y.methods.get(i).sig)) {
                    return false;
                }
            }
            return true;
        }
        if (a instanceof Func x && b instanceof Func y) {
            if (x.variadic != y.variadic || x.params.size() != y.params.size()
                    || x.results.size() != y.results.size()) {
                return false;
            }
            for (int i = 0; i < x.params.size(); i++) {
                if (!identical(x.params.get(i), y.params.get(i))) {
                    return false;
                }
            }
            for (int i = 0; i < x.results.size(); i++) {
                if (!identical(x.results.get(i), y.results.get(i))) {
                    return false;
                }
            }
            return true;
        }
        return false;
    }
}
