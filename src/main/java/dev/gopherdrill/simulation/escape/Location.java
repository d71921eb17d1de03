package dev.gopherdrill.simulation.escape;

import java.util.ArrayList;
import java.util.List;

import dev.gopherdrill.simulation.escape.Ast.Expr;
import dev.gopherdrill.simulation.escape.Ast.Func;
import dev.gopherdrill.simulation.escape.Ast.Var;
import dev.gopherdrill.simulation.escape.Ast.VarKind;

/**
 * escape.location (graph.go): a variable or an allocating expression, with the edges of
 * everything that flows into it. The solver's per-walk fields (derefs, walkgen, dst,
 * dstEdgeIdx, queued) live here, as in the compiler, so a walk needs no side tables.
 */
final class Location {
    /** The variable it is, or null. */
    final Var var;
    /** The allocating expression it is, or null; both null for a temporary. */
    final Expr expr;
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

    Location(Var var, Expr expr, Func curfn, int loopDepth, boolean transient_) {
        this.var = var;
        this.expr = expr;
        this.curfn = curfn;
        this.loopDepth = loopDepth;
        this.transient_ = transient_;
    }

    boolean isParam() {
        return var != null && var.kind == VarKind.PARAM;
    }

    boolean isResult() {
        return var != null && var.kind == VarKind.RESULT;
    }

    /** escape.edge: src flows into the location holding this edge, through derefs dereferences. */
    record Edge(Location src, int derefs, String note) {
    }
}
