package dev.gopherdrill.simulation.escape;

import java.util.ArrayList;
import java.util.List;

import dev.gopherdrill.simulation.escape.Ast.Expr;
import dev.gopherdrill.simulation.escape.Ast.Ident;
import dev.gopherdrill.simulation.escape.Ast.Index;
import dev.gopherdrill.simulation.escape.Ast.Range;
import dev.gopherdrill.simulation.escape.Ast.SelKind;
import dev.gopherdrill.simulation.escape.Ast.Selector;
import dev.gopherdrill.simulation.escape.Ast.Stmt;
import dev.gopherdrill.simulation.escape.Ast.Unary;
import dev.gopherdrill.simulation.escape.Ast.Var;
import dev.gopherdrill.simulation.escape.Ast.VarKind;

/** The assignments of the walk (assign.go): the hole an assignment's left side offers its right side. */
final class Assigns {

    private final Escape e;
    private final Graph g;

    Assigns(Escape e) {
        this.e = e;
        this.g = e.graph;
    }

    private Hole addr(Expr n) {
        if (n == null || n instanceof Ident id && id.name.equals("_")) {
            return g.discardHole();
        }
        Hole k = g.heapHole();
        if (n instanceof Ident id) {
            if (id.obj instanceof Var v && v.kind != VarKind.GLOBAL) {
                k = Graph.holeOf(g.oldLoc(v));
            }
        } else if (n instanceof Selector s) {
            if (s.kind == SelKind.FIELD) {
                k = addr(s.x);
            } else {
                e.exprs.discard(n);
            }
        } else if (n instanceof Index ix) {
            GoType xt = ix.x.type.underlying();
            if (xt instanceof GoType.MapT) {
                e.exprs.discard(ix.x);
                e.exprs.expr(g.heapHole().note("key of map put"), ix.index);
            } else {
                e.exprs.discard(ix.index);
                if (xt instanceof GoType.Array) {
                    k = addr(ix.x);
                } else {
                    e.exprs.discard(ix.x);
                }
            }
        } else if (n instanceof Unary u && u.op.equals("*")) {
            e.exprs.discard(n);
        } else {
            throw new IllegalStateException("unexpected addr: " + n.getClass().getSimpleName());
        }
        return k;
    }

    List<Hole> addrs(List<Expr> l) {
        List<Hole> ks = new ArrayList<>();
        for (Expr n : l) {
            ks.add(addr(n));
        }
        return ks;
    }

    void assignList(List<Expr> dsts, List<Expr> srcs, String why, Stmt where) {
        List<Hole> ks = addrs(dsts);
        for (int i = 0; i < ks.size(); i++) {
            Hole k = ks.get(i);
            Expr src = i < srcs.size() ? srcs.get(i) : null;
            Expr dst = dsts.get(i);
            if (src != null && dst != null && SelfAssign.isSelfAssign(dst, src)) {
                e.report.emit(where.line, where.col, g.curfn.name + " ignoring self-assignment in " + Printer.stmt(where),
                        List.of("assigning " + Printer.print(dst) + " to itself cannot create a new pointer"));
                k = g.discardHole();
            }
            e.exprs.expr(k.note(why + Graph.at(where)), src);
        }
        reassigned(ks, where);
    }

    void reassigned(List<Hole> ks, Stmt where) {
        for (Hole k : ks) {
            Location loc = k.dst();
            if (loc.var != null && loc.var.defn == where && !(where instanceof Range)) {
                continue;
            }
            loc.reassigned = true;
        }
    }
}
