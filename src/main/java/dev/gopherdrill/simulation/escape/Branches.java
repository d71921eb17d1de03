package dev.gopherdrill.simulation.escape;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import dev.gopherdrill.simulation.escape.Ast.*;

/**
 * The check Go's parser makes of one function body (syntax/branches.go, run for every
 * function and function literal as its body is parsed): labels defined once and used,
 * {@code break}/{@code continue} inside something they can leave, labelled ones naming an
 * enclosing statement of the right kind, {@code goto} to a label of the function that is not
 * inside a block the goto is outside of and not past a variable declaration, and
 * {@code fallthrough} only at the end of a case that has a next one. Go reports them with
 * the type errors, sorted by position, so the caller keeps them until type checking is done.
 *
 * <p>Three of Go's messages name a second position with the file name
 * ({@code label L already defined at ./main.go:3:1}, {@code goto L jumps into block starting
 * at ...}, {@code goto L jumps over declaration of x at ...}); the analyzer does not know the
 * file's name, so it refuses those programs instead of printing a different line.
 */
final class Branches {

    private final List<EscapeSourceException> errors = new ArrayList<>();
    private final Map<String, Label> labels = new HashMap<>();

    /** One label declaration: the block it is in and whether anything names it. */
    private static final class Label {
        final Block parent;
        final Labeled stmt;
        boolean used;

        Label(Block parent, Labeled stmt) {
            this.parent = parent;
            this.stmt = stmt;
        }
    }

    /** A block of the walk: its enclosing block and the labelled statement it belongs to. */
    private record Block(Block parent, Labeled labeled) {
    }

    /** What an unlabelled break or continue leaves; {@code caseIndex} is the case of the innermost switch. */
    private record Targets(Stmt breaks, Stmt continues, int caseIndex, int caseCount) {
    }

    private Branches() {
    }

    static List<EscapeSourceException> check(Ast.Block body) {
        Branches ls = new Branches();
        List<Branch> fwd = ls.block(null, new Targets(null, null, -1, 0), null, body.stmts);
        for (Branch g : fwd) {
            Label l = ls.labels.get(g.label.name);
            if (l != null) {
                l.used = true;
                ls.refuse(g.label, "goto into a block (Go names the block's position in the file)");
            } else {
                ls.error(g.label, "label " + g.label.name + " not defined");
            }
        }
        for (Label l : ls.labels.values()) {
            if (!l.used) {
                ls.error(l.stmt.label, "label " + l.stmt.label.name + " defined and not used");
            }
        }
        return ls.errors;
    }

    private void error(Node at, String message) {
        errors.add(EscapeSourceException.error(at.line, at.col, message));
    }

    private void refuse(Node at, String construct) {
        errors.add(EscapeSourceException.unsupported(at.line, at.col, construct));
    }

    /** blockBranches: returns the forward gotos whose label is not (yet) found in this block. */
    private List<Branch> block(Block parent, Targets ctxt, Labeled lstmt, List<Stmt> body) {
        Block b = new Block(parent, lstmt);
        List<Branch> fwdGotos = new ArrayList<>();
        List<Branch> badGotos = new ArrayList<>();
        int end = body.size();
        while (end > 0 && body.get(end - 1) instanceof Empty) {
            end--;
        }
        for (int i = 0; i < end; i++) {
            Stmt s = body.get(i);
            Labeled labeled = null;
            while (s instanceof Labeled l) {
                if (!l.label.name.equals("_")) {
                    Label decl = declare(b, l);
                    for (var it = fwdGotos.iterator(); it.hasNext(); ) {
                        Branch g = it.next();
                        if (g.label.name.equals(l.label.name)) {
                            decl.used = true;
                            if (badGotos.contains(g)) {
                                refuse(g.label, "goto over a variable declaration (Go names the declaration's position in the file)");
                            }
                            it.remove();
                        }
                    }
                    labeled = l;
                }
                s = l.stmt;
            }
            Labeled inner = labeled;
            if (declaresVar(s)) {
                badGotos.clear();
                badGotos.addAll(fwdGotos);
            } else if (s instanceof Branch br) {
                branch(br, b, ctxt, i, end, fwdGotos);
            } else if (s instanceof Ast.Block blk) {
                fwdGotos.addAll(block(b, new Targets(ctxt.breaks, ctxt.continues, -1, 0), inner, blk.stmts));
            } else if (s instanceof If f) {
                Targets t = new Targets(ctxt.breaks, ctxt.continues, -1, 0);
                fwdGotos.addAll(block(b, t, inner, f.then.stmts));
                if (f.otherwise != null) {
                    fwdGotos.addAll(block(b, t, inner, List.of(f.otherwise)));
                }
            } else if (s instanceof For f) {
                fwdGotos.addAll(block(b, new Targets(f, f, -1, 0), inner, f.body.stmts));
            } else if (s instanceof Range r) {
                fwdGotos.addAll(block(b, new Targets(r, r, -1, 0), inner, r.body.stmts));
            } else if (s instanceof Switch sw) {
                for (int c = 0; c < sw.cases.size(); c++) {
                    fwdGotos.addAll(block(b, new Targets(sw, ctxt.continues, c, sw.cases.size()), inner,
                            sw.cases.get(c).body));
                }
            }
        }
        return fwdGotos;
    }

    /** A var declaration or a short variable declaration (what recordVarDecl sees). */
    private static boolean declaresVar(Stmt s) {
        return s instanceof VarDecl || s instanceof Assign a && a.op.equals(":=")
                || s instanceof DeclGroup g && g.decls.stream().anyMatch(d -> d instanceof VarDecl);
    }

    private void branch(Branch s, Block b, Targets ctxt, int index, int count, List<Branch> fwdGotos) {
        if (s.label == null) {
            switch (s.keyword) {
                case "break" -> {
                    if (ctxt.breaks == null) {
                        error(s, "break is not in a loop, switch, or select");
                    }
                }
                case "continue" -> {
                    if (ctxt.continues == null) {
                        error(s, "continue is not in a loop");
                    }
                }
                default -> {
                    if (!(ctxt.breaks instanceof Switch) || ctxt.caseIndex < 0 || index + 1 < count) {
                        error(s, "fallthrough statement out of place");
                    } else if (ctxt.caseIndex + 1 == ctxt.caseCount) {
                        error(s, "cannot fallthrough final case in switch");
                    }
                }
            }
            return;
        }
        String name = s.label.name;
        switch (s.keyword) {
            case "break", "continue" -> {
                Label l = labels.get(name);
                if (l == null) {
                    error(s.label, s.keyword + " label not defined: " + name);
                    return;
                }
                l.used = true;
                boolean encloses = false;
                for (Block x = b; x != null; x = x.parent) {
                    encloses |= x.labeled == l.stmt;
                }
                Stmt target = l.stmt.stmt;
                boolean ok = encloses && (target instanceof For || target instanceof Range
                        || s.keyword.equals("break") && target instanceof Switch);
                if (!ok) {
                    error(s.label, "invalid " + s.keyword + " label " + name);
                }
            }
            default -> {
                Label l = labels.get(name);
                boolean backward = false;
                if (l != null) {
                    l.used = true;
                    for (Block x = b; x != null; x = x.parent) {
                        backward |= l.parent == x;
                    }
                }
                if (!backward) {
                    fwdGotos.add(s);
                }
            }
        }
    }

    private Label declare(Block b, Labeled s) {
        Label alt = labels.get(s.label.name);
        if (alt != null) {
            refuse(s.label, "label defined twice (Go names the first definition's position in the file)");
            return alt;
        }
        Label l = new Label(b, s);
        labels.put(s.label.name, l);
        return l;
    }
}
