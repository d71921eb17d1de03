package dev.gopherdrill.simulation.escape;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * The explanations (the -m=2 "flow:" lines, in words): what a location is called, the
 * chain the solver followed, and why the sink at its end outlives the source.
 */
final class Explain {

    private final Location heapLoc;

    Explain(Location heapLoc) {
        this.heapLoc = heapLoc;
    }

    /**
     * The chain the walk followed from src to root, in words (what -m=2 prints as "flow:"
     * lines), ending with why root outlives src.
     */
    List<String> path(Location root, Location src) {
        List<String> steps = new ArrayList<>();
        Set<Location> visited = new HashSet<>();
        Location cur = src;
        while (cur != root && cur.dst != null && visited.add(cur)) {
            Location dst = cur.dst;
            Location.Edge e = dst.edges.get(cur.dstEdgeIdx);
            String how = e.derefs() < 0 ? " by address" : e.derefs() == 0 ? "" : e.derefs() == 1
                    ? " through one dereference" : " through " + e.derefs() + " dereferences";
            steps.add(describe(cur) + " flows to " + describe(dst) + how + (e.note() != null ? " (" + e.note() + ")" : ""));
            cur = dst;
        }
        steps.add(outlivesReason(root, src));
        return steps;
    }

    String outlivesReason(Location root, Location l) {
        if (root == heapLoc) {
            return "the heap outlives every stack frame";
        }
        if (root.escapes) {
            return describe(root) + " is itself on the heap";
        }
        if (root.isResult()) {
            return describe(root) + " is a result of " + root.curfn.name + ": it outlives the call";
        }
        if (root.curfn == l.curfn && root.loopDepth < l.loopDepth) {
            return describe(root) + " is declared outside the loop " + describe(l) + " lives in, so it outlives one iteration";
        }
        return describe(root) + " belongs to " + root.curfn.name + ", which outlives the closure " + l.curfn.name;
    }

    String describe(Location l) {
        if (l == heapLoc) {
            return "the heap";
        }
        if (l.var != null) {
            return l.var.name.equals(".autotmp") ? "the go/defer argument temporary" : l.var.name;
        }
        if (l.expr != null) {
            return "the storage of " + Printer.print(l.expr);
        }
        return "a temporary";
    }

    /** The explanation with its last step concluded by the verdict the compiler prints. */
    static List<String> verdict(List<String> why, String conclusion) {
        List<String> out = new ArrayList<>(why);
        if (out.isEmpty()) {
            out.add(conclusion);
        } else {
            out.set(out.size() - 1, out.get(out.size() - 1) + " → " + conclusion);
        }
        return out;
    }
}
