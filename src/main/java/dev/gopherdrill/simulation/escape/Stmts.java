package dev.gopherdrill.simulation.escape;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import dev.gopherdrill.simulation.escape.Ast.*;

/** The statements of the walk (stmt.go): each statement's assignments and the loop depth they happen at. */
final class Stmts {

    private final Escape e;
    private final Graph g;

    Stmts(Escape e) {
        this.e = e;
        this.g = e.graph;
    }

    void block(List<Stmt> l) {
        int old = g.loopDepth;
        for (Stmt s : l) {
            stmt(s);
        }
        g.loopDepth = old;
    }

    private void stmt(Stmt n) {
        if (n == null) {
            return;
        }
        if (n instanceof Block b) {
            for (Stmt s : b.stmts) {
                stmt(s);
            }
        } else if (n instanceof DeclGroup dg) {
            for (Stmt s : dg.decls) {
                stmt(s);
            }
        } else if (n instanceof Empty || n instanceof Branch || n instanceof ConstDecl || n instanceof LocalTypes) {
            return;
        } else if (n instanceof Labeled l) {
            // irgen makes "L: s" a block of the label and s, which does not restore the depth
            if (e.looping.contains(l.label.name)) {
                g.loopDepth++;
            }
            stmt(l.stmt);
        } else if (n instanceof VarDecl d) {
            for (Var v : d.vars) {
                dcl(v);
            }
            if (!d.values.isEmpty()) {
                List<Expr> dsts = new ArrayList<>();
                for (int i = 0; i < d.vars.size(); i++) {
                    dsts.add(d.names.get(i));
                }
                if (d.values.size() == 1 && d.vars.size() > 1) {
                    as2(dsts, d.values.get(0), d);
                } else {
                    e.assigns.assignList(dsts, d.values, "assign", d);
                }
            }
        } else if (n instanceof If s) {
            stmt(s.init);
            e.exprs.discard(s.cond);
            block(s.then.stmts);
            if (s.otherwise instanceof Block b) {
                block(b.stmts);
            } else if (s.otherwise != null) {
                block(List.of(s.otherwise));
            }
        } else if (n instanceof For s) {
            stmt(s.init);
            g.loopDepth++;
            e.exprs.discard(s.cond);
            stmt(s.post);
            block(s.body.stmts);
            g.loopDepth--;
        } else if (n instanceof Range s) {
            rangeStmt(s);
        } else if (n instanceof Switch s) {
            stmt(s.init);
            e.exprs.discard(s.tag);
            for (Case c : s.cases) {
                for (Expr x : c.exprs) {
                    e.exprs.discard(x);
                }
                block(c.body);
            }
        } else if (n instanceof Send s) {
            e.exprs.discard(s.ch);
            e.exprs.expr(g.heapHole().note("sent on a channel" + Graph.at(s)), s.value);
        } else if (n instanceof Assign a) {
            assignStmt(a);
        } else if (n instanceof Return r) {
            List<Expr> dsts = new ArrayList<>();
            for (Var v : g.curfn.results) {
                dsts.add(Ident.of(v));
            }
            if (r.results.size() == 1 && g.curfn.results.size() > 1) {
                as2func(dsts, (Call) r.results.get(0), r);
            } else {
                e.assigns.assignList(dsts, r.results, "return", r);
            }
        } else if (n instanceof ExprStmt es) {
            Expr x = es.x;
            if (x instanceof Call c) {
                e.calls.call(null, c);
            } else if (x instanceof Unary u && u.op.equals("<-")) {
                e.exprs.discard(u.x);
            } else {
                e.exprs.discard(x);
            }
        } else if (n instanceof GoDefer gd) {
            e.calls.goDeferStmt(gd);
        } else {
            throw new IllegalStateException("unexpected statement " + n.getClass().getSimpleName());
        }
    }

    private void rangeStmt(Range n) {
        Location tmp = g.newTemp(false);
        e.exprs.expr(Graph.holeOf(tmp), n.x);
        g.loopDepth++;
        List<Hole> ks = e.assigns.addrs(Arrays.asList(n.key, n.value));
        GoType xt = n.x.type.underlying();
        if (xt instanceof GoType.Array) {
            g.flow(ks.get(1).note("range" + Graph.at(n)), tmp);
        } else {
            g.flow(ks.get(1).deref("range element" + Graph.at(n)), tmp);
        }
        e.assigns.reassigned(ks, n);
        block(n.body.stmts);
        g.loopDepth--;
    }

    private void assignStmt(Assign a) {
        if (a.op.equals("=") || a.op.equals(":=")) {
            if (a.op.equals(":=")) {
                for (Var v : a.declared) {
                    dcl(v);
                }
            }
            if (a.rhs.size() == 1 && a.lhs.size() > 1) {
                as2(a.lhs, a.rhs.get(0), a);
            } else {
                e.assigns.assignList(a.lhs, a.rhs, a.lhs.size() > 1 ? "assign-pair" : "assign", a);
            }
        } else {
            e.assigns.assignList(a.lhs, List.of(a.rhs.get(0)), "assign", a);
        }
    }

    private void as2(List<Expr> lhs, Expr rhs, Stmt where) {
        if (rhs instanceof Call c) {
            as2func(lhs, c, where);
        } else {
            e.assigns.assignList(lhs, List.of(rhs), "assign-pair-comma-ok", where);
        }
    }

    private void as2func(List<Expr> lhs, Call c, Stmt where) {
        List<Hole> ks = e.assigns.addrs(lhs);
        e.calls.call(ks, c);
        e.assigns.reassigned(ks, where);
    }

    /** A declaration puts the variable at the loop depth of its statement. */
    private void dcl(Var v) {
        g.oldLoc(v).loopDepth = g.loopDepth;
    }
}
