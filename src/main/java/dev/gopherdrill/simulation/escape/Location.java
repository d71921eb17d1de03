package dev.gopherdrill.simulation.escape;

import java.util.ArrayList;
import java.util.List;

import dev.gopherdrill.simulation.escape.Ast.Func;
import dev.gopherdrill.simulation.escape.Ast.Var;
import dev.gopherdrill.simulation.escape.Ast.VarKind;

/**
 * escape.location (graph.go): a variable or an allocating expression, with the edges of
 * everything that flows into it. The solver's per-walk fields (derefs, walkgen, dst,
 * dstEdgeIdx, queued) live here, as in the compiler, so a walk needs no side tables.
 */
final class Location {
    final Object n; // Var or Expr, or null for temporaries
    final Func curfn;
    final List<Edge> edges = new ArrayList<>();
    int loopDepth;
    int resultIndex;
    int derefs;
    int walkgen;
    Location dst;
    int dstEdgeIdx;
    boolean queued;
    boolean escapes;
    boolean transient_;
    final Leaks paramEsc = new Leaks();
    boolean captured;
    boolean reassigned;
    boolean addrtaken;
    /** Why it escapes / where its leak went, for the explanation. */
    final List<String> why = new ArrayList<>();

    Location(Object n, Func curfn, int loopDepth, boolean transient_) {
        this.n = n;
        this.curfn = curfn;
        this.loopDepth = loopDepth;
        this.transient_ = transient_;
    }

    boolean isParam() {
        return n instanceof Var v && v.kind == VarKind.PARAM;
    }

    boolean isResult() {
        return n instanceof Var v && v.kind == VarKind.RESULT;
    }

    /** escape.edge: src flows into the location holding this edge, through derefs dereferences. */
    record Edge(Location src, int derefs, String note) {
    }
}
