package dev.gopherdrill.simulation.escape;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import dev.gopherdrill.simulation.escape.Ast.*;

/**
 * Escape analysis as cmd/compile/internal/escape does it in Go 1.19, walking the checked
 * syntax tree where the compiler walks its IR.
 *
 * <p>Every variable and every allocating expression (new, &T{...}, make of a slice or
 * map, slice and map literals, closures, method values, interface conversions that box,
 * string conversions and concatenations) is a {@link Location}. Assignments become
 * directed edges between locations, weighted by {@code derefs}: the number of
 * dereferences applied to the source on the way ({@code -1} = its address is taken,
 * {@code 0} = its value is copied, {@code 1} = what it points to is copied). A
 * {@link Hole} is the destination side of an edge while an expression is being walked
 * ({@code k.addr()} for &, {@code k.deref()} for *, {@code spill} for an allocation).
 * Three sinks decide: the heap location (globals, channel sends, unknown calls, go
 * statements), each function's result variables, and locations at a shallower loop
 * depth. After the whole batch (a strongly connected component of the call graph,
 * visited bottom-up as ir.VisitFuncsBottomUp does, closures with their enclosing
 * function) is walked, {@link #walkAll} computes, from every location, the minimum
 * derefs to every location that flows into it (a Bellman-Ford style walk: negative
 * derefs are clamped to 0 because addresses of addresses are still just pointers); a
 * location whose address reaches a location that {@link #outlives} it escapes, and a
 * parameter reaching a sink {@code leaks} (to the heap or to result i, with the derefs
 * level). {@link #finish} prints in the compiler's order: the parameter tags of each
 * function of the batch, then every location in creation order.
 *
 * <p>Invariants: derefs ≥ -1 on every edge; a location that escapes never stops
 * escaping; the walk is re-run for a location whenever it newly escapes or stops
 * being transient, so the fixed point does not depend on the order.
 *
 * <p>Simplified: no inlining (the analysis answers for {@code -l}); no
 * select, type switches, unsafe or reflect; functions of other packages are the
 * documented summaries in {@link Stdlib}.
 */
final class Escape {

    static final long MAX_STACK_VAR_SIZE = 10L * 1024 * 1024; // ir.MaxStackVarSize
    static final long MAX_IMPLICIT_STACK_VAR_SIZE = 64L * 1024; // ir.MaxImplicitStackVarSize
    static final int NUM_ESC_RESULTS = 7; // escape.numEscResults
    static final int TAGGED = 3; // escFuncTagged

    /** escape.leaks: derefs+1 per sink (0 = no leak), index 0 the heap, 1.. the results. */
    static final class Leaks {
        final int[] l = new int[1 + NUM_ESC_RESULTS];

        static Leaks none() {
            return new Leaks();
        }

        static Leaks heap() {
            Leaks x = new Leaks();
            x.add(0, 0);
            return x;
        }

        static Leaks content() {
            Leaks x = new Leaks();
            x.add(0, 1);
            return x;
        }

        static Leaks toResult0(int derefs) {
            Leaks x = new Leaks();
            x.add(1, derefs);
            return x;
        }

        int get(int i) {
            return l[i] - 1;
        }

        void add(int i, int derefs) {
            int old = get(i);
            if (old < 0 || derefs < old) {
                l[i] = Math.min(derefs + 1, 255);
            }
        }

        boolean empty() {
            return Arrays.stream(l).allMatch(v -> v == 0);
        }

        /** leaks.Optimize: a result leak no shallower than the heap leak is implied by it. */
        void optimize() {
            int x = get(0);
            if (x >= 0) {
                for (int i = 1; i < l.length; i++) {
                    if (get(i) >= x) {
                        l[i] = 0;
                    }
                }
            }
        }

        /** Encode/parseLeaks round trip: a full heap leak is stored as the empty tag, read back as heap-only. */
        Leaks encoded() {
            return get(0) == 0 ? heap() : this;
        }
    }

    static final class Location {
        final Object n; // Var or Expr, or null for temporaries
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

        Location(Object n, Func curfn, int loopDepth, boolean transient_) {
            this.n = n;
            this.curfn = curfn;
            this.loopDepth = loopDepth;
            this.transient_ = transient_;
        }

        boolean isParam() {
            return n instanceof Var v && v.kind == VarKind.PARAM;
        }

        boolean isResult() {
            return n instanceof Var v && v.kind == VarKind.RESULT;
        }
    }

    record Edge(Location src, int derefs, String note) {
    }

    record Hole(Location dst, int derefs, String note, boolean addrtaken) {
        Hole shift(int delta) {
            return new Hole(dst, derefs + delta, note, delta < 0);
        }

        /** Notes accumulate from the statement inwards: "return at 6:2, address-of at 6:9". */
        Hole note(String why) {
            return new Hole(dst, derefs, note == null ? why : note + ", " + why, addrtaken);
        }

        Hole deref(String why) {
            return shift(1).note(why);
        }

        Hole addr(String why) {
            return shift(-1).note(why);
        }
    }

    private final List<Location> allLocs = new ArrayList<>();
    private final Location heapLoc = new Location(null, null, 0, false);
    private final Location blankLoc = new Location(null, null, 0, false);
    private final List<Object[]> closures = new ArrayList<>();
    private final List<Diagnostic> out;
    private final Map<Var, Location> varLocs = new HashMap<>();

    private Func curfn;
    private int loopDepth;
    /** The current function's labels that a later goto jumps back to. */
    private Set<String> looping = Set.of();

    private Escape(List<Diagnostic> out) {
        this.out = out;
        heapLoc.escapes = true;
    }

    /** escape.Batch for one strongly connected component. */
    static void batch(List<Func> fns, List<Diagnostic> out) {
        Escape b = new Escape(out);
        for (Func fn : fns) {
            b.initFunc(fn);
        }
        for (Func fn : fns) {
            if (!fn.isClosure()) {
                b.walkFunc(fn);
            }
        }
        for (Object[] c : b.closures) {
            b.flowClosure((Hole) c[0], (Func) c[1]);
        }
        b.closures.clear();
        for (Location loc : new ArrayList<>(b.allLocs)) {
            String why = b.heapAllocReason(loc);
            if (!why.isEmpty()) {
                b.flow(b.heapHole().addr(why + " (" + b.sizeNote(loc) + ")"), loc);
            }
        }
        b.walkAll();
        b.finish(fns);
    }

    // ---- graph construction (graph.go)

    private Hole heapHole() {
        return new Hole(heapLoc, 0, null, false);
    }

    private Hole discardHole() {
        return new Hole(blankLoc, 0, null, false);
    }

    private static Hole holeOf(Location l) {
        return new Hole(l, 0, null, false);
    }

    private Location newLoc(Object n, boolean transient_) {
        Location loc = new Location(n, curfn, loopDepth, transient_);
        allLocs.add(loc);
        if (n instanceof Var v) {
            varLocs.put(v, loc);
            v.loc = loc;
        }
        return loc;
    }

    private Location oldLoc(Var v) {
        Location l = varLocs.get(v);
        if (l == null) {
            throw new IllegalStateException(v.name + " has no location");
        }
        return l;
    }

    private void flow(Hole k, Location src) {
        if (k.addrtaken) {
            src.addrtaken = true;
        }
        Location dst = k.dst;
        if (dst == blankLoc) {
            return;
        }
        if (dst == src && k.derefs >= 0) {
            return;
        }
        if (dst.escapes && k.derefs < 0) {
            if (!src.escapes) {
                src.why.add(describe(src) + " flows to " + describe(dst) + " by address"
                        + (k.note != null ? " (" + k.note + ")" : ""));
                src.why.add(outlivesReason(dst, src));
            }
            src.escapes = true;
            return;
        }
        dst.edges.add(new Edge(src, k.derefs, k.note));
    }

    private Hole teeHole(List<Hole> ks) {
        if (ks.isEmpty()) {
            return discardHole();
        }
        if (ks.size() == 1) {
            return ks.get(0);
        }
        Location loc = newLoc(null, true);
        for (Hole k : ks) {
            flow(k, loc);
        }
        return holeOf(loc);
    }

    private Hole later(Hole k) {
        Location loc = newLoc(null, false);
        flow(k, loc);
        return holeOf(loc);
    }

    private static String at(Node n) {
        return " at " + n.line + ":" + n.col;
    }

    private Hole spill(Hole k, Expr n) {
        Location loc = newLoc(n, true);
        flow(k.addr("allocated" + at(n)), loc);
        return holeOf(loc);
    }

    // ---- functions (escape.go)

    private void initFunc(Func fn) {
        curfn = fn;
        loopDepth = 1;
        fn.escState = 1;
        for (Var v : fn.params) {
            newLoc(v, false);
        }
        int i = 1;
        for (Var v : fn.results) {
            newLoc(v, false).resultIndex = i++;
        }
        for (Var v : fn.dcl) {
            newLoc(v, false);
        }
    }

    private void walkFunc(Func fn) {
        Func saveFn = curfn;
        int saveDepth = loopDepth;
        Set<String> saveLooping = looping;
        curfn = fn;
        loopDepth = 1;
        looping = loopingLabels(fn.body);
        fn.escState = 2;
        block(fn.body.stmts);
        curfn = saveFn;
        loopDepth = saveDepth;
        looping = saveLooping;
    }

    /**
     * walkFunc's label scan: a label with a goto after it (in source order, closures apart) is
     * the head of an unstructured loop, and what follows it, to the end of the enclosing block,
     * is one loop level deeper.
     */
    private static Set<String> loopingLabels(Block body) {
        Set<String> seen = new HashSet<>();
        Set<String> looping = new HashSet<>();
        Devirtualize.Walk.nodes(body, n -> {
            if (n instanceof Labeled l && !l.label.name.equals("_")) {
                seen.add(l.label.name);
            } else if (n instanceof Branch b && b.keyword.equals("goto") && seen.contains(b.label.name)) {
                looping.add(b.label.name);
            }
        }, e -> { }, false);
        return looping;
    }

    private void flowClosure(Hole k, Func clo) {
        for (Var cv : clo.closureVars) {
            Location loc = oldLoc(cv);
            boolean byval = !loc.addrtaken && !loc.reassigned && cv.type.size() <= 128;
            Hole kk = k;
            if (!byval) {
                kk = kk.addr("reference");
            }
            String where = clo.lit != null ? at(clo.lit) : "";
            flow(kk.note("captured by the closure" + where + (byval ? " by value" : " by reference")), loc);
        }
    }

    boolean inMutualBatch(Func fn) {
        return fn != null && fn.escState < TAGGED && fn.escState > 0;
    }

    // ---- statements (stmt.go)

    private void block(List<Stmt> l) {
        int old = loopDepth;
        for (Stmt s : l) {
            stmt(s);
        }
        loopDepth = old;
    }

    private void stmt(Stmt n) {
        if (n == null) {
            return;
        }
        if (n instanceof Block b) {
            for (Stmt s : b.stmts) {
                stmt(s);
            }
        } else if (n instanceof DeclGroup g) {
            for (Stmt s : g.decls) {
                stmt(s);
            }
        } else if (n instanceof Empty || n instanceof Branch || n instanceof ConstDecl || n instanceof LocalTypes) {
            return;
        } else if (n instanceof Labeled l) {
            // irgen makes "L: s" a block of the label and s, which does not restore the depth
            if (looping.contains(l.label.name)) {
                loopDepth++;
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
                    assignList(dsts, d.values, "assign", d);
                }
            }
        } else if (n instanceof If s) {
            stmt(s.init);
            discard(s.cond);
            block(s.then.stmts);
            if (s.otherwise instanceof Block b) {
                block(b.stmts);
            } else if (s.otherwise != null) {
                block(List.of(s.otherwise));
            }
        } else if (n instanceof For s) {
            stmt(s.init);
            loopDepth++;
            discard(s.cond);
            stmt(s.post);
            block(s.body.stmts);
            loopDepth--;
        } else if (n instanceof Range s) {
            rangeStmt(s);
        } else if (n instanceof Switch s) {
            stmt(s.init);
            discard(s.tag);
            for (Case c : s.cases) {
                for (Expr e : c.exprs) {
                    discard(e);
                }
                block(c.body);
            }
        } else if (n instanceof Send s) {
            discard(s.ch);
            expr(heapHole().note("sent on a channel" + at(s)), s.value);
        } else if (n instanceof Assign a) {
            assignStmt(a);
        } else if (n instanceof Return r) {
            List<Expr> dsts = new ArrayList<>();
            for (Var v : curfn.results) {
                dsts.add(VarRef.of(v));
            }
            if (r.results.size() == 1 && curfn.results.size() > 1) {
                as2func(dsts, (Call) r.results.get(0), r);
            } else {
                assignList(dsts, r.results, "return", r);
            }
        } else if (n instanceof ExprStmt es) {
            Expr x = es.x;
            if (x instanceof Call c) {
                call(null, c);
            } else if (x instanceof Unary u && u.op.equals("<-")) {
                discard(u.x);
            } else {
                discard(x);
            }
        } else if (n instanceof GoDefer g) {
            goDeferStmt(g);
        } else {
            throw new IllegalStateException("unexpected statement " + n.getClass().getSimpleName());
        }
    }

    /** A reference to a variable the checker did not write in the source (results of a bare return). */
    static final class VarRef {
        private VarRef() {
        }

        static Ident of(Var v) {
            Ident id = new Ident(v.line, v.col, v.name);
            id.obj = v;
            id.type = v.type;
            return id;
        }
    }

    private void rangeStmt(Range n) {
        Location tmp = newLoc(null, false);
        expr(holeOf(tmp), n.x);
        loopDepth++;
        List<Hole> ks = addrs(Arrays.asList(n.key, n.value));
        GoType xt = n.x.type.underlying();
        if (xt instanceof GoType.Array) {
            flow(ks.get(1).note("range" + at(n)), tmp);
        } else {
            flow(ks.get(1).deref("range element" + at(n)), tmp);
        }
        reassigned(ks, n);
        block(n.body.stmts);
        loopDepth--;
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
                assignList(a.lhs, a.rhs, a.lhs.size() > 1 ? "assign-pair" : "assign", a);
            }
        } else {
            assignList(a.lhs, List.of(a.rhs.get(0)), "assign", a);
        }
    }

    private void as2(List<Expr> lhs, Expr rhs, Object where) {
        if (rhs instanceof Call c) {
            as2func(lhs, c, where);
        } else {
            assignList(lhs, List.of(rhs), "assign-pair-comma-ok", where);
        }
    }

    private void as2func(List<Expr> lhs, Call c, Object where) {
        List<Hole> ks = addrs(lhs);
        call(ks, c);
        reassigned(ks, where);
    }

    private Hole dcl(Var v) {
        Location loc = oldLoc(v);
        loc.loopDepth = loopDepth;
        return holeOf(loc);
    }

    // ---- assignments (assign.go)

    private Hole addr(Expr n) {
        if (n == null || n instanceof Ident id && id.name.equals("_")) {
            return discardHole();
        }
        Hole k = heapHole();
        if (n instanceof Ident id) {
            if (id.obj instanceof Var v && v.kind != VarKind.GLOBAL) {
                k = holeOf(oldLoc(v));
            }
        } else if (n instanceof Selector s) {
            if (s.kind == SelKind.FIELD) {
                k = addr(s.x);
            } else {
                discard(n);
            }
        } else if (n instanceof Index ix) {
            GoType xt = ix.x.type.underlying();
            if (xt instanceof GoType.MapT) {
                discard(ix.x);
                expr(heapHole().note("key of map put"), ix.index);
            } else {
                discard(ix.index);
                if (xt instanceof GoType.Array) {
                    k = addr(ix.x);
                } else {
                    discard(ix.x);
                }
            }
        } else if (n instanceof Unary u && u.op.equals("*")) {
            discard(n);
        } else {
            throw new IllegalStateException("unexpected addr: " + n.getClass().getSimpleName());
        }
        return k;
    }

    private List<Hole> addrs(List<Expr> l) {
        List<Hole> ks = new ArrayList<>();
        for (Expr n : l) {
            ks.add(addr(n));
        }
        return ks;
    }

    private void assignList(List<Expr> dsts, List<Expr> srcs, String why, Object where) {
        List<Hole> ks = addrs(dsts);
        for (int i = 0; i < ks.size(); i++) {
            Hole k = ks.get(i);
            Expr src = i < srcs.size() ? srcs.get(i) : null;
            Expr dst = dsts.get(i);
            if (src != null && dst != null && SelfAssign.isSelfAssign(dst, src)) {
                Node w = (Node) where;
                emit(w.line, w.col, curfn.name + " ignoring self-assignment in " + Printer.stmt(where),
                        List.of("assigning " + Printer.print(dst) + " to itself cannot create a new pointer"));
                k = discardHole();
            }
            expr(k.note(why + at((Node) where)), src);
        }
        reassigned(ks, where);
    }

    private void reassigned(List<Hole> ks, Object where) {
        for (Hole k : ks) {
            Location loc = k.dst;
            if (loc.n instanceof Var v && v.defn == where && !(where instanceof Range)) {
                continue;
            }
            loc.reassigned = true;
        }
    }

    // ---- expressions (expr.go)

    private void discard(Expr n) {
        expr(discardHole(), n);
    }

    private void expr(Hole k, Expr n) {
        if (n == null) {
            return;
        }
        if (k.derefs >= 0 && !(n.type instanceof GoType.Basic b && b.untyped()) && n.type != null
                && !n.type.hasPointers()) {
            k = new Hole(blankLoc, k.derefs, k.note, k.addrtaken);
        }
        if (n.constant != null) {
            return;
        }
        if (n instanceof Ident id) {
            if (id.obj instanceof Var v && v.kind != VarKind.GLOBAL) {
                flow(k, oldLoc(v));
            }
        } else if (n instanceof BasicLit || n instanceof TypeOperand) {
            return;
        } else if (n instanceof Unary u) {
            switch (u.op) {
                case "&" -> {
                    if (u.x instanceof CompositeLit lit && !u.implicit) {
                        expr(spill(k, u), lit);
                    } else {
                        expr(k.addr("address-of" + at(u)), u.x);
                    }
                }
                case "*" -> expr(k.deref("indirection" + at(u)), u.x);
                default -> discard(u.x);
            }
        } else if (n instanceof Binary b) {
            if (b.op.equals("+") && b.type.underlying() instanceof GoType.Basic bt && bt.isString()) {
                spill(k, b);
                for (Expr operand : SelfAssign.addStrOperands(b)) {
                    discard(operand);
                }
            } else {
                discard(b.x);
                discard(b.y);
            }
        } else if (n instanceof Selector s) {
            switch (s.kind) {
                case FIELD -> expr(k.note("dot"), s.x);
                case FIELD_PTR -> expr(k.deref("dot of pointer"), s.x);
                case METHOD_VALUE -> methodValue(k, s);
                default -> {
                }
            }
        } else if (n instanceof Index ix) {
            GoType xt = ix.x.type.underlying();
            if (xt instanceof GoType.MapT) {
                discard(ix.x);
                discard(ix.index);
            } else {
                if (xt instanceof GoType.Array) {
                    expr(k.note("fixed-array-index-of"), ix.x);
                } else {
                    expr(k.deref("dot of pointer"), ix.x);
                }
                discard(ix.index);
            }
        } else if (n instanceof SliceExpr s) {
            expr(k.note("slice"), s.x);
            discard(s.lo);
            discard(s.hi);
            discard(s.max);
        } else if (n instanceof TypeAssert ta) {
            if (!ta.type.isInterface() && !ta.type.isDirectIface()) {
                k = k.shift(1);
            }
            expr(k.note("dot"), ta.x);
        } else if (n instanceof ConvIface c) {
            if (!c.x.type.isInterface() && !c.x.type.isDirectIface()) {
                k = spill(k, c);
            }
            expr(k.note("interface-converted"), c.x);
        } else if (n instanceof CompositeLit lit) {
            compositeLit(k, lit);
        } else if (n instanceof FuncLit f) {
            closure(k, f);
        } else if (n instanceof Call c) {
            callExpr(k, c);
        } else {
            throw new IllegalStateException("unexpected expr " + n.getClass().getSimpleName());
        }
    }

    private void compositeLit(Hole k, CompositeLit lit) {
        GoType t = lit.type.underlying();
        if (t instanceof GoType.Struct || t instanceof GoType.Array) {
            for (Element e : lit.elements) {
                expr(k.note(t instanceof GoType.Struct ? "struct literal element" : "array literal element"),
                        e.value);
            }
        } else if (t instanceof GoType.Slice) {
            k = spill(k, lit);
            for (Element e : lit.elements) {
                expr(k.note("slice-literal-element"), e.value);
            }
        } else {
            spill(k, lit);
            for (Element e : lit.elements) {
                expr(heapHole().note("map literal key"), e.key);
                expr(heapHole().note("map literal value"), e.value);
            }
        }
    }

    private void closure(Hole k, FuncLit f) {
        k = spill(k, f);
        closures.add(new Object[] {k, f.fn});
        for (Var cv : f.fn.closureVars) {
            Location loc = oldLoc(cv);
            if (!loc.captured) {
                loc.captured = true;
                if (loc.loopDepth == loopDepth) {
                    loc.reassigned = false;
                }
            }
        }
        walkFunc(f.fn);
    }

    private void methodValue(Hole k, Selector s) {
        Hole closureK = spill(k, s);
        Func m = s.method.fn();
        List<Hole> ks = new ArrayList<>();
        for (int i = m.sig.results.size(); i > 0; i--) {
            ks.add(heapHole());
        }
        Hole paramK = tagHole(ks, m, 0);
        expr(teeHole(List.of(paramK, closureK)), s.x);
    }

    private void callExpr(Hole k, Call c) {
        switch (c.kind) {
            case CONVERSION -> conversion(k, c);
            case BUILTIN -> builtin(List.of(k), c);
            default -> call(List.of(k), c);
        }
    }

    private void conversion(Hole k, Call c) {
        Expr x = c.args.get(0);
        GoType to = c.type.underlying();
        GoType from = x.type.underlying();
        if (c.type.isInterface()) {
            if (!x.type.isInterface() && !x.type.isDirectIface()) {
                k = spill(k, c);
            }
            expr(k.note("interface-converted"), x);
        } else if (to instanceof GoType.Slice && from instanceof GoType.Basic fb && fb.isString()
                || to instanceof GoType.Basic tb && tb.isString() && (from instanceof GoType.Slice
                || from instanceof GoType.Basic ib && ib.isInteger())) {
            spill(k, c);
            discard(x);
        } else if (to instanceof GoType.UnsafePointer && from instanceof GoType.Basic) {
            unsafeValue(k, x);
        } else {
            expr(k, x);
        }
    }

    /**
     * unsafeValue: the pointers a uintptr expression was computed from, so that
     * {@code unsafe.Pointer(uintptr(unsafe.Pointer(&x)) + 1)} still holds the address of x.
     * Unlike expr it does not drop the hole for the pointer-free uintptr type.
     */
    private void unsafeValue(Hole k, Expr n) {
        if (n.constant != null) {
            return;
        }
        if (n instanceof Call c && c.kind == CallKind.CONVERSION) {
            Expr x = c.args.get(0);
            if (x.type.underlying() instanceof GoType.UnsafePointer) {
                expr(k, x);
            } else {
                discard(x);
            }
        } else if (n instanceof Unary u && (u.op.equals("+") || u.op.equals("-") || u.op.equals("^"))) {
            unsafeValue(k, u.x);
        } else if (n instanceof Binary b && List.of("+", "-", "|", "^", "*", "/", "%", "&", "&^").contains(b.op)) {
            unsafeValue(k, b.x);
            unsafeValue(k, b.y);
        } else if (n instanceof Binary b && (b.op.equals("<<") || b.op.equals(">>"))) {
            unsafeValue(k, b.x);
            discard(b.y);
        } else {
            discard(n);
        }
    }

    private void builtin(List<Hole> ks, Call c) {
        switch (c.builtin) {
            case "len", "cap", "close", "print", "println", "recover" -> {
                for (Expr a : c.args) {
                    discard(a);
                }
            }
            case "new" -> spill(ks.get(0), c);
            case "make" -> {
                GoType t = c.typeArg.underlying();
                if (t instanceof GoType.Slice || t instanceof GoType.MapT) {
                    spill(ks.get(0), c);
                }
                for (int i = 1; i < c.args.size(); i++) {
                    discard(c.args.get(i));
                }
            }
            case "append" -> {
                Expr s0 = c.args.get(0);
                Hole appendeeK = ks.get(0);
                GoType elem = ((GoType.Slice) s0.type.underlying()).elem;
                if (elem.hasPointers()) {
                    appendeeK = teeHole(List.of(appendeeK, heapHole().deref("appendee slice")));
                }
                expr(appendeeK.note("call parameter"), s0);
                if (c.ellipsis) {
                    Hole appendedK = discardHole();
                    if (c.args.get(1).type.underlying() instanceof GoType.Slice sl && sl.elem.hasPointers()) {
                        appendedK = heapHole().deref("appended slice...");
                    }
                    expr(appendedK.note("call parameter"), c.args.get(1));
                } else {
                    for (int i = 1; i < c.args.size(); i++) {
                        expr(heapHole().note("call parameter"), c.args.get(i));
                    }
                }
            }
            case "copy" -> {
                expr(discardHole().note("call parameter"), c.args.get(0));
                Hole copiedK = discardHole();
                if (c.args.get(1).type.underlying() instanceof GoType.Slice sl && sl.elem.hasPointers()) {
                    copiedK = heapHole().deref("copied slice");
                }
                expr(copiedK.note("call parameter"), c.args.get(1));
            }
            case "delete" -> {
                for (Expr a : c.args) {
                    expr(discardHole().note("call parameter"), a);
                }
            }
            case "panic" -> expr(heapHole().note("call parameter"), c.args.get(0));
            default -> throw new IllegalStateException("builtin " + c.builtin);
        }
    }

    // ---- calls (call.go)

    private Func staticCallee(Call c) {
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
            builtin(ks == null ? List.of(discardHole()) : ks, c);
            return;
        }
        if (c.kind == CallKind.CONVERSION) {
            conversion(ks == null ? discardHole() : ks.get(0), c);
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
        if (ks != null && fn != null && inMutualBatch(fn)) {
            for (int i = 0; i < fn.results.size(); i++) {
                expr(ks.get(i), VarRef.of(fn.results.get(i)));
            }
        }
        int param = 0;
        if (c.kind == CallKind.FUNC) {
            argument(discardHole(), c, -1, wrapper);
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
                for (Element e : lit.elements) {
                    e.value = wrapArg(e.value, wrapper);
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
        expr(k.note("argument of the call" + at(c)), arg);
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
        Var tmp = new Var(".autotmp", arg.line, arg.col, arg.type, VarKind.LOCAL, curfn);
        tmp.defn = tmp;
        Location loc = newLoc(tmp, false);
        expr(holeOf(loc).note("assign"), arg);
        loc.captured = true;
        wrapper.closureVars.add(tmp);
        return VarRef.of(tmp);
    }

    private Hole tagHole(List<Hole> ks, Func fn, int param) {
        if (fn == null) {
            return heapHole();
        }
        if (inMutualBatch(fn)) {
            List<Var> all = new ArrayList<>(fn.params);
            return holeOf(oldLoc(all.get(param)));
        }
        Leaks esc = fn.tags[Math.min(param, fn.tags.length - 1)];
        List<Hole> tagKs = new ArrayList<>();
        int x = esc.get(0);
        if (x >= 0) {
            tagKs.add(heapHole().shift(x));
        }
        if (ks != null) {
            for (int i = 0; i < NUM_ESC_RESULTS && i < ks.size(); i++) {
                int r = esc.get(1 + i);
                if (r >= 0) {
                    tagKs.add(ks.get(i).shift(r));
                }
            }
        }
        return teeHole(tagKs);
    }

    private void goDeferStmt(GoDefer n) {
        Hole k = heapHole().note((n.isGo ? "go statement" : "defer in a loop") + at(n));
        if (!n.isGo && loopDepth == 1) {
            k = later(discardHole());
        }
        Call c = n.call;
        if (c.kind == CallKind.FUNC && c.fun.type.underlying() instanceof GoType.Func sig && sig.params.isEmpty()
                && sig.results.isEmpty()) {
            expr(k, c.fun);
            return;
        }
        Func wrapper = new Func(curfn.name + ".gowrap", curfn);
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
        Location clo = newLoc(null, true);
        flow(k.addr("spill"), clo);
        closures.add(new Object[] {holeOf(clo), wrapper});
    }

    // ---- solve.go

    private void walkAll() {
        ArrayDeque<Location> todo = new ArrayDeque<>();
        for (Location loc : allLocs) {
            enqueue(todo, loc);
        }
        enqueue(todo, heapLoc);
        int walkgen = 0;
        while (!todo.isEmpty()) {
            Location root = todo.pollLast();
            root.queued = false;
            walkgen++;
            walkOne(root, walkgen, todo);
        }
    }

    private static void enqueue(ArrayDeque<Location> todo, Location loc) {
        if (!loc.queued) {
            todo.addLast(loc);
            loc.queued = true;
        }
    }

    private void walkOne(Location root, int walkgen, ArrayDeque<Location> queue) {
        root.walkgen = walkgen;
        root.derefs = 0;
        root.dst = null;
        ArrayDeque<Location> todo = new ArrayDeque<>();
        todo.addLast(root);
        while (!todo.isEmpty()) {
            Location l = todo.pollLast();
            int derefs = l.derefs;
            boolean addressOf = derefs < 0;
            if (addressOf) {
                derefs = 0;
                if (!root.transient_ && l.transient_) {
                    l.transient_ = false;
                    enqueue(queue, l);
                }
            }
            if (outlives(root, l)) {
                if (l.isParam()) {
                    if (!l.escapes && l.why.size() < 12) {
                        l.why.addAll(explainPath(root, l, derefs));
                    }
                    leakTo(l, root, derefs);
                }
                if (addressOf && !l.escapes) {
                    l.why.clear();
                    l.why.addAll(explainPath(root, l, -1));
                    l.escapes = true;
                    enqueue(queue, l);
                    continue;
                }
            }
            for (int i = 0; i < l.edges.size(); i++) {
                Edge edge = l.edges.get(i);
                if (edge.src.escapes) {
                    continue;
                }
                int d = derefs + edge.derefs;
                if (edge.src.walkgen != walkgen || edge.src.derefs > d) {
                    edge.src.walkgen = walkgen;
                    edge.src.derefs = d;
                    edge.src.dst = l;
                    edge.src.dstEdgeIdx = i;
                    todo.addLast(edge.src);
                }
            }
        }
    }

    private void leakTo(Location l, Location sink, int derefs) {
        if (!sink.escapes && sink.isResult() && sink.curfn == l.curfn) {
            int ri = sink.resultIndex - 1;
            if (ri < NUM_ESC_RESULTS) {
                l.paramEsc.add(1 + ri, derefs);
                return;
            }
        }
        l.paramEsc.add(0, derefs);
    }

    private boolean outlives(Location l, Location other) {
        if (l.escapes) {
            return true;
        }
        if (l.isResult()) {
            return !(containsClosure(other.curfn, l.curfn) && l.curfn.closureCalled);
        }
        if (l.curfn == other.curfn && l.loopDepth < other.loopDepth) {
            return true;
        }
        return containsClosure(l.curfn, other.curfn);
    }

    /** Whether c is a closure nested (at any depth) inside f. */
    private static boolean containsClosure(Func f, Func c) {
        if (f == null || c == null || f == c) {
            return false;
        }
        for (Func o = c.outer; o != null; o = o.outer) {
            if (o == f) {
                return true;
            }
        }
        return false;
    }

    // ---- explanations (the -m=2 "flow:" lines, in words)

    /**
     * The chain the walk followed from src to root, in words (what -m=2 prints as "flow:"
     * lines), ending with why root outlives src.
     */
    private List<String> explainPath(Location root, Location src, int derefs) {
        List<String> steps = new ArrayList<>();
        java.util.Set<Location> visited = new java.util.HashSet<>();
        Location cur = src;
        while (cur != root && cur.dst != null && visited.add(cur)) {
            Location dst = cur.dst;
            Edge e = dst.edges.get(cur.dstEdgeIdx);
            String how = e.derefs < 0 ? " by address" : e.derefs == 0 ? "" : e.derefs == 1
                    ? " through one dereference" : " through " + e.derefs + " dereferences";
            steps.add(describe(cur) + " flows to " + describe(dst) + how + (e.note != null ? " (" + e.note + ")" : ""));
            cur = dst;
        }
        steps.add(outlivesReason(root, src));
        return steps;
    }

    private String outlivesReason(Location root, Location l) {
        if (root == heapLoc) {
            return "the heap outlives every stack frame";
        }
        if (root.escapes) {
            return describe(root) + " is itself on the heap";
        }
        if (root.isResult()) {
            return describe(root) + " is a result of " + root.curfn.name + ": it outlives the call";
        }
        if (root.curfn == l.curfn && root.loopDepth < l.loopDepth) {
            return describe(root) + " is declared outside the loop " + describe(l) + " lives in, so it outlives one iteration";
        }
        return describe(root) + " belongs to " + root.curfn.name + ", which outlives the closure " + l.curfn.name;
    }

    private String describe(Location l) {
        if (l == heapLoc) {
            return "the heap";
        }
        if (l.n == null) {
            return "a temporary";
        }
        if (l.n instanceof Var v) {
            return v.name.equals(".autotmp") ? "the go/defer argument temporary" : v.name;
        }
        return "the storage of " + Printer.print((Expr) l.n);
    }

    // ---- utils.go

    private String sizeNote(Location loc) {
        if (loc.n instanceof Var v) {
            return v.type + " is " + v.type.size() + " bytes > MaxStackVarSize " + MAX_STACK_VAR_SIZE;
        }
        Expr e = (Expr) loc.n;
        if (e instanceof Call c && "make".equals(c.builtin)) {
            Expr r = c.args.size() > 2 ? c.args.get(2) : c.args.get(1);
            if (!(r.constant instanceof java.math.BigInteger v)) {
                return "the size " + Printer.print(r) + " is not a constant";
            }
            long es = ((GoType.Slice) c.typeArg.underlying()).elem.size();
            return v + " elements of " + es + " bytes > MaxImplicitStackVarSize " + MAX_IMPLICIT_STACK_VAR_SIZE;
        }
        if (e.type.underlying() instanceof GoType.Pointer p) {
            return p.elem + " is " + p.elem.size() + " bytes > MaxImplicitStackVarSize " + MAX_IMPLICIT_STACK_VAR_SIZE;
        }
        return e.type + " is " + e.type.size() + " bytes";
    }

    private String heapAllocReason(Location loc) {
        Object n = loc.n;
        if (n == null) {
            return "";
        }
        if (n instanceof Var v) {
            if (v.kind == VarKind.PARAM || v.kind == VarKind.RESULT) {
                return "";
            }
            return v.type.size() > MAX_STACK_VAR_SIZE ? "too large for stack" : "";
        }
        Expr e = (Expr) n;
        if (e.type.size() > MAX_STACK_VAR_SIZE) {
            return "too large for stack";
        }
        if (e instanceof Call c && "new".equals(c.builtin) || e instanceof Unary u && u.op.equals("&")) {
            GoType elem = ((GoType.Pointer) e.type.underlying()).elem;
            if (elem.size() > MAX_IMPLICIT_STACK_VAR_SIZE) {
                return "too large for stack";
            }
        }
        if (e instanceof Selector s && s.kind == SelKind.METHOD_VALUE
                && 8 + s.x.type.size() > MAX_IMPLICIT_STACK_VAR_SIZE) {
            return "too large for stack";
        }
        if (e instanceof Call c && "make".equals(c.builtin) && c.typeArg.underlying() instanceof GoType.Slice sl) {
            Expr r = c.args.size() > 2 ? c.args.get(2) : c.args.get(1);
            if (!(r.constant instanceof java.math.BigInteger v) || v.bitLength() > 31) {
                return "non-constant size";
            }
            long es = sl.elem.size();
            if (es != 0 && v.longValue() > MAX_IMPLICIT_STACK_VAR_SIZE / es) {
                return "too large for stack";
            }
        }
        return "";
    }

    // ---- output (escape.go finish + paramTag)

    private void finish(List<Func> fns) {
        for (Func fn : fns) {
            fn.escState = TAGGED;
            List<Leaks> tags = new ArrayList<>();
            for (Var p : fn.params) {
                tags.add(paramTag(fn, p));
            }
            fn.tags = tags.toArray(new Leaks[0]);
        }
        for (Location loc : allLocs) {
            if (loc.n == null) {
                continue;
            }
            if (loc.n instanceof Var v) {
                if (loc.escapes) {
                    if (v.name.equals(".autotmp")) {
                        throw EscapeSourceException.unsupported(v.line, v.col,
                                "go/defer argument larger than 128 bytes (the compiler moves its temporary to the heap)");
                    }
                    emit(v.line, v.col, "moved to heap: " + v.name, verdict(loc.why, v.name + " moved to heap"));
                }
                continue;
            }
            Expr e = (Expr) loc.n;
            int[] pos = {e.line, e.col};
            if (loc.escapes) {
                emit(pos[0], pos[1], Printer.print(e) + " escapes to heap",
                        verdict(loc.why, Printer.print(e) + " escapes to heap"));
            } else {
                emit(pos[0], pos[1], Printer.print(e) + " does not escape",
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
        Location loc = oldLoc(p);
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
                emit(p.line, p.col, m, verdict(loc.why, m));
            }
            for (int i = 0; i < NUM_ESC_RESULTS; i++) {
                int r = esc.get(1 + i);
                if (r >= 0) {
                    Var res = fn.results.get(i);
                    String m = "leaking param: " + p.name + " to result " + res.name + " level=" + r;
                    emit(p.line, p.col, m, verdict(loc.why, m));
                }
            }
        }
        return esc.encoded();
    }

    private static List<String> verdict(List<String> why, String conclusion) {
        List<String> out = new ArrayList<>(why);
        if (out.isEmpty()) {
            out.add(conclusion);
        } else {
            out.set(out.size() - 1, out.get(out.size() - 1) + " → " + conclusion);
        }
        return out;
    }

    private void emit(int line, int col, String message, List<String> why) {
        out.add(new Diagnostic(line, col, message, why));
    }
}
