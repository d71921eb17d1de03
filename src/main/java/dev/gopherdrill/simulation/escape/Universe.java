package dev.gopherdrill.simulation.escape;

import java.util.List;
import java.util.Set;

import dev.gopherdrill.simulation.escape.Ast.Builtin;
import dev.gopherdrill.simulation.escape.Ast.Const;
import dev.gopherdrill.simulation.escape.Ast.TypeName;

/**
 * The universe scope (types2 universe.go): the predeclared types, constants and builtins
 * every file sees, outside its package scope.
 */
final class Universe {

    private static final Set<String> BUILTINS = Set.of("len", "cap", "append", "make", "new", "copy", "delete",
            "panic", "close", "print", "println", "recover", "complex", "real", "imag", "min", "max", "clear");

    private Universe() {
    }

    /** A fresh universe: the checker hangs its package scope below it. */
    static Scope scope() {
        Scope universe = new Scope(null);
        GoType.PREDECLARED.forEach((name, type) -> universe.names.put(name, new TypeName(name, type)));
        universe.names.put("error", new TypeName("error", Stdlib.ERROR));
        universe.names.put("true", new Const("true", GoType.UNTYPED_BOOL, new Value.Bool(true), null));
        universe.names.put("false", new Const("false", GoType.UNTYPED_BOOL, new Value.Bool(false), null));
        universe.names.put("nil", new Builtin("nil"));
        universe.names.put("iota", new Builtin("iota"));
        universe.names.put("any", new TypeName("any", new GoType.Interface(List.of())));
        for (String b : BUILTINS) {
            universe.names.put(b, new Builtin(b));
        }
        return universe;
    }
}
