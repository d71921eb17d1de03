package dev.gopherdrill.simulation.escape;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import dev.gopherdrill.simulation.escape.Ast.Block;
import dev.gopherdrill.simulation.escape.Ast.Branch;
import dev.gopherdrill.simulation.escape.Ast.Func;
import dev.gopherdrill.simulation.escape.Ast.Labeled;
import dev.gopherdrill.simulation.escape.Ast.Var;
import dev.gopherdrill.simulation.escape.Ast.Walk;

/**
 * Escape analysis as cmd/compile/internal/escape does it in Go 1.19, walking the checked
 * syntax tree where the compiler walks its IR. This class is escape.go: one batch (a
 * strongly connected component of the call graph, visited bottom-up as
 * ir.VisitFuncsBottomUp does, closures with their enclosing function) and the functions
 * in it. The parts sit in the files Go has them in:
 * <ul>
 * <li>{@link Graph}, {@link Location}, {@link Hole} (graph.go) and {@link Leaks} (leaks.go):
 * every variable and every allocating expression (new, &amp;T{...}, make of a slice or map,
 * slice and map literals, closures, method values, interface conversions that box, string
 * conversions and concatenations) is a location; assignments become directed edges
 * between locations, weighted by {@code derefs} ({@code -1} = its address is taken,
 * {@code 0} = its value is copied, {@code 1} = what it points to is copied);</li>
 * <li>{@link Stmts}, {@link Exprs}, {@link Assigns}, {@link Calls} (stmt.go, expr.go,
 * assign.go, call.go): the walk that builds the edges. Three sinks decide: the heap
 * location (globals, channel sends, unknown calls, go statements), each function's result
 * variables, and locations at a shallower loop depth;</li>
 * <li>{@link Solve} (solve.go) and {@link HeapAlloc} (utils.go): which locations escape and
 * where the parameters leak;</li>
 * <li>{@link Report} and {@link Explain}: the diagnostics in the compiler's order, each with
 * the chain of flows behind it.</li>
 * </ul>
 *
 * <p>Invariants: derefs ≥ -1 on every edge; a location that escapes never stops escaping.
 *
 * <p>Simplified: no inlining (the analysis answers for {@code -l}); no select, type
 * switches, unsafe or reflect; functions of other packages are the documented summaries
 * in {@link Stdlib}.
 */
final class Escape {

    static final int TAGGED = 3; // escFuncTagged

    final Graph graph = new Graph();
    final Report report;
    // Go's walk is methods of one struct spread over four files; Java has no such split of a
    // class, so each file is an object of its own and they reach each other through the batch.
    final Stmts stmts = new Stmts(this);
    final Exprs exprs = new Exprs(this);
    final Assigns assigns = new Assigns(this);
    final Calls calls = new Calls(this);
    /** Closures and go/defer wrappers met in the walk, whose captured variables flow once the batch is walked. */
    final List<Closure> closures = new ArrayList<>();
    /** The current function's labels that a later goto jumps back to. */
    Set<String> looping = Set.of();

    private Escape(List<Diagnostic> out) {
        this.report = new Report(graph, out);
    }

    /** escape.Batch for one strongly connected component. */
    static void batch(List<Func> fns, List<Diagnostic> out) {
        Escape b = new Escape(out);
        Graph g = b.graph;
        for (Func fn : fns) {
            b.initFunc(fn);
        }
        for (Func fn : fns) {
            if (!fn.isClosure()) {
                b.walkFunc(fn);
            }
        }
        for (Closure c : b.closures) {
            b.flowClosure(c.k(), c.fn());
        }
        b.closures.clear();
        for (Location loc : new ArrayList<>(g.allLocs)) {
            String why = HeapAlloc.reason(loc);
            if (!why.isEmpty()) {
                g.flow(g.heapHole().addr(why + " (" + HeapAlloc.sizeNote(loc) + ")"), loc);
            }
        }
        Solve.walkAll(g);
        b.report.finish(fns);
    }

    private void initFunc(Func fn) {
        graph.curfn = fn;
        graph.loopDepth = 1;
        fn.escState = 1;
        for (Var v : fn.params) {
            graph.newLoc(v);
        }
        int i = 1;
        for (Var v : fn.results) {
            graph.newLoc(v).resultIndex = i++;
        }
        for (Var v : fn.dcl) {
            graph.newLoc(v);
        }
    }

    void walkFunc(Func fn) {
        Func saveFn = graph.curfn;
        int saveDepth = graph.loopDepth;
        Set<String> saveLooping = looping;
        graph.curfn = fn;
        graph.loopDepth = 1;
        looping = loopingLabels(fn.body);
        fn.escState = 2;
        stmts.block(fn.body.stmts);
        graph.curfn = saveFn;
        graph.loopDepth = saveDepth;
        looping = saveLooping;
    }

    /**
     * walkFunc's label scan: a label with a goto after it (in source order, closures apart) is
     * the head of an unstructured loop, and what follows it, to the end of the enclosing block,
     * is one loop level deeper.
     */
    private static Set<String> loopingLabels(Block body) {
        Set<String> seen = new HashSet<>();
        Set<String> looping = new HashSet<>();
        Walk.nodes(body, n -> {
            if (n instanceof Labeled l && !l.label.name.equals("_")) {
                seen.add(l.label.name);
            } else if (n instanceof Branch b && b.keyword.equals("goto") && seen.contains(b.label.name)) {
                looping.add(b.label.name);
            }
        }, e -> { }, false);
        return looping;
    }

    private void flowClosure(Hole k, Func clo) {
        for (Var cv : clo.closureVars) {
            Location loc = graph.oldLoc(cv);
            boolean byval = !loc.addrtaken && !loc.reassigned && cv.type.size() <= 128;
            Hole kk = k;
            if (!byval) {
                kk = kk.addr("reference");
            }
            String where = clo.lit != null ? Graph.at(clo.lit) : "";
            graph.flow(kk.note("captured by the closure" + where + (byval ? " by value" : " by reference")), loc);
        }
    }

    /** escape.closure: a function value's location (as a hole) and the function whose captured variables flow into it. */
    record Closure(Hole k, Func fn) {
    }

    boolean inMutualBatch(Func fn) {
        return fn != null && fn.escState < TAGGED && fn.escState > 0;
    }
}
