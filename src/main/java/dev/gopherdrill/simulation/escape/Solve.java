package dev.gopherdrill.simulation.escape;

import java.util.ArrayDeque;

import dev.gopherdrill.simulation.escape.Ast.Func;

/**
 * The solver (solve.go): from every location, the minimum derefs to every location that
 * flows into it (a Bellman-Ford style walk: negative derefs are clamped to 0 because
 * addresses of addresses are still just pointers). A location whose address reaches a
 * location that {@link #outlives} it escapes, and a parameter reaching a sink leaks (to
 * the heap or to result i, with the derefs level). A location is walked again whenever it
 * newly escapes or stops being transient, so the fixed point does not depend on the order.
 */
final class Solve {

    private final Graph g;

    private Solve(Graph g) {
        this.g = g;
    }

    static void walkAll(Graph g) {
        Solve s = new Solve(g);
        ArrayDeque<Location> todo = new ArrayDeque<>();
        for (Location loc : g.allLocs) {
            enqueue(todo, loc);
        }
        enqueue(todo, g.heapLoc);
        int walkgen = 0;
        while (!todo.isEmpty()) {
            Location root = todo.pollLast();
            root.queued = false;
            walkgen++;
            s.walkOne(root, walkgen, todo);
        }
    }

    private static void enqueue(ArrayDeque<Location> todo, Location loc) {
        if (!loc.queued) {
            todo.addLast(loc);
            loc.queued = true;
        }
    }

    private void walkOne(Location root, int walkgen, ArrayDeque<Location> queue) {
        root.walkgen = walkgen;
        root.derefs = 0;
        root.dst = null;
        ArrayDeque<Location> todo = new ArrayDeque<>();
        todo.addLast(root);
        while (!todo.isEmpty()) {
            Location l = todo.pollLast();
            int derefs = l.derefs;
            boolean addressOf = derefs < 0;
            if (addressOf) {
                derefs = 0;
                if (!root.transient_ && l.transient_) {
                    l.transient_ = false;
                    enqueue(queue, l);
                }
            }
            if (outlives(root, l)) {
                if (l.isParam()) {
                    if (!l.escapes && l.why.size() < 12) {
                        l.why.addAll(g.explain.path(root, l));
                    }
                    leakTo(l, root, derefs);
                }
                if (addressOf && !l.escapes) {
                    l.why.clear();
                    l.why.addAll(g.explain.path(root, l));
                    l.escapes = true;
                    enqueue(queue, l);
                    continue;
                }
            }
            for (int i = 0; i < l.edges.size(); i++) {
                Location.Edge edge = l.edges.get(i);
                if (edge.src().escapes) {
                    continue;
                }
                int d = derefs + edge.derefs();
                if (edge.src().walkgen != walkgen || edge.src().derefs > d) {
                    edge.src().walkgen = walkgen;
                    edge.src().derefs = d;
                    edge.src().dst = l;
                    edge.src().dstEdgeIdx = i;
                    todo.addLast(edge.src());
                }
            }
        }
    }

    private static void leakTo(Location l, Location sink, int derefs) {
        if (!sink.escapes && sink.isResult() && sink.curfn == l.curfn) {
            int ri = sink.resultIndex - 1;
            if (ri < Leaks.NUM_ESC_RESULTS) {
                l.paramEsc.add(1 + ri, derefs);
                return;
            }
        }
        l.paramEsc.add(0, derefs);
    }

    private static boolean outlives(Location l, Location other) {
        if (l.escapes) {
            return true;
        }
        if (l.isResult()) {
            return !(containsClosure(other.curfn, l.curfn) && l.curfn.closureCalled);
        }
        if (l.curfn == other.curfn && l.loopDepth < other.loopDepth) {
            return true;
        }
        return containsClosure(l.curfn, other.curfn);
    }

    /** Whether c is a closure nested (at any depth) inside f. */
    private static boolean containsClosure(Func f, Func c) {
        if (f == null || c == null || f == c) {
            return false;
        }
        for (Func o = c.outer; o != null; o = o.outer) {
            if (o == f) {
                return true;
            }
        }
        return false;
    }
}
