package dev.gopherdrill.simulation.escape;

import java.util.ArrayList;
import java.util.List;

import dev.gopherdrill.simulation.escape.Ast.Expr;
import dev.gopherdrill.simulation.escape.Ast.Func;
import dev.gopherdrill.simulation.escape.Ast.Var;

/**
 * The diagnostics of a batch, in the compiler's order (escape.go finish + paramTag): the
 * parameter tags of each function of the batch, then every location in creation order.
 * Self-assignment notes are emitted during the walk, as the compiler prints them then.
 */
final class Report {

    private final Graph g;
    private final List<Diagnostic> out;

    Report(Graph g, List<Diagnostic> out) {
        this.g = g;
        this.out = out;
    }

    void finish(List<Func> fns) {
        for (Func fn : fns) {
            fn.escState = Escape.TAGGED;
            List<Leaks> tags = new ArrayList<>();
            for (Var p : fn.params) {
                tags.add(paramTag(fn, p));
            }
            fn.tags = tags.toArray(new Leaks[0]);
        }
        for (Location loc : g.allLocs) {
            if (loc.var != null) {
                Var v = loc.var;
                if (loc.escapes) {
                    if (v.name.equals(".autotmp")) {
                        throw EscapeSourceException.unsupported(v.line, v.col,
                                "go/defer argument larger than 128 bytes (the compiler moves its temporary to the heap)");
                    }
                    emit(v.line, v.col, "moved to heap: " + v.name, Explain.verdict(loc.why, v.name + " moved to heap"));
                }
                continue;
            }
            Expr e = loc.expr;
            if (e == null) {
                continue;
            }
            if (loc.escapes) {
                emit(e.line, e.col, Printer.print(e) + " escapes to heap",
                        Explain.verdict(loc.why, Printer.print(e) + " escapes to heap"));
            } else {
                emit(e.line, e.col, Printer.print(e) + " does not escape",
                        List.of("nothing that outlives " + loc.curfn.name + "'s frame receives its address"
                                + " → " + Printer.print(e) + " does not escape"));
            }
        }
    }

    private Leaks paramTag(Func fn, Var p) {
        if (!p.type.hasPointers()) {
            return Leaks.heap();
        }
        if (p.name.equals("_") || p.name.isEmpty()) {
            return Leaks.none();
        }
        Location loc = g.oldLoc(p);
        Leaks esc = loc.paramEsc;
        esc.optimize();
        if (!loc.escapes) {
            if (esc.empty()) {
                emit(p.line, p.col, p.name + " does not escape",
                        List.of(p.name + " flows to nothing that outlives the call of " + fn.name
                                + " → " + p.name + " does not escape"));
            }
            int x = esc.get(0);
            if (x >= 0) {
                String m = x == 0 ? "leaking param: " + p.name : "leaking param content: " + p.name;
                emit(p.line, p.col, m, Explain.verdict(loc.why, m));
            }
            for (int i = 0; i < Leaks.NUM_ESC_RESULTS; i++) {
                int r = esc.get(1 + i);
                if (r >= 0) {
                    Var res = fn.results.get(i);
                    String m = "leaking param: " + p.name + " to result " + res.name + " level=" + r;
                    emit(p.line, p.col, m, Explain.verdict(loc.why, m));
                }
            }
        }
        return esc.encoded();
    }

    void emit(int line, int col, String message, List<String> why) {
        out.add(new Diagnostic(line, col, message, why));
    }
}
