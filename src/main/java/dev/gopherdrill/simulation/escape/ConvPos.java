package dev.gopherdrill.simulation.escape;

import java.util.ArrayList;
import java.util.List;

import dev.gopherdrill.simulation.escape.Ast.*;

/**
 * Where Go 1.19 positions the implicit interface conversion of an assignment or a
 * {@code var} declaration (measured, not documented: the compiler's irgen leaves the
 * current position at the last variable name, call or composite literal it built).
 * The candidates are, in order, the declared names of a {@code var} (or nothing for an
 * assignment), then the right-hand sides, then the left-hand sides, each walked in
 * pre-order; the last variable reference (its name), call (its parenthesis) or
 * composite literal (its brace) wins. So {@code var b interface{} = "const"} converts
 * at {@code b}, {@code var v I = rect{a, b}} at the {@code b} inside the literal, and
 * {@code s[i] = t} at {@code i}.
 */
final class ConvPos {

    private ConvPos() {
    }

    /** The position of the conversion: the last candidate in exprs, or (line, col) if there is none. */
    static Pos last(List<Expr> exprs, int line, int col) {
        List<Expr> candidates = new ArrayList<>();
        for (Expr e : exprs) {
            Walk.expr(e, n -> {
                if (n instanceof Ident id && id.obj instanceof Var || n instanceof Call
                        || n instanceof CompositeLit lit && !lit.implicit || n instanceof FuncLit) {
                    candidates.add(n);
                }
            }, false);
        }
        return candidates.isEmpty() ? new Pos(line, col) : Pos.of(candidates.get(candidates.size() - 1));
    }
}
