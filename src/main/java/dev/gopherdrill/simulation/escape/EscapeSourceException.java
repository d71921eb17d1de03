package dev.gopherdrill.simulation.escape;

/**
 * A Go file the analyzer will not answer for. Either Go itself would reject it (a syntax
 * error, an undefined name, {@code x declared but not used}, an unused import, a type
 * mismatch), or it uses a construct outside the documented subset
 * ({@code docs/escape-subset.md}), where a guess could be a wrong answer presented as
 * right. {@link #getMessage()} is exactly {@code "line:col: <error>"} or
 * {@code "line:col: unsupported: <construct>"}; the REST layer turns it into a 422.
 */
public final class EscapeSourceException extends RuntimeException {

    private final int line;
    private final int col;
    private final boolean unsupported;

    private EscapeSourceException(int line, int col, boolean unsupported, String message) {
        super(line + ":" + col + ": " + (unsupported ? "unsupported: " : "") + message);
        this.line = line;
        this.col = col;
        this.unsupported = unsupported;
    }

    /** Code Go would reject. */
    static EscapeSourceException error(int line, int col, String message) {
        return new EscapeSourceException(line, col, false, message);
    }

    /** An error on {@code at}, at its start as types2 reports it (an expression's leftmost token). */
    static EscapeSourceException error(Ast.Node at, String message) {
        Ast.Pos p = at instanceof Ast.Expr e ? Ast.Pos.start(e) : Ast.Pos.of(at);
        return error(p.line(), p.col(), message);
    }

    /** Valid Go outside the subset. */
    static EscapeSourceException unsupported(int line, int col, String construct) {
        return new EscapeSourceException(line, col, true, construct);
    }

    static EscapeSourceException unsupported(Ast.Node at, String construct) {
        return unsupported(at.line, at.col, construct);
    }

    public int line() {
        return line;
    }

    public int col() {
        return col;
    }

    public boolean unsupported() {
        return unsupported;
    }
}
