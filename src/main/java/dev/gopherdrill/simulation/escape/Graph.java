package dev.gopherdrill.simulation.escape;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import dev.gopherdrill.simulation.escape.Ast.Expr;
import dev.gopherdrill.simulation.escape.Ast.Func;
import dev.gopherdrill.simulation.escape.Ast.Node;
import dev.gopherdrill.simulation.escape.Ast.Var;

/**
 * The location graph of one batch (graph.go): every location in creation order, the heap
 * and blank sinks, and the hole helpers the walk builds edges with. The walk's position
 * ({@link #curfn}, {@link #loopDepth}) is kept here because it is what a new location is
 * stamped with, and the solver's {@code outlives} compares exactly those two stamps.
 */
final class Graph {

    final List<Location> allLocs = new ArrayList<>();
    final Location heapLoc = new Location(null, null, null, 0, false);
    final Location blankLoc = new Location(null, null, null, 0, false);
    final Explain explain = new Explain(heapLoc);
    private final Map<Var, Location> varLocs = new HashMap<>();

    Func curfn;
    int loopDepth;

    Graph() {
        heapLoc.escapes = true;
    }

    Hole heapHole() {
        return new Hole(heapLoc, 0, null, false);
    }

    Hole discardHole() {
        return new Hole(blankLoc, 0, null, false);
    }

    static Hole holeOf(Location l) {
        return new Hole(l, 0, null, false);
    }

    Location newLoc(Var v) {
        Location loc = add(new Location(v, null, curfn, loopDepth, false));
        varLocs.put(v, loc);
        v.loc = loc;
        return loc;
    }

    /** A temporary: a location no variable or expression of the source is. */
    Location newTemp(boolean transient_) {
        return add(new Location(null, null, curfn, loopDepth, transient_));
    }

    private Location add(Location loc) {
        allLocs.add(loc);
        return loc;
    }

    Location oldLoc(Var v) {
        Location l = varLocs.get(v);
        if (l == null) {
            throw new IllegalStateException(v.name + " has no location");
        }
        return l;
    }

    void flow(Hole k, Location src) {
        if (k.addrtaken()) {
            src.addrtaken = true;
        }
        Location dst = k.dst();
        if (dst == blankLoc) {
            return;
        }
        if (dst == src && k.derefs() >= 0) {
            return;
        }
        if (dst.escapes && k.derefs() < 0) {
            if (!src.escapes) {
                src.why.add(explain.describe(src) + " flows to " + explain.describe(dst) + " by address"
                        + (k.note() != null ? " (" + k.note() + ")" : ""));
                src.why.add(explain.outlivesReason(dst, src));
            }
            src.escapes = true;
            return;
        }
        dst.edges.add(new Location.Edge(src, k.derefs(), k.note()));
    }

    Hole teeHole(List<Hole> ks) {
        if (ks.isEmpty()) {
            return discardHole();
        }
        if (ks.size() == 1) {
            return ks.get(0);
        }
        Location loc = newTemp(true);
        for (Hole k : ks) {
            flow(k, loc);
        }
        return holeOf(loc);
    }

    Hole later(Hole k) {
        Location loc = newTemp(false);
        flow(k, loc);
        return holeOf(loc);
    }

    Hole spill(Hole k, Expr n) {
        Location loc = add(new Location(null, n, curfn, loopDepth, true));
        flow(k.addr("allocated" + at(n)), loc);
        return holeOf(loc);
    }

    static String at(Node n) {
        return " at " + n.line + ":" + n.col;
    }
}
