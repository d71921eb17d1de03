package dev.gopherdrill.simulation.escape;

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

    static int[] last(List<Expr> exprs, int line, int col) {
        int[] at = {line, col};
        for (Expr e : exprs) {
            walk(e, at);
        }
        return at;
    }

    private static void walk(Expr e, int[] at) {
        if (e == null) {
            return;
        }
        if (e instanceof Ident id) {
            if (id.obj instanceof Var) {
                set(at, id);
            }
        } else if (e instanceof Call c) {
            set(at, c);
            walk(c.fun, at);
            for (Expr a : c.args) {
                walk(a, at);
            }
        } else if (e instanceof CompositeLit lit) {
            if (!lit.implicit) {
                set(at, lit);
            }
            for (Element el : lit.elements) {
                walk(el.key, at);
                walk(el.value, at);
            }
        } else if (e instanceof Selector s) {
            walk(s.x, at);
        } else if (e instanceof Index ix) {
            walk(ix.x, at);
            walk(ix.index, at);
        } else if (e instanceof SliceExpr s) {
            walk(s.x, at);
            walk(s.lo, at);
            walk(s.hi, at);
            walk(s.max, at);
        } else if (e instanceof Unary u) {
            walk(u.x, at);
        } else if (e instanceof Binary b) {
            walk(b.x, at);
            walk(b.y, at);
        } else if (e instanceof ConvIface c) {
            walk(c.x, at);
        } else if (e instanceof TypeAssert t) {
            walk(t.x, at);
        } else if (e instanceof FuncLit f) {
            set(at, f);
        }
    }

    private static void set(int[] at, Expr e) {
        at[0] = e.line;
        at[1] = e.col;
    }
}
