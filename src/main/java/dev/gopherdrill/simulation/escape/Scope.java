package dev.gopherdrill.simulation.escape;

import java.util.LinkedHashMap;
import java.util.Map;

/** A block of declarations: names to Var, Func, Const, TypeName or Builtin, looked up outwards. */
final class Scope {
    final Scope parent;
    final Map<String, Object> names = new LinkedHashMap<>();

    Scope(Scope parent) {
        this.parent = parent;
    }

    Object lookup(String name) {
        for (Scope s = this; s != null; s = s.parent) {
            Object o = s.names.get(name);
            if (o != null) {
                return o;
            }
        }
        return null;
    }
}
