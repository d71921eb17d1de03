package dev.gopherdrill.simulation.escape;

import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;

import dev.gopherdrill.simulation.escape.Ast.Entity;

/** A block of declarations, looked up outwards. */
final class Scope {
    final Scope parent;
    final Map<String, Entity> names = new LinkedHashMap<>();
    /** Where each name was declared, for "other declaration of x"; the universe's have none. */
    final Map<String, Ast.Pos> declaredAt = new HashMap<>();

    Scope(Scope parent) {
        this.parent = parent;
    }

    Entity lookup(String name) {
        for (Scope s = this; s != null; s = s.parent) {
            Entity o = s.names.get(name);
            if (o != null) {
                return o;
            }
        }
        return null;
    }
}
