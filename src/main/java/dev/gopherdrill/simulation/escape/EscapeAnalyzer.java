package dev.gopherdrill.simulation.escape;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import dev.gopherdrill.simulation.escape.Ast.Func;

/**
 * Parses, type-checks and analyses one Go file of the subset (docs/escape-subset.md)
 * and answers what Go 1.19's {@code go build -gcflags='-m -l'} prints for it.
 *
 * <p>The compiler analyses functions bottom-up over the call graph
 * (ir.VisitFuncsBottomUp, Tarjan's strongly connected components): a callee is tagged
 * before its callers, so a call uses the callee's parameter tags, and mutually
 * recursive functions are analysed together as one batch. A closure is part of the
 * batch of the function that contains it. Diagnostics are printed as each batch
 * finishes (base.WarnfAt flushes at once under -m), so the output follows this batch
 * order, not line order: a callee declared below its caller is reported first.
 */
public final class EscapeAnalyzer {

    private EscapeAnalyzer() {
    }

    /**
     * The one bound on a file, for the page, the API and the analyzer: room for the Go tree's
     * escape2.go (35,913 characters), which the analyzer answers in a few hundred milliseconds
     * (README, "Escape analyzer"), while keeping one request from occupying the server.
     */
    public static final int MAX_SOURCE_CHARS = 40_000;

    /** @throws EscapeSourceException for code Go rejects or code outside the subset */
    public static Analysis analyze(String source) {
        if (source.length() > MAX_SOURCE_CHARS) {
            throw EscapeSourceException.unsupported(1, 1, "file longer than " + MAX_SOURCE_CHARS + " characters");
        }
        Ast.File file = Parser.parse(source);
        Checker.Program program;
        try {
            program = Checker.check(file);
        } catch (EscapeSourceException e) {
            throw first(file.branchErrors(), e);
        }
        if (!file.branchErrors().isEmpty()) {
            throw first(file.branchErrors(), null);
        }
        DeadCode.funcs(program.funcs());
        List<Diagnostic> out = new ArrayList<>();
        Devirtualize.funcs(program.funcs(), out);
        new BottomUp(out).visitAll(program.funcs());
        return new Analysis(out);
    }

    /** Go sorts its errors by position: the first of the branch errors and the type checker's one. */
    private static EscapeSourceException first(List<EscapeSourceException> branchErrors, EscapeSourceException typeError) {
        List<EscapeSourceException> all = new ArrayList<>(branchErrors);
        if (typeError != null) {
            all.add(typeError);
        }
        return all.stream().min(Comparator.comparingInt(EscapeSourceException::line)
                .thenComparingInt(EscapeSourceException::col)).orElseThrow();
    }

    /** ir.bottomUpVisitor: Tarjan's algorithm, emitting each component as soon as it is complete. */
    private static final class BottomUp {
        private final List<Diagnostic> out;
        private final Map<Func, Integer> nodeID = new HashMap<>();
        private final List<Func> stack = new ArrayList<>();
        private int visitgen;

        BottomUp(List<Diagnostic> out) {
            this.out = out;
        }

        void visitAll(List<Func> funcs) {
            for (Func f : funcs) {
                visit(f);
            }
        }

        private int visit(Func n) {
            Integer known = nodeID.get(n);
            if (known != null) {
                return known;
            }
            visitgen++;
            int id = visitgen;
            nodeID.put(n, id);
            visitgen++;
            int min = visitgen;
            stack.add(n);
            for (Func ref : n.refs) {
                if (ref.tags != null && ref.escState == Escape.TAGGED && ref.body == null) {
                    continue;
                }
                int m = visit(ref);
                if (m < min) {
                    min = m;
                }
            }
            if ((min == id || min == id + 1) && !n.isClosure()) {
                int i;
                for (i = stack.size() - 1; i >= 0; i--) {
                    Func x = stack.get(i);
                    nodeID.put(x, Integer.MAX_VALUE);
                    if (x == n) {
                        break;
                    }
                }
                List<Func> block = new ArrayList<>(stack.subList(i, stack.size()));
                stack.subList(i, stack.size()).clear();
                Escape.batch(block, out);
            }
            return min;
        }
    }
}
