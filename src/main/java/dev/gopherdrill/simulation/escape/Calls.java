package dev.gopherdrill.simulation.escape;

import java.util.ArrayList;
import java.util.List;

import dev.gopherdrill.simulation.escape.Ast.*;

/**
 * The calls of the walk (call.go): arguments flow into the callee's parameter tags (or,
 * inside the batch, its parameter locations), builtins by their own rules, and go/defer
 * arguments through the temporaries of the wrapper closure the compiler makes.
 */
final class Calls {

    private final Escape e;
    private final Graph g;

    Calls(Escape e) {
        this.e = e;
        this.g = e.graph;
    }

    void builtin(List<Hole> ks, Call c) {
        switch (c.builtin) {
            case "len", "cap", "close", "print", "println", "recover" -> {
                for (Expr a : c.args) {
                    e.exprs.discard(a);
                }
            }
            case "new" -> g.spill(ks.get(0), c);
            case "make" -> {
                GoType t = c.typeArg.underlying();
                if (t instanceof GoType.Slice || t instanceof GoType.MapT) {
                    g.spill(ks.get(0), c);
                }
                for (int i = 1; i < c.args.size(); i++) {
                    e.exprs.discard(c.args.get(i));
                }
            }
            case "append" -> {
                Expr s0 = c.args.get(0);
                Hole appendeeK = ks.get(0);
                GoType elem = ((GoType.Slice) s0.type.underlying()).elem;
                if (elem.hasPointers()) {
                    appendeeK = g.teeHole(List.of(appendeeK, g.heapHole().deref("appendee slice")));
                }
                e.exprs.expr(appendeeK.note("call parameter"), s0);
                if (c.ellipsis) {
                    Hole appendedK = g.discardHole();
                    if (c.args.get(1).type.underlying() instanceof GoType.Slice sl && sl.elem.hasPointers()) {
                        appendedK = g.heapHole().deref("appended slice...");
                    }
                    e.exprs.expr(appendedK.note("call parameter"), c.args.get(1));
                } else {
                    for (int i = 1; i < c.args.size(); i++) {
                        e.exprs.expr(g.heapHole().note("call parameter"), c.args.get(i));
                    }
                }
            }
            case "copy" -> {
                e.exprs.expr(g.discardHole().note("call parameter"), c.args.get(0));
                Hole copiedK = g.discardHole();
                if (c.args.get(1).type.underlying() instanceof GoType.Slice sl && sl.elem.hasPointers()) {
                    copiedK = g.heapHole().deref("copied slice");
                }
                e.exprs.expr(copiedK.note("call parameter"), c.args.get(1));
            }
            case "delete" -> {
                for (Expr a : c.args) {
                    e.exprs.expr(g.discardHole().note("call parameter"), a);
                }
            }
            case "panic" -> e.exprs.expr(g.heapHole().note("call parameter"), c.args.get(0));
            default -> throw new IllegalStateException("builtin " + c.builtin);
        }
    }

    private static Func staticCallee(Call c) {
        if (c.target != null) {
            return c.target;
        }
        Expr x = c.fun;
        if (x instanceof FuncLit f) {
            return f.fn;
        }
        if (x instanceof Ident id && id.obj instanceof Var v) {
            Expr rhs = StaticValue.of(v);
            if (rhs instanceof FuncLit f) {
                return f.fn;
            }
            if (rhs instanceof Ident fid && fid.obj instanceof Func fn) {
                return fn;
            }
        }
        return null;
    }

    void call(List<Hole> ks, Call c) {
        if (c.kind == CallKind.BUILTIN) {
            builtin(ks == null ? List.of(g.discardHole()) : ks, c);
            return;
        }
        if (c.kind == CallKind.CONVERSION) {
            e.exprs.conversion(ks == null ? g.discardHole() : ks.get(0), c);
            return;
        }
        callCommon(ks, c, null);
    }

    /** Arguments of a call in evaluation order: the receiver first for method calls. */
    private void callCommon(List<Hole> ks, Call c, Func wrapper) {
        if (c.fun instanceof FuncLit f) {
            f.fn.closureCalled = true;
        }
        Func fn = c.kind == CallKind.INTERFACE_METHOD ? null : staticCallee(c);
        if (ks != null && fn != null && e.inMutualBatch(fn)) {
            for (int i = 0; i < fn.results.size(); i++) {
                e.exprs.expr(ks.get(i), Ident.of(fn.results.get(i)));
            }
        }
        int param = 0;
        if (c.kind == CallKind.FUNC) {
            argument(g.discardHole(), c, -1, wrapper);
        } else if (c.kind == CallKind.METHOD || c.kind == CallKind.INTERFACE_METHOD) {
            argument(tagHole(ks, fn, 0), c, -1, wrapper);
            param = 1;
        }
        for (int i = 0; i < c.args.size(); i++) {
            argument(tagHole(ks, fn, param + i), c, i, wrapper);
        }
    }

    /** Evaluates argument i of c (-1: the callee or receiver) into k, through a go/defer wrapper's temporary if any. */
    private void argument(Hole k, Call c, int i, Func wrapper) {
        Expr arg = i < 0 ? calleeOrReceiver(c) : c.args.get(i);
        if (arg == null) {
            return;
        }
        if (wrapper != null) {
            if (arg instanceof CompositeLit lit && lit.implicit) {
                for (Element el : lit.elements) {
                    el.value = wrapArg(el.value, wrapper);
                }
            } else {
                arg = wrapArg(arg, wrapper);
                if (i < 0) {
                    setCalleeOrReceiver(c, arg);
                } else {
                    c.args.set(i, arg);
                }
            }
        }
        e.exprs.expr(k.note("argument of the call" + Graph.at(c)), arg);
    }

    private static Expr calleeOrReceiver(Call c) {
        if (c.kind == CallKind.FUNC) {
            return c.fun;
        }
        if (c.kind == CallKind.METHOD || c.kind == CallKind.INTERFACE_METHOD) {
            return ((Selector) c.fun).x;
        }
        return null;
    }

    private static void setCalleeOrReceiver(Call c, Expr x) {
        if (c.kind == CallKind.FUNC) {
            c.fun = x;
        } else {
            ((Selector) c.fun).x = x;
        }
    }

    /** rewriteArgument + wrapExpr: a go/defer argument is evaluated now into a temporary the wrapper captures. */
    private Expr wrapArg(Expr arg, Func wrapper) {
        if (arg.constant != null || arg instanceof BasicLit || arg instanceof Ident id
                && (id.obj instanceof Func || "nil".equals(id.name) && id.obj == null)) {
            return arg;
        }
        Var tmp = new Var(".autotmp", arg.line, arg.col, arg.type, VarKind.LOCAL, g.curfn);
        Location loc = g.newLoc(tmp);
        e.exprs.expr(Graph.holeOf(loc).note("assign"), arg);
        loc.captured = true;
        wrapper.closureVars.add(tmp);
        return Ident.of(tmp);
    }

    Hole tagHole(List<Hole> ks, Func fn, int param) {
        if (fn == null) {
            return g.heapHole();
        }
        if (e.inMutualBatch(fn)) {
            List<Var> all = new ArrayList<>(fn.params);
            return Graph.holeOf(g.oldLoc(all.get(param)));
        }
        Leaks esc = fn.tags[Math.min(param, fn.tags.length - 1)];
        List<Hole> tagKs = new ArrayList<>();
        int x = esc.get(0);
        if (x >= 0) {
            tagKs.add(g.heapHole().shift(x));
        }
        if (ks != null) {
            for (int i = 0; i < Leaks.NUM_ESC_RESULTS && i < ks.size(); i++) {
                int r = esc.get(1 + i);
                if (r >= 0) {
                    tagKs.add(ks.get(i).shift(r));
                }
            }
        }
        return g.teeHole(tagKs);
    }

    void goDeferStmt(GoDefer n) {
        Hole k = g.heapHole().note((n.isGo ? "go statement" : "defer in a loop") + Graph.at(n));
        if (!n.isGo && g.loopDepth == 1) {
            k = g.later(g.discardHole());
        }
        Call c = n.call;
        if (c.kind == CallKind.FUNC && c.fun.type.underlying() instanceof GoType.Func sig && sig.params.isEmpty()
                && sig.results.isEmpty()) {
            e.exprs.expr(k, c.fun);
            return;
        }
        Func wrapper = new Func(g.curfn.name + ".gowrap", g.curfn);
        if (c.kind == CallKind.BUILTIN || c.kind == CallKind.CONVERSION) {
            for (int i = 0; i < c.args.size(); i++) {
                Expr a = c.args.get(i);
                if (!(a instanceof TypeOperand)) {
                    c.args.set(i, wrapArg(a, wrapper));
                }
            }
            call(null, c);
        } else {
            callCommon(null, c, wrapper);
        }
        Location clo = g.newTemp(true);
        g.flow(k.addr("spill"), clo);
        e.closures.add(new Escape.Closure(Graph.holeOf(clo), wrapper));
    }
}
