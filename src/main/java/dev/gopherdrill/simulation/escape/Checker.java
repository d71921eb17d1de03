package dev.gopherdrill.simulation.escape;

import static dev.gopherdrill.simulation.escape.Assignability.assign;
import static dev.gopherdrill.simulation.escape.Assignability.assignable;
import static dev.gopherdrill.simulation.escape.Assignability.convertUntyped;
import static dev.gopherdrill.simulation.escape.Assignability.defaultType;
import static dev.gopherdrill.simulation.escape.Assignability.implementsIface;
import static dev.gopherdrill.simulation.escape.Assignability.missingMethod;
import static dev.gopherdrill.simulation.escape.Constants.representable;
import static dev.gopherdrill.simulation.escape.EscapeSourceException.error;
import static dev.gopherdrill.simulation.escape.EscapeSourceException.unsupported;

import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import dev.gopherdrill.simulation.escape.Ast.*;

/**
 * Resolves names, computes types and constant values, and rejects what Go rejects
 * (undefined names, unused variables and imports, mismatched types, missing returns),
 * so the analysis never answers for a program the compiler would not build. It also
 * rewrites the tree the way typecheck does before escape analysis runs: implicit
 * conversions to interface types become {@link ConvIface} nodes at the position the
 * compiler gives them, a variadic call's extra arguments are packed into an implicit
 * {@code ... argument} slice literal, and method receivers get their implicit
 * {@code &} or {@code *}.
 *
 * <p>Conversion positions (measured on Go 1.19.8, the compiler's irgen quirks): a call
 * argument that is a plain name is converted at the call's {@code (}, any other argument
 * at its own position; in {@code a, b = x, y} every conversion is at the first token of
 * the last left-hand side; in {@code var a, b I = x, y} at the first token of the last
 * right-hand side; in returns, sends and literal elements at the value's own position
 * (a keyed element at its colon).
 *
 * <p>As in types2, the rules the walk applies are in their own files: the predeclared
 * names ({@link Universe}), the builtin functions ({@link Builtins}), constant folding
 * ({@link Constants}), assignability and implicit conversions ({@link Assignability}) and
 * explicit conversions ({@link Conversions}); this class resolves names and walks
 * declarations, statements and expressions.
 */
final class Checker {

    /** The checked file: its functions and methods in declaration order. */
    record Program(List<Func> funcs) {
    }

    private final Stdlib std = new Stdlib();
    private final Builtins builtins = new Builtins(this);
    private final Scope pkgScope = new Scope(Universe.scope());
    private final Map<String, Import> imports = new LinkedHashMap<>();
    private final Set<String> usedImports = new HashSet<>();
    private final List<Func> funcs = new ArrayList<>();
    private final Map<FuncDecl, Func> declFuncs = new HashMap<>();
    private Func curFn;
    private Scope scope;
    private int iota = -1;

    private Checker() {
        scope = pkgScope;
    }

    static Program check(File file) {
        Checker c = new Checker();
        c.file(file);
        return new Program(c.funcs);
    }

    // ---- declarations

    private void file(File f) {
        for (Import im : f.imports()) {
            if (!Stdlib.PACKAGES.contains(im.path())) {
                throw EscapeSourceException.unsupported(im.line(), im.col(), "import of \"" + im.path() + "\"");
            }
            // the import's name in the file is the path's last element (sync/atomic is atomic)
            String name = im.path().substring(im.path().lastIndexOf('/') + 1);
            if (imports.containsKey(name)) {
                throw EscapeSourceException.error(im.line(), im.col(), im.path() + " redeclared in this block");
            }
            imports.put(name, im);
        }
        for (Node d : f.decls()) {
            if (d instanceof ConstDecl cd) {
                cd.names.forEach(n -> laterConsts.putIfAbsent(n.name, cd));
            }
        }
        List<TypeDecl> types = new ArrayList<>();
        for (Node d : f.decls()) {
            if (d instanceof TypeDecl td) {
                GoType.Named n = new GoType.Named(null, td.name.name);
                declare(pkgScope, td.name, new TypeName(td.name.name, n));
                typeDecls.put(n, Pos.of(td.name));
                types.add(td);
            }
        }
        for (TypeDecl td : types) {
            GoType.Named n = (GoType.Named) ((TypeName) pkgScope.names.get(td.name.name)).type();
            n.underlying = resolveType(td.type);
        }
        for (TypeDecl td : types) {
            GoType.Named n = (GoType.Named) ((TypeName) pkgScope.names.get(td.name.name)).type();
            checkRecursive(n, new LinkedHashSet<>());
        }
        for (Node d : f.decls()) {
            if (d instanceof ConstDecl cd) {
                packageConst(cd);
            }
        }
        for (Node d : f.decls()) {
            if (d instanceof FuncDecl fd) {
                declareFunc(fd);
            }
        }
        for (Node d : f.decls()) {
            if (d instanceof VarDecl vd) {
                vd.names.forEach(n -> pendingGlobals.add(n.name));
            }
        }
        for (Node d : f.decls()) {
            if (d instanceof VarDecl vd) {
                globalVar(vd);
            }
        }
        if (f.pkg().equals("main") && !(pkgScope.names.get("main") instanceof Func)) {
            throw error(1, 1, "function main is undeclared in the main package");
        }
        for (Node d : f.decls()) {
            if (d instanceof FuncDecl fd) {
                funcBody(fd);
            }
        }
        if (!initFn.body.stmts.isEmpty()) {
            funcs.add(initFn);
        }
        for (Map.Entry<String, Import> e : imports.entrySet()) {
            Import im = e.getValue();
            if (!usedImports.contains(e.getKey())) {
                throw EscapeSourceException.error(im.line(), im.col(), "imported and not used: \"" + im.path() + "\"");
            }
        }
    }

    private final Func initFn = initFunc();
    private final Set<String> pendingGlobals = new HashSet<>();

    private static Func initFunc() {
        Func f = new Func("init", null);
        f.body = new Block(0, 0, new ArrayList<>(), 0, 0);
        f.sig = new GoType.Func(List.of(), List.of(), false);
        return f;
    }

    /** staticinit.StaticAssign, for the forms the subset allows. */
    private static boolean isStatic(Expr e) {
        if (e.constant != null || e instanceof Ident id && "nil".equals(id.name) && id.obj instanceof Builtin) {
            return true;
        }
        if (e instanceof Unary u && u.op.equals("&") && u.x instanceof CompositeLit lit) {
            return isStatic(lit);
        }
        if (e instanceof CompositeLit lit && !(lit.type.underlying() instanceof GoType.MapT)) {
            return lit.elements.stream().allMatch(el -> isStatic(el.value));
        }
        return false;
    }

    private static boolean isDynamicInit(Expr e) {
        if (e instanceof CompositeLit lit && lit.type.underlying() instanceof GoType.MapT) {
            return lit.elements.stream().allMatch(el -> isStatic(el.key) && isStatic(el.value));
        }
        if (e instanceof Call c) {
            if (c.kind == CallKind.BUILTIN) {
                return (c.builtin.equals("make") || c.builtin.equals("new"))
                        && c.args.stream().skip(1).allMatch(a -> a.constant != null);
            }
            if (c.kind == CallKind.FUNC && c.target != null || c.kind == CallKind.STDLIB) {
                return c.args.stream().allMatch(a -> a.constant != null
                        || a instanceof CompositeLit lit && lit.implicit && lit.elements.stream()
                                .allMatch(el -> el.value instanceof ConvIface ci && ci.x.constant != null));
            }
        }
        return false;
    }

    /** Where each type of the file is declared, for the cycle an invalid recursive type lists. */
    private final Map<GoType.Named, Pos> typeDecls = new HashMap<>();

    /**
     * A type that contains itself (not through a pointer, slice, map, chan or func) is types2's
     * cycle error: at the cycle's type declared first in the source, then each type of the cycle
     * on a line of its own ("T refers to"), back to the first.
     */
    private void checkRecursive(GoType t, Set<GoType.Named> path) {
        if (t instanceof GoType.Named n) {
            if (n.pkg != null) {
                return;
            }
            if (!path.add(n)) {
                List<GoType.Named> cycle = new ArrayList<>(path);
                cycle = cycle.subList(cycle.indexOf(n), cycle.size());
                int first = 0;
                for (int i = 1; i < cycle.size(); i++) {
                    Pos p = typeDecls.get(cycle.get(i));
                    Pos f = typeDecls.get(cycle.get(first));
                    if (p.line() < f.line() || p.line() == f.line() && p.col() < f.col()) {
                        first = i;
                    }
                }
                StringBuilder sb = new StringBuilder("invalid recursive type " + cycle.get(first).name);
                for (int k = 0; k <= cycle.size(); k++) {
                    GoType.Named c = cycle.get((first + k) % cycle.size());
                    Pos p = typeDecls.get(c);
                    sb.append("\n\t").append(p.line()).append(':').append(p.col()).append(": ").append(c.name)
                            .append(k < cycle.size() ? " refers to" : "");
                }
                Pos at = typeDecls.get(cycle.get(first));
                throw error(at.line(), at.col(), sb.toString());
            }
            checkRecursive(n.underlying, path);
            path.remove(n);
        } else if (t instanceof GoType.Array a) {
            checkRecursive(a.elem, path);
        } else if (t instanceof GoType.Struct st) {
            for (GoType.Field f : st.fields) {
                checkRecursive(f.type(), path);
            }
        }
    }

    private void declare(Scope s, Ident id, Entity obj) {
        if (id.name.equals("_")) {
            return;
        }
        if (s.names.containsKey(id.name)) {
            Pos other = s.declaredAt.get(id.name);
            throw error(id, id.name + " redeclared in this block" + (other == null ? ""
                    : "\n\t" + other.line() + ":" + other.col() + ": other declaration of " + id.name));
        }
        if (s == pkgScope && imports.containsKey(id.name)) {
            throw error(id, id.name + " already declared through import of package");
        }
        s.names.put(id.name, obj);
        s.declaredAt.put(id.name, Pos.of(id));
    }

    private void declareFunc(FuncDecl fd) {
        String name = fd.name.name;
        if (fd.recv != null) {
            TypeExpr rt = fd.recv.type();
            name = rt instanceof PointerTypeExpr p && p.elem instanceof NamedTypeExpr n ? "(*" + n.name + ")." + name
                    : rt instanceof NamedTypeExpr n ? n.name + "." + name : name;
        }
        Func fn = new Func(name, null);
        fn.body = fd.body;
        declFuncs.put(fd, fn);
        fd.fn = fn;
        if (fd.recv != null) {
            GoType rt = resolveType(fd.recv.type());
            boolean ptr = rt instanceof GoType.Pointer;
            GoType base = ptr ? ((GoType.Pointer) rt).elem : rt;
            if (!(base instanceof GoType.Named named) || named.pkg != null) {
                throw error(fd.recv.type(), "cannot define new methods on non-local type " + base);
            }
            if (named.underlying() instanceof GoType.Interface || named.underlying() instanceof GoType.Pointer) {
                throw error(fd.recv.type(), "invalid receiver type " + rt);
            }
            if (named.methods.containsKey(fd.name.name)) {
                Func first = named.methods.get(fd.name.name).fn();
                String other = declFuncs.entrySet().stream().filter(e -> e.getValue() == first).findFirst()
                        .map(e -> "\n\t" + e.getKey().name.line + ":" + e.getKey().name.col + ": other declaration of "
                                + fd.name.name).orElse("");
                throw error(fd.name, named.name + "." + fd.name.name + " redeclared in this block" + other);
            }
            if (named.underlying() instanceof GoType.Struct st && st.index(fd.name.name) >= 0) {
                throw error(fd.name, "field and method with the same name " + fd.name.name);
            }
            Ident rn = fd.recv.names().isEmpty() ? null : fd.recv.names().get(0);
            Node at = rn != null ? rn : fd.recv.type();
            fn.params.add(new Var(rn == null ? "" : rn.name, at.line, at.col, rt, VarKind.PARAM, fn));
            named.methods.put(fd.name.name, new Method(fd.name.name, fn, ptr, named));
        } else {
            if (fd.name.name.equals("init") || fd.name.name.equals("main")) {
                if (!fd.sig.params.isEmpty() || !fd.sig.results.isEmpty()) {
                    throw error(fd.name, "func " + fd.name.name + " must have no arguments and no return values");
                }
            }
            if (fd.name.name.equals("init")) {
                throw unsupported(fd.name, "init function");
            }
            declare(pkgScope, fd.name, fn);
        }
        signature(fn, fd.sig);
        funcs.add(fn);
    }

    private void signature(Func fn, FuncTypeExpr sig) {
        List<GoType> ps = new ArrayList<>();
        boolean variadic = false;
        for (ParamDecl pd : sig.params) {
            GoType t = paramType(pd);
            variadic = pd.variadic();
            if (pd.names().isEmpty()) {
                fn.params.add(new Var("", pd.type().line, pd.type().col, t, VarKind.PARAM, fn));
                ps.add(t);
            }
            for (Ident id : pd.names()) {
                fn.params.add(new Var(id.name, id.line, id.col, t, VarKind.PARAM, fn));
                ps.add(t);
            }
        }
        List<GoType> rs = new ArrayList<>();
        for (ParamDecl pd : sig.results) {
            GoType t = resolveType(pd.type());
            if (pd.names().isEmpty()) {
                fn.results.add(new Var("~r" + rs.size(), pd.type().line, pd.type().col, t, VarKind.RESULT, fn));
                rs.add(t);
            }
            for (Ident id : pd.names()) {
                String name = id.name.equals("_") ? "~b" + rs.size() : id.name;
                fn.results.add(new Var(name, id.line, id.col, t, VarKind.RESULT, fn));
                rs.add(t);
            }
        }
        fn.sig = new GoType.Func(ps, rs, variadic);
    }

    /**
     * A package-level variable. Initialisers the linker can lay out statically (constants,
     * literals of constants, {@code &T{...}} of those) generate no code; the others become
     * assignments in the package's init function, which the compiler analyses after every
     * other function (pkginit.Task appends it last), so their diagnostics come last.
     */
    private void globalVar(VarDecl vd) {
        GoType t = vd.type == null ? null : resolveType(vd.type);
        if (!vd.values.isEmpty()) {
            if (vd.values.size() != vd.names.size()) {
                throw assignMismatch(vd.names.size(), vd.values, vd.values.size());
            }
            for (int i = 0; i < vd.values.size(); i++) {
                curFn = initFn;
                Expr v = assignedValue(vd.values, i, vd.names.size());
                curFn = null;
                if (v.type == GoType.UNTYPED_NIL && t == null) {
                    throw error(v, "use of untyped nil in variable declaration");
                }
                GoType vt = t != null ? t : defaultType(v.type);
                Expr checked = t != null ? assign(v, t, v.line, v.col, "variable declaration") : convertUntyped(v, vt);
                if (checked instanceof ConvIface) {
                    throw unsupported(v, "package-level interface variable initialised with a concrete value");
                }
                v = checked;
                Ident id = vd.names.get(i);
                Var var = new Var(id.name, id.line, id.col, vt, VarKind.GLOBAL, null);
                declare(pkgScope, id, var);
                pendingGlobals.remove(id.name);
                if (!isStatic(v)) {
                    if (!isDynamicInit(v)) {
                        throw unsupported(v, "package-level variable initialiser other than a constant, a literal, "
                                + "make, new or a function call");
                    }
                    Ident lhs = new Ident(id.line, id.col, id.name);
                    lhs.obj = var;
                    lhs.type = vt;
                    initFn.body.stmts.add(new Assign(id.line, id.col, new ArrayList<>(List.of(lhs)), "=",
                            new ArrayList<>(List.of(v))));
                }
            }
            return;
        }
        for (Ident id : vd.names) {
            declare(pkgScope, id, new Var(id.name, id.line, id.col, t, VarKind.GLOBAL, null));
        }
    }

    /** Each local type is in scope from its own name on, so it may refer to itself but not to a later one. */
    private void localTypes(LocalTypes lt) {
        for (TypeDecl td : lt.specs) {
            GoType.Named n = new GoType.Named(null, td.name.name);
            declare(scope, td.name, new TypeName(td.name.name, n));
            typeDecls.put(n, Pos.of(td.name));
            n.underlying = resolveType(td.type);
            checkRecursive(n, new LinkedHashSet<>());
        }
    }

    /**
     * Package-level constants, as types2 resolves package objects: in any order, so one may
     * refer to a constant declared after it (also from an array length in a type). Each is
     * checked once, when it is first referred to or else in source order.
     */
    private final Map<String, ConstDecl> laterConsts = new HashMap<>();
    private final Set<ConstDecl> resolvingConsts = new HashSet<>();

    private void packageConst(ConstDecl cd) {
        if (!laterConsts.containsValue(cd)) {
            return;
        }
        if (!resolvingConsts.add(cd)) {
            throw error(cd.names.get(0), "initialization loop for " + cd.names.get(0).name);
        }
        Scope saved = scope;
        scope = pkgScope;
        constDecl(cd, pkgScope);
        scope = saved;
        resolvingConsts.remove(cd);
        laterConsts.values().removeIf(d -> d == cd);
    }

    private void constDecl(ConstDecl cd, Scope s) {
        if (cd.values.size() != cd.names.size()) {
            throw error(cd.names.get(0), cd.values.size() < cd.names.size() ? "missing init expr for const declaration"
                    : "extra init expr");
        }
        GoType t = cd.type == null ? null : resolveType(cd.type);
        int saved = iota;
        iota = cd.iota;
        for (int i = 0; i < cd.names.size(); i++) {
            Expr v = expr(cd.values.get(i));
            if (v.constant == null) {
                throw error(v, Printer.raw(v) + " (value of type " + v.type + ") is not constant");
            }
            GoType ct = v.type;
            if (t != null) {
                if (!(t.underlying() instanceof GoType.Basic)) {
                    throw error(cd.type, "invalid constant type " + t);
                }
                representable(v, t);
                ct = t;
            }
            declare(s, cd.names.get(i), new Const(cd.names.get(i).name, ct, v.constant, v));
        }
        iota = saved;
    }

    // ---- types

    private GoType resolveType(TypeExpr te) {
        if (te instanceof NamedTypeExpr n) {
            if (n.pkg != null) {
                Entity o = scope.lookup(n.pkg);
                if (o != null || !imports.containsKey(n.pkg)) {
                    throw error(n, "undefined: " + n.pkg + "." + n.name);
                }
                usedImports.add(n.pkg);
                GoType t = std.type(n.pkg + "." + n.name);
                if (t == null) {
                    throw unsupported(n, n.pkg + "." + n.name);
                }
                return t;
            }
            Entity o = scope.lookup(n.name);
            if (o == null) {
                throw error(n, "undefined: " + n.name);
            }
            if (!(o instanceof TypeName tn)) {
                throw error(n, (o instanceof Var v ? n.name + " (variable of type " + ErrorText.type(v.type) + ")"
                        : n.name) + " is not a type");
            }
            if (n.name.equals("any")) {
                throw unsupported(n, "any");
            }
            return tn.type();
        }
        if (te instanceof PointerTypeExpr p) {
            return new GoType.Pointer(resolveType(p.elem));
        }
        if (te instanceof SliceTypeExpr s) {
            return new GoType.Slice(resolveType(s.elem));
        }
        if (te instanceof ArrayTypeExpr a) {
            Expr len = expr(a.len);
            if (!(len.constant instanceof Value.Int lv)) {
                throw error(a.len, "array length " + Printer.print(len) + " (value of type " + len.type
                        + ") must be constant");
            }
            BigInteger v = lv.v();
            if (v.signum() < 0) {
                throw error(a.len, "invalid array length " + Printer.print(len));
            }
            if (v.bitLength() > 40) {
                throw unsupported(a.len, "array larger than 2^40 elements");
            }
            return new GoType.Array(v.longValue(), resolveType(a.elem));
        }
        if (te instanceof MapTypeExpr m) {
            GoType k = resolveType(m.key);
            if (!comparable(k)) {
                throw error(m.key, "invalid map key type " + k);
            }
            return new GoType.MapT(k, resolveType(m.value));
        }
        if (te instanceof ChanTypeExpr c) {
            return new GoType.Chan(resolveType(c.elem));
        }
        if (te instanceof StructTypeExpr s) {
            List<GoType.Field> fields = new ArrayList<>();
            Set<String> seen = new HashSet<>();
            for (FieldDecl fd : s.fields) {
                GoType t = resolveType(fd.type());
                for (Ident id : fd.names()) {
                    if (!id.name.equals("_") && !seen.add(id.name)) {
                        throw error(id, id.name + " redeclared");
                    }
                    if (id.name.equals("_")) {
                        throw unsupported(id, "blank struct field");
                    }
                    fields.add(new GoType.Field(id.name, t));
                }
            }
            return new GoType.Struct(fields);
        }
        if (te instanceof InterfaceTypeExpr it) {
            List<GoType.IMethod> ms = new ArrayList<>();
            Set<String> seen = new HashSet<>();
            for (MethodSpec m : it.methods) {
                if (!seen.add(m.name().name)) {
                    throw error(m.name(), "duplicate method " + m.name().name);
                }
                ms.add(new GoType.IMethod(m.name().name, funcType(m.sig())));
            }
            ms.sort((a, b) -> a.name().compareTo(b.name()));
            return new GoType.Interface(ms);
        }
        if (te instanceof FuncTypeExpr f) {
            return funcType(f);
        }
        throw unsupported(te, "type");
    }

    /** A parameter's type: {@code ...T} declares a {@code []T}. */
    private GoType paramType(ParamDecl pd) {
        GoType t = resolveType(pd.type());
        return pd.variadic() ? new GoType.Slice(t) : t;
    }

    private GoType.Func funcType(FuncTypeExpr f) {
        List<GoType> ps = new ArrayList<>();
        boolean variadic = false;
        for (ParamDecl pd : f.params) {
            GoType t = paramType(pd);
            variadic = pd.variadic();
            for (int i = 0; i < Math.max(1, pd.names().size()); i++) {
                ps.add(t);
            }
        }
        List<GoType> rs = new ArrayList<>();
        for (ParamDecl pd : f.results) {
            GoType t = resolveType(pd.type());
            for (int i = 0; i < Math.max(1, pd.names().size()); i++) {
                rs.add(t);
            }
        }
        return new GoType.Func(ps, rs, variadic);
    }

    /** types2's incomparableCause: what makes a type incomparable, in its words. */
    private static String incomparableCause(GoType t) {
        GoType u = t.underlying();
        if (u instanceof GoType.Slice || u instanceof GoType.MapT || u instanceof GoType.Func) {
            return (u instanceof GoType.Slice ? "slice" : u instanceof GoType.MapT ? "map" : "func")
                    + " can only be compared to nil";
        }
        if (u instanceof GoType.Struct s) {
            for (GoType.Field f : s.fields) {
                if (!comparable(f.type())) {
                    return "struct containing " + ErrorText.type(f.type()) + " cannot be compared";
                }
            }
        }
        return ErrorText.type(t) + " cannot be compared";
    }

    private static boolean comparable(GoType t) {
        GoType u = t.underlying();
        if (u instanceof GoType.Slice || u instanceof GoType.MapT || u instanceof GoType.Func) {
            return false;
        }
        if (u instanceof GoType.Array a) {
            return comparable(a.elem);
        }
        if (u instanceof GoType.Struct s) {
            return s.fields.stream().allMatch(f -> comparable(f.type()));
        }
        return true;
    }

    // ---- function bodies

    private void funcBody(FuncDecl fd) {
        Func fn = declFuncs.get(fd);
        Scope saved = scope;
        scope = new Scope(pkgScope);
        for (Var p : fn.params) {
            if (!p.name.isEmpty() && !p.name.equals("_")) {
                if (scope.names.containsKey(p.name)) {
                    throw error(p.line, p.col, "duplicate argument " + p.name);
                }
                scope.names.put(p.name, p);
            }
        }
        for (Var r : fn.results) {
            if (!r.name.startsWith("~")) {
                if (scope.names.containsKey(r.name)) {
                    throw error(r.line, r.col, "duplicate argument " + r.name);
                }
                scope.names.put(r.name, r);
            }
        }
        curFn = fn;
        List<Var> locals = new ArrayList<>();
        body(fn, fd.body, locals);
        scope = saved;
        curFn = null;
        unused(locals);
    }

    private final List<Var> allLocals = new ArrayList<>();

    private void body(Func fn, Block b, List<Var> locals) {
        int mark = allLocals.size();
        Scope bodyScope = new Scope(scope);
        Scope saved = scope;
        scope = bodyScope;
        for (Stmt s : b.stmts) {
            stmt(s);
        }
        scope = saved;
        if (!fn.sig.results.isEmpty() && !terminating(b)) {
            throw error(b.rbraceLine, b.rbraceCol, "missing return");
        }
        locals.addAll(allLocals.subList(mark, allLocals.size()));
    }

    private void unused(List<Var> locals) {
        Var first = null;
        for (Var v : locals) {
            if (!v.used && !v.name.equals("_")
                    && (first == null || v.line < first.line || v.line == first.line && v.col < first.col)) {
                first = v;
            }
        }
        if (first != null) {
            throw error(first.line, first.col, first.name + " declared but not used");
        }
    }

    private boolean terminating(Stmt s) {
        return terminating(s, null);
    }

    /** types2's isTerminating; {@code label} is the label on {@code s}, which a break may name. */
    private boolean terminating(Stmt s, String label) {
        if (s instanceof Return || s instanceof Branch b && b.keyword.equals("goto")) {
            return true;
        }
        if (s instanceof Labeled l) {
            return terminating(l.stmt, l.label.name);
        }
        if (s instanceof ExprStmt es) {
            return es.x instanceof Call c && "panic".equals(c.builtin);
        }
        if (s instanceof Block b) {
            return !b.stmts.isEmpty() && terminating(b.stmts.get(b.stmts.size() - 1));
        }
        if (s instanceof If i) {
            return i.otherwise != null && terminating(i.then) && terminating(i.otherwise);
        }
        if (s instanceof For f) {
            return f.cond == null && !hasBreak(f.body.stmts, label, true);
        }
        if (s instanceof Switch sw) {
            boolean hasDefault = false;
            for (Case c : sw.cases) {
                hasDefault |= c.isDefault;
                if (hasBreak(c.body, label, true)) {
                    return false;
                }
                Stmt last = c.body.isEmpty() ? null : c.body.get(c.body.size() - 1);
                if (!(last != null && (terminating(last) || last instanceof Branch br && br.keyword.equals("fallthrough")))) {
                    return false;
                }
            }
            return hasDefault;
        }
        return false;
    }

    /**
     * types2's hasBreak: a break that leaves the statement labelled {@code label}; an unlabelled
     * one counts only while {@code implicit} (not inside a nested for, range or switch).
     */
    private static boolean hasBreak(List<Stmt> list, String label, boolean implicit) {
        for (Stmt s : list) {
            if (hasBreak(s, label, implicit)) {
                return true;
            }
        }
        return false;
    }

    private static boolean hasBreak(Stmt s, String label, boolean implicit) {
        if (s instanceof Branch b && b.keyword.equals("break")) {
            return b.label == null ? implicit : b.label.name.equals(label);
        }
        if (s instanceof Labeled l) {
            return hasBreak(l.stmt, label, implicit);
        }
        if (s instanceof Block b) {
            return hasBreak(b.stmts, label, implicit);
        }
        if (s instanceof If i) {
            return hasBreak(i.then, label, implicit) || i.otherwise != null && hasBreak(i.otherwise, label, implicit);
        }
        if (label == null) {
            return false;
        }
        if (s instanceof For f) {
            return hasBreak(f.body, label, false);
        }
        if (s instanceof Range r) {
            return hasBreak(r.body, label, false);
        }
        if (s instanceof Switch sw) {
            return sw.cases.stream().anyMatch(c -> hasBreak(c.body, label, false));
        }
        return false;
    }

    private Var newLocal(Ident id, GoType t, Stmt defn) {
        if (t instanceof GoType.Tuple || t == null) {
            throw error(id, "cannot declare " + id.name + " without a single-valued type");
        }
        Var v = new Var(id.name, id.line, id.col, t, VarKind.LOCAL, curFn);
        v.defn = defn;
        id.obj = v;
        id.type = t;
        if (!id.name.equals("_")) {
            curFn.dcl.add(v);
            allLocals.add(v);
        }
        return v;
    }

    private void stmt(Stmt s) {
        if (s instanceof Block b) {
            Scope saved = scope;
            scope = new Scope(scope);
            for (Stmt x : b.stmts) {
                stmt(x);
            }
            scope = saved;
        } else if (s instanceof DeclGroup g) {
            for (Stmt x : g.decls) {
                stmt(x);
            }
        } else if (s instanceof ExprStmt es) {
            exprStmt(es);
        } else if (s instanceof Assign a) {
            assignStmt(a);
        } else if (s instanceof VarDecl vd) {
            localVar(vd);
        } else if (s instanceof ConstDecl cd) {
            constDecl(cd, scope);
        } else if (s instanceof If i) {
            Scope saved = scope;
            scope = new Scope(scope);
            if (i.init != null) {
                stmt(i.init);
            }
            i.cond = cond(i.cond, "if");
            stmt(i.then);
            if (i.otherwise != null) {
                stmt(i.otherwise);
            }
            scope = saved;
        } else if (s instanceof For f) {
            Scope saved = scope;
            scope = new Scope(scope);
            if (f.init != null) {
                stmt(f.init);
            }
            if (f.cond != null) {
                f.cond = cond(f.cond, "for");
            }
            if (f.post != null) {
                stmt(f.post);
            }
            stmt(f.body);
            scope = saved;
        } else if (s instanceof Range r) {
            rangeStmt(r);
        } else if (s instanceof Switch sw) {
            switchStmt(sw);
        } else if (s instanceof Return r) {
            returnStmt(r);
        } else if (s instanceof GoDefer g) {
            goDefer(g);
        } else if (s instanceof Send sd) {
            sd.ch = expr(sd.ch);
            if (!(sd.ch.type.underlying() instanceof GoType.Chan c)) {
                throw error(sd.ch, "invalid operation: cannot send to non-channel " + ErrorText.operand(sd.ch));
            }
            Expr v = expr(sd.value);
            Pos at = ConvPos.last(List.of(sd.ch, v), sd.line, sd.col);
            sd.value = assign(v, c.elem, at.line(), at.col(), "send");
        } else if (s instanceof Branch b) {
            // the parser has checked every branch and label (Branches)
            if (b.keyword.equals("fallthrough")) {
                throw unsupported(b, "fallthrough");
            }
        } else if (s instanceof Labeled l) {
            stmt(l.stmt);
        } else if (s instanceof LocalTypes lt) {
            localTypes(lt);
        } else if (!(s instanceof Empty)) {
            throw unsupported(s, "statement");
        }
    }

    private Expr cond(Expr c, String what) {
        Expr x = expr(c);
        if (!(x.type.underlying() instanceof GoType.Basic b && b.isBool())) {
            throw error(x, "non-boolean condition in " + what + " statement");
        }
        if (x.type instanceof GoType.Basic ub && ub.untyped()) {
            x.type = GoType.BOOL;
        }
        return x;
    }

    private void exprStmt(ExprStmt es) {
        Expr x = es.x;
        if (x instanceof Unary u && u.op.equals("<-")) {
            es.x = expr(x);
            return;
        }
        if (!(x instanceof Call)) {
            Expr e = expr(x);
            throw error(e, ErrorText.operand(e) + " is not used");
        }
        Call c = (Call) expr(x, true);
        es.x = c;
        if (c.kind == CallKind.CONVERSION || c.kind == CallKind.BUILTIN && Set.of("len", "cap", "append", "make",
                "new").contains(c.builtin)) {
            throw error(c, ErrorText.operand(c) + " is not used");
        }
    }

    /**
     * An index or a make size that is not an integer (types2 check.index): an untyped constant
     * fails its conversion to int first.
     */
    static String notAnIndex(Expr i) {
        if (i.constant instanceof Value.Float) {
            return ErrorText.operand(i) + " truncated to int";
        }
        return i.constant != null && i.type instanceof GoType.Basic b && b.untyped() && !b.isNumeric()
                ? "cannot convert " + ErrorText.operand(i) + " to int"
                : "invalid argument: index " + ErrorText.operand(i) + " must be integer";
    }

    private void localVar(VarDecl vd) {
        GoType t = vd.type == null ? null : resolveType(vd.type);
        List<GoType> types = new ArrayList<>();
        if (!vd.values.isEmpty()) {
            if (vd.values.size() == 1 && vd.names.size() > 1) {
                Expr v = expr(vd.values.get(0), true);
                vd.values.set(0, v);
                List<GoType> ts = tupleOf(v, vd.names.size());
                for (GoType rt : ts) {
                    if (t != null && !assignable(rt, t)) {
                        throw error(v, "cannot use " + Printer.print(v) + " value as " + t + " value in assignment");
                    }
                    types.add(t != null ? t : rt);
                }
                if (t != null && t.isInterface() && ts.stream().anyMatch(x -> !x.isInterface())) {
                    throw unsupported(v, "multi-value assignment converting to an interface");
                }
            } else {
                if (vd.values.size() != vd.names.size()) {
                    throw assignMismatch(vd.names.size(), vd.values, vd.values.size());
                }
                List<Expr> checked = new ArrayList<>();
                for (int i = 0; i < vd.values.size(); i++) {
                    checked.add(assignedValue(vd.values, i, vd.names.size()));
                }
                Ident lastName = vd.names.get(vd.names.size() - 1);
                Pos at = ConvPos.last(checked, lastName.line, lastName.col);
                for (int i = 0; i < vd.values.size(); i++) {
                    Expr v = checked.get(i);
                    if (t != null) {
                        v = assign(v, t, at.line(), at.col(), "variable declaration");
                        types.add(t);
                    } else {
                        if (v.type == GoType.UNTYPED_NIL) {
                            throw error(v, "use of untyped nil in variable declaration");
                        }
                        GoType dt = defaultType(v.type);
                        v = convertUntyped(v, dt);
                        types.add(dt);
                    }
                    vd.values.set(i, v);
                }
            }
        } else {
            for (int i = 0; i < vd.names.size(); i++) {
                types.add(t);
            }
        }
        for (int i = 0; i < vd.names.size(); i++) {
            vd.vars.add(newLocal(vd.names.get(i), types.get(i), vd.values.isEmpty() ? null : vd));
        }
        for (int i = 0; i < vd.names.size(); i++) {
            declare(scope, vd.names.get(i), vd.vars.get(i));
        }
    }

    /**
     * types2's assignError: at the first value, and a lone call named with the count it returns
     * ({@code 1 variable but f returns 2 values}).
     */
    private static EscapeSourceException assignMismatch(int vars, List<Expr> rhs, int values) {
        String counts = "assignment mismatch: " + vars + " variable" + (vars == 1 ? "" : "s") + " but ";
        String vals = values + " value" + (values == 1 ? "" : "s");
        Expr r0 = rhs.get(0);
        if (rhs.size() == 1 && r0 instanceof Call c) {
            return error(r0, counts + Printer.raw(c.fun) + " returns " + vals);
        }
        return error(r0, counts + vals);
    }

    /** The value rhs[i] assigns to one of {@code vars} variables: a call of several results there is a count mismatch. */
    private Expr assignedValue(List<Expr> rhs, int i, int vars) {
        Expr v = expr(rhs.get(i), rhs.size() == 1);
        if (v.type instanceof GoType.Tuple tt) {
            throw assignMismatch(vars, rhs, tt.types.size());
        }
        if (v.type == null) {
            throw error(v, Printer.print(v) + " (no value) used as value");
        }
        return v;
    }

    private List<GoType> tupleOf(Expr v, int n) {
        boolean commaOk = v instanceof Index ix && ix.x.type.underlying() instanceof GoType.MapT
                || v instanceof Unary u && u.op.equals("<-") || v instanceof TypeAssert;
        if (commaOk && n == 2) {
            return List.of(v.type, GoType.BOOL);
        }
        if (!(v.type instanceof GoType.Tuple tt)) {
            throw assignMismatch(n, List.of(v), 1);
        }
        if (tt.types.size() != n) {
            throw assignMismatch(n, List.of(v), tt.types.size());
        }
        return tt.types;
    }

    private void assignStmt(Assign a) {
        if (a.op.equals(":=")) {
            define(a);
            return;
        }
        if (!a.op.equals("=")) {
            Expr l = expr(a.lhs.get(0));
            requireAssignable(l);
            markReassigned(l);
            String op = a.op.substring(0, a.op.length() - 1);
            if (a.incDec && !(l.type.underlying() instanceof GoType.Basic lb && lb.isNumeric())) {
                throw error(l, "invalid operation: " + Printer.raw(l) + op + op + " (non-numeric type "
                        + ErrorText.type(l.type) + ")");
            }
            Expr r = expr(a.rhs.get(0));
            Binary b = new Binary(a.line, a.col, op, l, r);
            b.assignment = true;
            binaryTypes(b, op.equals("<<") || op.equals(">>"));
            if (!op.equals("<<") && !op.equals(">>")) {
                r = convertUntyped(r, l.type);
            } else {
                r = convertUntyped(r, GoType.UINT);
            }
            a.lhs.set(0, l);
            a.rhs.set(0, r);
            return;
        }
        List<Expr> lhs = new ArrayList<>();
        for (Expr l : a.lhs) {
            if (l instanceof Ident id && id.name.equals("_")) {
                id.type = null;
                lhs.add(id);
                continue;
            }
            Expr x = lhsExpr(l);
            lhs.add(x);
        }
        for (int i = 0; i < lhs.size(); i++) {
            a.lhs.set(i, lhs.get(i));
        }
        if (a.rhs.size() == 1 && a.lhs.size() > 1) {
            Expr v = expr(a.rhs.get(0), true);
            a.rhs.set(0, v);
            List<GoType> ts = tupleOf(v, a.lhs.size());
            for (int i = 0; i < ts.size(); i++) {
                Expr l = a.lhs.get(i);
                if (l.type != null && !GoType.identical(l.type, ts.get(i))) {
                    if (l.type.isInterface() && !ts.get(i).isInterface()) {
                        throw unsupported(v, "multi-value assignment converting to an interface");
                    }
                    if (!assignable(ts.get(i), l.type)) {
                        throw error(v, "cannot use " + Printer.print(v) + " value as " + l.type + " value in assignment");
                    }
                }
            }
            return;
        }
        if (a.rhs.size() != a.lhs.size()) {
            throw assignMismatch(a.lhs.size(), a.rhs, a.rhs.size());
        }
        List<Expr> checked = new ArrayList<>();
        for (int i = 0; i < a.rhs.size(); i++) {
            checked.add(assignedValue(a.rhs, i, a.lhs.size()));
        }
        List<Expr> order = new ArrayList<>(checked);
        order.addAll(a.lhs);
        Pos at = ConvPos.last(order, a.line, a.col);
        for (int i = 0; i < a.rhs.size(); i++) {
            Expr v = checked.get(i);
            Expr l = a.lhs.get(i);
            if (l.type == null) {
                if (v.type == GoType.UNTYPED_NIL) {
                    throw error(v, "use of untyped nil in assignment");
                }
                v = convertUntyped(v, defaultType(v.type));
            } else {
                v = assign(v, l.type, at.line(), at.col(), "assignment");
            }
            a.rhs.set(i, v);
        }
    }

    private Expr lhsExpr(Expr l) {
        if (l instanceof Ident id) {
            Entity o = scope.lookup(id.name);
            if (o instanceof Var v) {
                boolean wasUsed = v.used;
                Expr x = expr(l);
                v.used = wasUsed;
                markReassigned(x);
                return x;
            }
        }
        Expr x = expr(l);
        requireAssignable(x);
        markReassigned(x);
        return x;
    }

    private void markReassigned(Expr x) {
        if (x instanceof Ident id && id.obj instanceof Var v) {
            v.reassignedAnywhere = true;
        }
    }

    private void requireAssignable(Expr x) {
        if (x instanceof Index ix && ix.x.type.underlying() instanceof GoType.MapT) {
            return;
        }
        if (!addressable(x)) {
            throw error(x, x instanceof Selector s && s.x instanceof Index ix && ix.x.type.underlying() instanceof GoType.MapT
                    ? "cannot assign to struct field " + Printer.raw(x) + " in map" : "cannot assign to " + ErrorText.operand(x));
        }
    }

    private void define(Assign a) {
        List<Expr> rhs = a.rhs;
        List<GoType> types = new ArrayList<>();
        if (rhs.size() == 1 && a.lhs.size() > 1) {
            Expr v = expr(rhs.get(0), true);
            rhs.set(0, v);
            types.addAll(tupleOf(v, a.lhs.size()));
        } else {
            if (rhs.size() != a.lhs.size()) {
                throw assignMismatch(a.lhs.size(), rhs, rhs.size());
            }
            for (int i = 0; i < rhs.size(); i++) {
                Expr v = assignedValue(rhs, i, a.lhs.size());
                if (v.type == GoType.UNTYPED_NIL) {
                    throw error(v, "use of untyped nil in assignment");
                }
                if (v.type instanceof GoType.Tuple || v.type == null) {
                    throw error(v, Printer.print(v) + " (no value) used as value");
                }
                rhs.set(i, v);
                types.add(v.type);
            }
        }
        boolean anyNew = false;
        List<Ident> fresh = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        for (int i = 0; i < a.lhs.size(); i++) {
            if (!(a.lhs.get(i) instanceof Ident id)) {
                throw error(a.lhs.get(i), "non-name " + Printer.print(expr(a.lhs.get(i))) + " on left side of :=");
            }
            if (!id.name.equals("_") && !seen.add(id.name)) {
                throw error(id, id.name + " repeated on left side of :=");
            }
            Entity existing = scope.names.get(id.name);
            if (id.name.equals("_") || existing == null) {
                anyNew |= !id.name.equals("_");
                fresh.add(id);
            } else {
                fresh.add(null);
            }
        }
        if (!anyNew) {
            throw error(a, "no new variables on left side of :=");
        }
        List<Expr> order = new ArrayList<>(rhs);
        order.addAll(a.lhs);
        Pos at = ConvPos.last(order, a.line, a.col);
        for (int i = 0; i < a.lhs.size(); i++) {
            Ident id = (Ident) a.lhs.get(i);
            if (fresh.get(i) != null) {
                GoType t = defaultType(types.get(i));
                if (rhs.size() == a.lhs.size()) {
                    rhs.set(i, convertUntyped(rhs.get(i), t));
                }
                if (!id.name.equals("_")) {
                    a.declared.add(newLocal(id, t, a));
                } else {
                    id.type = null;
                }
            } else {
                Expr l = lhsExpr(id);
                if (rhs.size() == a.lhs.size()) {
                    rhs.set(i, assign(rhs.get(i), l.type, at.line(), at.col(), "assignment"));
                } else if (!GoType.identical(l.type, types.get(i))) {
                    throw unsupported(a, "multi-value := converting to an existing variable's type");
                }
            }
        }
        for (Var v : a.declared) {
            scope.names.put(v.name, v);
        }
    }

    private void rangeStmt(Range r) {
        Scope saved = scope;
        scope = new Scope(scope);
        r.x = expr(r.x);
        GoType xt = r.x.type.underlying();
        GoType kt;
        GoType vt;
        if (xt instanceof GoType.Slice s) {
            kt = GoType.INT;
            vt = s.elem;
        } else if (xt instanceof GoType.Array a) {
            kt = GoType.INT;
            vt = a.elem;
        } else if (xt instanceof GoType.Basic b && b.isString()) {
            kt = GoType.INT;
            vt = GoType.RUNE;
            r.x = convertUntyped(r.x, GoType.STRING);
        } else if (xt instanceof GoType.MapT m) {
            kt = m.key;
            vt = m.value;
        } else if (xt instanceof GoType.Chan c) {
            kt = c.elem;
            vt = null;
            if (r.value != null) {
                throw error(r.value, "range over " + ErrorText.operand(r.x) + " permits only one iteration variable");
            }
        } else if (xt instanceof GoType.Pointer pa && pa.elem.underlying() instanceof GoType.Array a) {
            kt = GoType.INT;
            vt = a.elem;
        } else {
            throw error(r.x, "cannot range over " + ErrorText.operand(r.x));
        }
        if (r.define) {
            Ident k = (Ident) r.key;
            if (r.key != null && !(r.key instanceof Ident)) {
                throw error(r.key, "non-name on left side of :=");
            }
            List<Var> vs = new ArrayList<>();
            if (k != null && !k.name.equals("_")) {
                vs.add(newLocal(k, kt, r));
            } else if (k != null) {
                r.key = null;
            }
            if (r.value != null) {
                if (!(r.value instanceof Ident vi)) {
                    throw error(r.value, "non-name on left side of :=");
                }
                if (!vi.name.equals("_")) {
                    vs.add(newLocal(vi, vt, r));
                } else {
                    r.value = null;
                }
            }
            r.declared.addAll(vs);
            for (Var v : vs) {
                scope.names.put(v.name, v);
            }
        } else {
            if (r.key != null) {
                if (r.key instanceof Ident id && id.name.equals("_")) {
                    r.key = null;
                } else {
                    r.key = lhsExpr(r.key);
                    if (!assignable(kt, r.key.type)) {
                        throw error(r.key, "cannot assign " + kt + " to " + Printer.print(r.key) + " in range");
                    }
                    if (!GoType.identical(kt, r.key.type)) {
                        throw unsupported(r.key, "range assignment with conversion");
                    }
                }
            }
            if (r.value != null) {
                if (r.value instanceof Ident id && id.name.equals("_")) {
                    r.value = null;
                } else {
                    r.value = lhsExpr(r.value);
                    if (!GoType.identical(vt, r.value.type)) {
                        throw unsupported(r.value, "range assignment with conversion");
                    }
                }
            }
        }
        stmt(r.body);
        scope = saved;
    }

    private void switchStmt(Switch sw) {
        Scope saved = scope;
        scope = new Scope(scope);
        if (sw.init != null) {
            stmt(sw.init);
        }
        GoType tagType = GoType.BOOL;
        if (sw.tag != null) {
            sw.tag = expr(sw.tag);
            if (sw.tag.type instanceof GoType.Tuple || sw.tag.type == null) {
                throw error(sw.tag, Printer.print(sw.tag) + " (no value) used as value");
            }
            sw.tag = convertUntyped(sw.tag, defaultType(sw.tag.type));
            tagType = sw.tag.type;
            if (tagType.isInterface()) {
                throw unsupported(sw.tag, "switch on an interface value");
            }
        }
        boolean seenDefault = false;
        Map<Value, Pos> seenConsts = new HashMap<>();
        for (Case c : sw.cases) {
            if (c.isDefault) {
                if (seenDefault) {
                    throw error(c.line, c.col, "multiple defaults in switch");
                }
                seenDefault = true;
            }
            for (int i = 0; i < c.exprs.size(); i++) {
                Expr e = expr(c.exprs.get(i));
                if (e.type != null && e.type.isInterface()) {
                    throw unsupported(e, "interface value in a switch case");
                }
                if (sw.tag == null) {
                    if (!(e.type.underlying() instanceof GoType.Basic b && b.isBool())) {
                        throw error(e, "invalid case " + Printer.print(e) + " in switch (mismatched types "
                                + e.type + " and bool)");
                    }
                    e = convertUntyped(e, GoType.BOOL);
                } else {
                    if (!assignable(e.type, tagType) && !assignable(tagType, e.type)) {
                        throw error(e, "invalid case " + Printer.print(e) + " in switch on " + Printer.print(sw.tag)
                                + " (mismatched types " + e.type + " and " + tagType + ")");
                    }
                    e = convertUntyped(e, tagType);
                }
                if (e.constant != null && seenConsts.putIfAbsent(e.constant, Pos.start(e)) != null) {
                    Pos previous = seenConsts.get(e.constant);
                    throw error(e, "duplicate case " + ErrorText.operand(e) + " in expression switch\n\t"
                            + previous.line() + ":" + previous.col() + ": previous case");
                }
                c.exprs.set(i, e);
            }
            Scope cs = scope;
            scope = new Scope(scope);
            for (Stmt s : c.body) {
                stmt(s);
            }
            scope = cs;
        }
        scope = saved;
    }

    private void returnStmt(Return r) {
        List<Var> results = curFn.results;
        if (r.results.isEmpty()) {
            if (!results.isEmpty() && results.get(0).name.startsWith("~r")) {
                throw error(r, "not enough return values\n\thave ()\n\twant " + summary(curFn.sig.results, false));
            }
            return;
        }
        if (r.results.size() == 1 && results.size() > 1) {
            Expr v = expr(r.results.get(0), true);
            r.results.set(0, v);
            List<GoType> ts = v.type instanceof GoType.Tuple tt ? tt.types : List.of(v.type);
            if (ts.size() != results.size()) {
                throw error(v, (ts.size() > results.size() ? "too many" : "not enough") + " return values\n\thave "
                        + summary(ts, false) + "\n\twant " + summary(curFn.sig.results, false));
            }
            for (int i = 0; i < ts.size(); i++) {
                if (!GoType.identical(ts.get(i), results.get(i).type)) {
                    throw unsupported(v, "returning a multi-value call with conversions");
                }
            }
            return;
        }
        if (r.results.size() != results.size()) {
            // as a call's argument count: at the first extra value, else at the last one
            boolean tooMany = r.results.size() > results.size();
            List<GoType> have = new ArrayList<>();
            for (Expr e : r.results) {
                have.add(expr(e, true).type);
            }
            throw error(r.results.get(tooMany ? results.size() : r.results.size() - 1), (tooMany ? "too many"
                    : "not enough") + " return values\n\thave " + summary(have, false) + "\n\twant "
                    + summary(curFn.sig.results, false));
        }
        for (int i = 0; i < results.size(); i++) {
            Expr v = expr(r.results.get(i));
            r.results.set(i, assign(v, results.get(i).type, v.line, v.col, "return statement"));
        }
    }

    private void goDefer(GoDefer g) {
        Expr x = expr(g.call, true);
        if (!(x instanceof Call c)) {
            throw error(g, "expression in " + (g.isGo ? "go" : "defer") + " must be function call");
        }
        if (c.kind == CallKind.CONVERSION) {
            throw error(g, (g.isGo ? "go" : "defer") + " requires function call, not conversion");
        }
        if (c.kind == CallKind.BUILTIN && !Set.of("copy", "delete", "panic", "close", "print", "println", "recover")
                .contains(c.builtin)) {
            throw error(g, (g.isGo ? "go" : "defer") + " discards result of " + Printer.print(c));
        }
        if (c.kind == CallKind.BUILTIN && c.builtin.equals("panic")) {
            throw unsupported(g, "go/defer panic");
        }
        g.call = c;
    }

    // ---- expressions

    Expr expr(Expr e) {
        return expr(e, false);
    }

    /** Checks e; a multi-valued call is allowed only where the caller says so. */
    private Expr expr(Expr e, boolean tupleOk) {
        Expr r = expr0(e);
        if (!tupleOk && r.type instanceof GoType.Tuple) {
            throw error(r, "multiple-value " + Printer.print(r) + " (value of type " + r.type
                    + ") in single-value context");
        }
        if (!tupleOk && r.type == null && !(r instanceof TypeOperand)) {
            throw error(r, Printer.print(r) + " (no value) used as value");
        }
        if (r instanceof TypeOperand) {
            throw error(r, Printer.print(r) + " (type) is not an expression");
        }
        return r;
    }

    private Expr expr0(Expr e) {
        if (e instanceof Ident id) {
            return ident(id);
        }
        if (e instanceof BasicLit b) {
            return basicLit(b);
        }
        if (e instanceof CompositeLit c) {
            return compositeLit(c);
        }
        if (e instanceof FuncLit f) {
            return funcLit(f);
        }
        if (e instanceof Selector s) {
            return selector(s, false);
        }
        if (e instanceof Index ix) {
            return index(ix);
        }
        if (e instanceof SliceExpr s) {
            return slice(s);
        }
        if (e instanceof Call c) {
            return call(c);
        }
        if (e instanceof Unary u) {
            return unary(u);
        }
        if (e instanceof Binary b) {
            return binary(b);
        }
        if (e instanceof TypeOperand t) {
            t.type = resolveType(t.typeExpr);
            return t;
        }
        if (e instanceof TypeAssert ta) {
            Expr x = expr(ta.x);
            if (!(x.type.underlying() instanceof GoType.Interface it)) {
                throw error(x, "invalid operation: " + Printer.print(x) + " (variable of type " + x.type
                        + ") is not an interface");
            }
            ta.x = x;
            ta.type = resolveType(ta.typeExpr);
            if (!ta.type.isInterface() && !implementsIface(ta.type, it)) {
                throw error(ta, "impossible type assertion: " + Printer.print(x) + ".(" + ta.type + ")\n\t"
                        + ta.type + " does not implement " + x.type + missingMethod(ta.type, it));
            }
            return ta;
        }
        throw unsupported(e, "expression");
    }

    private Expr ident(Ident id) {
        if (id.name.equals("_")) {
            throw error(id, "cannot use _ as value or type");
        }
        Entity o = scope.lookup(id.name);
        if (o == null && laterConsts.containsKey(id.name)) {
            packageConst(laterConsts.get(id.name));
            o = scope.lookup(id.name);
        }
        if (o == null) {
            if (pendingGlobals.contains(id.name)) {
                throw unsupported(id, "package-level initialiser that refers to a variable declared after it");
            }
            if (imports.containsKey(id.name)) {
                throw error(id, "use of package " + id.name + " without selector");
            }
            throw error(id, "undefined: " + id.name);
        }
        id.obj = o;
        if (o instanceof Var v) {
            v.used = true;
            id.type = v.type;
            if (v.kind != VarKind.GLOBAL && v.fn != curFn) {
                for (Func f = curFn; f != null && f != v.fn; f = f.outer) {
                    if (!f.closureVars.contains(v)) {
                        f.closureVars.add(v);
                    }
                }
            }
            return id;
        }
        if (o instanceof Const c) {
            id.type = c.type;
            id.constant = c.value;
            return id;
        }
        if (o instanceof Func f) {
            id.type = f.sig;
            curFn.refs.add(f);
            return id;
        }
        if (o instanceof TypeName tn) {
            TypeOperand t = new TypeOperand(id.line, id.col, new NamedTypeExpr(id.line, id.col, null, id.name));
            if (id.name.equals("any")) {
                throw unsupported(id, "any");
            }
            t.type = tn.type();
            return t;
        }
        if (o instanceof Builtin b) {
            if (b.name().equals("nil")) {
                id.type = GoType.UNTYPED_NIL;
                return id;
            }
            if (b.name().equals("iota")) {
                if (iota < 0) {
                    throw error(id, "cannot use iota outside constant declaration");
                }
                id.type = GoType.UNTYPED_INT;
                id.constant = Value.of(BigInteger.valueOf(iota));
                return id;
            }
            throw error(id, id.name + " (built-in function) must be called");
        }
        throw unsupported(id, "name " + id.name);
    }

    private Expr basicLit(BasicLit b) {
        switch (b.kind) {
            case INT -> {
                b.type = GoType.UNTYPED_INT;
                b.constant = Value.of(parseInt(b));
            }
            case FLOAT -> {
                b.type = GoType.UNTYPED_FLOAT;
                try {
                    b.constant = Value.of(Double.parseDouble(b.text.replace("_", "")));
                } catch (NumberFormatException ex) {
                    throw error(b, "invalid floating-point literal " + b.text);
                }
            }
            case CHAR -> {
                b.type = GoType.UNTYPED_RUNE;
                b.constant = Value.of(new BigInteger(b.value));
            }
            default -> {
                b.type = GoType.UNTYPED_STRING;
                b.constant = new Value.Str(b.value);
            }
        }
        return b;
    }

    private static BigInteger parseInt(BasicLit b) {
        String t = b.text.replace("_", "").toLowerCase();
        try {
            if (t.startsWith("0x")) {
                return new BigInteger(t.substring(2), 16);
            }
            if (t.startsWith("0b")) {
                return new BigInteger(t.substring(2), 2);
            }
            if (t.startsWith("0o")) {
                return new BigInteger(t.substring(2), 8);
            }
            if (t.length() > 1 && t.startsWith("0")) {
                return new BigInteger(t.substring(1), 8);
            }
            return new BigInteger(t);
        } catch (NumberFormatException ex) {
            throw error(b, "invalid integer literal " + b.text);
        }
    }

    private Expr elementExpr(Expr e, GoType implied) {
        if (e instanceof CompositeLit lit && lit.typeExpr == null) {
            if (implied.underlying() instanceof GoType.Pointer) {
                throw unsupported(e, "composite literal with elided &T");
            }
            lit.type = implied;
            return compositeLit(lit);
        }
        return expr(e);
    }

    private Expr compositeLit(CompositeLit c) {
        if (c.typeExpr == null && c.type == null) {
            throw error(c, "invalid composite literal type: missing type");
        }
        GoType t = c.typeExpr == null ? c.type : resolveType(c.typeExpr);
        c.type = t;
        GoType u = t.underlying();
        if (u instanceof GoType.Struct st) {
            boolean keyed = !c.elements.isEmpty() && c.elements.get(0).key != null;
            if (!keyed && !c.elements.isEmpty() && c.elements.size() != st.fields.size()) {
                // types2 reports too many at the first extra value, too few at the closing brace
                boolean many = c.elements.size() > st.fields.size();
                Pos at = many ? Pos.start(c.elements.get(st.fields.size()).value) : c.rbrace;
                throw error(at.line(), at.col(), "too " + (many ? "many" : "few") + " values in " + Printer.raw(c));
            }
            Set<String> seen = new HashSet<>();
            for (int i = 0; i < c.elements.size(); i++) {
                Element el = c.elements.get(i);
                if ((el.key != null) != keyed) {
                    throw error(el.value, "mixture of field:value and value elements in struct literal");
                }
                int fi = i;
                if (keyed) {
                    if (!(el.key instanceof Ident k)) {
                        throw error(el.key, "invalid field name " + Printer.raw(el.key) + " in struct literal");
                    }
                    fi = st.index(k.name);
                    if (fi < 0) {
                        throw error(el.key, "unknown field '" + k.name + "' in struct literal of type " + ErrorText.type(t));
                    }
                    if (!seen.add(k.name)) {
                        throw error(el.line, el.col, "duplicate field name " + k.name + " in struct literal");
                    }
                }
                Expr v = elementExpr(el.value, st.fields.get(fi).type());
                el.value = assign(v, st.fields.get(fi).type(), el.line, el.col, "struct literal");
            }
        } else if (u instanceof GoType.Array || u instanceof GoType.Slice) {
            GoType elem = u instanceof GoType.Array a ? a.elem : ((GoType.Slice) u).elem;
            for (Element el : c.elements) {
                if (el.key != null) {
                    throw unsupported(el.key, "indexed element in an array or slice literal");
                }
                Expr v = elementExpr(el.value, elem);
                el.value = assign(v, elem, el.line, el.col, "array or slice literal");
            }
            if (u instanceof GoType.Array a && c.elements.size() > a.len) {
                throw error(c.elements.get((int) a.len).value, "index " + a.len + " is out of bounds (>= " + a.len + ")");
            }
        } else if (u instanceof GoType.MapT m) {
            Set<Value> keys = new HashSet<>();
            for (Element el : c.elements) {
                if (el.key == null) {
                    throw error(el.value, "missing key in map literal");
                }
                Expr k = elementExpr(el.key, m.key);
                if (m.key.isInterface()) {
                    throw unsupported(k, "map literal with interface keys");
                }
                el.key = assign(k, m.key, el.key.line, el.key.col, "map literal");
                if (el.key.constant != null && !keys.add(el.key.constant)) {
                    throw error(el.key, "duplicate key " + Printer.print(el.key) + " in map literal");
                }
                Expr v = elementExpr(el.value, m.value);
                el.value = assign(v, m.value, el.line, el.col, "map literal");
            }
        } else {
            throw error(c, "invalid composite literal type " + t);
        }
        return c;
    }

    private Expr funcLit(FuncLit f) {
        Func fn = new Func(curFn.isClosure() ? curFn.name + "." + (++curFn.closureCount)
                : curFn.name + ".func" + (++curFn.closureCount), curFn);
        f.fn = fn;
        fn.lit = f;
        fn.body = f.body;
        signature(fn, f.sig);
        f.type = fn.sig;
        curFn.refs.add(fn);
        Func savedFn = curFn;
        Scope saved = scope;
        scope = new Scope(scope);
        for (Var p : fn.params) {
            if (!p.name.isEmpty() && !p.name.equals("_")) {
                scope.names.put(p.name, p);
            }
        }
        for (Var r : fn.results) {
            if (!r.name.startsWith("~")) {
                scope.names.put(r.name, r);
            }
        }
        curFn = fn;
        List<Var> locals = new ArrayList<>();
        body(fn, f.body, locals);
        curFn = savedFn;
        scope = saved;
        return f;
    }

    private Expr selector(Selector s, boolean callee) {
        if (s.x instanceof Ident pid && scope.lookup(pid.name) == null && imports.containsKey(pid.name)) {
            usedImports.add(pid.name);
            String q = pid.name + "." + s.name;
            s.kind = SelKind.QUALIFIED;
            Func f = std.func(q);
            if (f != null) {
                if (!callee) {
                    throw unsupported(s, "function value " + q);
                }
                s.type = f.sig;
                return s;
            }
            Stdlib.Constant c = std.constant(q);
            if (c != null) {
                s.type = c.type();
                s.constant = c.value();
                return s;
            }
            GoType t = std.type(q);
            if (t != null) {
                TypeOperand to = new TypeOperand(s.line, s.col, new NamedTypeExpr(pid.line, pid.col, pid.name, s.name));
                to.type = t;
                return to;
            }
            throw unsupported(s, q);
        }
        Expr x = expr0(s.x);
        if (x instanceof TypeOperand) {
            throw unsupported(s, "method expression");
        }
        if (x.type instanceof GoType.Tuple || x.type == null) {
            throw error(x, "multiple-value " + Printer.print(x) + " in single-value context");
        }
        s.x = x;
        GoType t = x.type;
        boolean ptr = t instanceof GoType.Pointer || t.underlying() instanceof GoType.Pointer && !(t instanceof GoType.Named);
        GoType base = ptr ? ((GoType.Pointer) t.underlying()).elem : t;
        if (base instanceof GoType.Named other && other.pkg != null && !other.methods.containsKey(s.name)) {
            if (Character.isLowerCase(s.name.charAt(0))) {
                throw error(s, Printer.print(x) + "." + s.name + " undefined (cannot refer to unexported field or method "
                        + s.name + ")");
            }
            throw unsupported(s, other + "." + s.name);
        }
        if (base.underlying() instanceof GoType.Struct st) {
            int fi = st.index(s.name);
            if (fi >= 0) {
                s.kind = ptr ? SelKind.FIELD_PTR : SelKind.FIELD;
                s.type = st.fields.get(fi).type();
                return s;
            }
        }
        if (base instanceof GoType.Named named && named.methods.containsKey(s.name)) {
            Method m = named.methods.get(s.name);
            s.method = m;
            s.kind = callee ? SelKind.METHOD_CALLEE : SelKind.METHOD_VALUE;
            if (m.fn().escState != Escape.TAGGED || named.pkg == null) {
                curFn.refs.add(m.fn());
            }
            if (m.pointerRecv() && !ptr) {
                if (!addressable(x)) {
                    Pos at = s.namePos != null ? s.namePos : Pos.of(s);
                    throw error(at.line(), at.col(), "cannot call pointer method " + s.name + " on " + ErrorText.type(t));
                }
                Unary amp = new Unary(x.line, x.col, "&", x);
                amp.implicit = true;
                amp.type = new GoType.Pointer(t);
                markAddressTaken(x);
                s.x = amp;
            } else if (!m.pointerRecv() && ptr) {
                Unary star = new Unary(x.line, x.col, "*", x);
                star.implicit = true;
                star.type = base;
                s.x = star;
            }
            if (named.pkg != null && !callee) {
                throw unsupported(s, "method value of " + named);
            }
            GoType.Func sig = m.fn().sig;
            s.type = sig;
            return s;
        }
        if (t.underlying() instanceof GoType.Interface it) {
            for (GoType.IMethod im : it.methods) {
                if (im.name().equals(s.name)) {
                    if (!callee) {
                        throw unsupported(s, "method value of an interface");
                    }
                    s.kind = SelKind.METHOD_CALLEE;
                    s.type = im.sig();
                    return s;
                }
            }
        }
        // types2 reports at the selected name, and prints the operand as written
        Pos at = s.namePos != null ? s.namePos : Pos.of(s);
        String other = (Character.isUpperCase(s.name.charAt(0)) ? Character.toLowerCase(s.name.charAt(0))
                : Character.toUpperCase(s.name.charAt(0))) + s.name.substring(1);
        throw error(at.line(), at.col(), Printer.raw(x) + "." + s.name + " undefined (type " + ErrorText.type(t)
                + " has no field or method " + s.name + (hasFieldOrMethod(base, other) ? ", but does have " + other : "")
                + ")");
    }

    /** Whether a selector of {@code name} on a value of type {@code base} (or *base) finds something. */
    private static boolean hasFieldOrMethod(GoType base, String name) {
        return base.underlying() instanceof GoType.Struct st && st.index(name) >= 0
                || base instanceof GoType.Named n && n.methods.containsKey(name)
                || base.underlying() instanceof GoType.Interface it && it.methods.stream().anyMatch(m -> m.name().equals(name));
    }

    private void markAddressTaken(Expr x) {
        Expr o = x;
        while (true) {
            if (o instanceof Selector s && s.kind == SelKind.FIELD) {
                o = s.x;
            } else if (o instanceof Index ix && ix.x.type.underlying() instanceof GoType.Array) {
                o = ix.x;
            } else {
                break;
            }
        }
        if (o instanceof Ident id && id.obj instanceof Var v) {
            v.reassignedAnywhere = true;
        }
    }

    static boolean addressable(Expr x) {
        if (x instanceof Ident id) {
            return id.obj instanceof Var;
        }
        if (x instanceof Unary u) {
            return u.op.equals("*");
        }
        if (x instanceof Selector s) {
            return s.kind == SelKind.FIELD_PTR || s.kind == SelKind.FIELD && addressable(s.x);
        }
        if (x instanceof Index ix) {
            GoType u = ix.x.type.underlying();
            return u instanceof GoType.Slice || u instanceof GoType.Array && addressable(ix.x)
                    || u instanceof GoType.Pointer;
        }
        return false;
    }

    private Expr index(Index ix) {
        Expr x = expr(ix.x);
        ix.x = x;
        GoType u = x.type.underlying();
        if (u instanceof GoType.Pointer p && p.elem.underlying() instanceof GoType.Array) {
            Unary star = new Unary(x.line, x.col, "*", x);
            star.implicit = true;
            star.type = p.elem;
            ix.x = star;
            x = star;
            u = p.elem.underlying();
        }
        if (u instanceof GoType.MapT m) {
            Expr k = expr(ix.index);
            if (m.key.isInterface()) {
                throw unsupported(k, "map with interface keys");
            }
            ix.index = assign(k, m.key, k.line, k.col, "map index");
            ix.type = m.value;
            return ix;
        }
        Expr i = expr(ix.index);
        if (!(i.type.underlying() instanceof GoType.Basic b && b.isInteger()
                || i.constant instanceof Value.Float d && d.v() == Math.rint(d.v()))) {
            throw error(i, notAnIndex(i));
        }
        i = convertUntyped(i, GoType.INT);
        ix.index = i;
        long len = -1;
        if (u instanceof GoType.Slice s) {
            ix.type = s.elem;
        } else if (u instanceof GoType.Array a) {
            ix.type = a.elem;
            len = a.len;
        } else if (u instanceof GoType.Basic b && b.isString()) {
            ix.type = GoType.BYTE;
            if (x.constant instanceof Value.Str cs) {
                len = cs.v().getBytes(StandardCharsets.UTF_8).length;
                if (i.constant != null) {
                    throw unsupported(ix, "indexing a constant string with a constant");
                }
            }
        } else {
            // types2 reports this one at the bracket
            throw error(ix.line, ix.col, "invalid operation: cannot index " + ErrorText.operand(x));
        }
        if (i.constant instanceof Value.Int iv) {
            BigInteger v = iv.v();
            if (v.signum() < 0) {
                throw error(i, "invalid argument: index " + Printer.print(i) + " (constant of type int) must not be negative");
            }
            if (len >= 0 && v.compareTo(BigInteger.valueOf(len)) >= 0) {
                throw error(i, "invalid argument: index " + v + " out of bounds [0:" + len + "]");
            }
        }
        return ix;
    }

    private Expr slice(SliceExpr s) {
        Expr x = expr(s.x);
        s.x = x;
        GoType u = x.type.underlying();
        long len = -1;
        if (u instanceof GoType.Slice) {
            s.type = x.type;
        } else if (u instanceof GoType.Basic b && b.isString()) {
            if (s.three) {
                throw error(s, "invalid operation: 3-index slice of string");
            }
            if (x.constant != null) {
                throw unsupported(s, "slicing a constant string");
            }
            s.type = x.type;
        } else if (u instanceof GoType.Array a) {
            if (!addressable(x)) {
                throw error(s, "invalid operation: " + Printer.print(x) + " (slice of unaddressable value)");
            }
            Unary amp = new Unary(x.line, x.col, "&", x);
            amp.implicit = true;
            amp.type = new GoType.Pointer(x.type);
            markAddressTaken(x);
            s.x = amp;
            s.type = new GoType.Slice(a.elem);
            len = a.len;
        } else if (u instanceof GoType.Pointer p && p.elem.underlying() instanceof GoType.Array a) {
            s.type = new GoType.Slice(a.elem);
            len = a.len;
        } else {
            throw error(s, "invalid operation: cannot slice " + ErrorText.operand(x));
        }
        BigInteger prev = null;
        Expr[] idx = {s.lo, s.hi, s.max};
        for (int k = 0; k < 3; k++) {
            if (idx[k] == null) {
                continue;
            }
            Expr i = expr(idx[k]);
            if (!(i.type.underlying() instanceof GoType.Basic b && b.isInteger())) {
                throw error(i, notAnIndex(i));
            }
            i = convertUntyped(i, GoType.INT);
            if (i.constant instanceof Value.Int iv) {
                BigInteger v = iv.v();
                if (v.signum() < 0) {
                    throw error(i, "invalid argument: index " + Printer.print(i)
                            + " (constant of type int) must not be negative");
                }
                if (len >= 0 && v.compareTo(BigInteger.valueOf(len)) > 0) {
                    throw error(i, "invalid argument: index " + v + " out of bounds [0:" + (len + 1) + "]");
                }
                if (prev != null && v.compareTo(prev) < 0) {
                    throw error(i, "invalid slice indices: " + v + " < " + prev);
                }
                prev = v;
            }
            idx[k] = i;
        }
        s.lo = idx[0];
        s.hi = idx[1];
        s.max = idx[2];
        return s;
    }

    private Expr call(Call c) {
        Expr fun = c.fun;
        if (fun instanceof Selector sel) {
            fun = selector(sel, true);
        } else if (fun instanceof Ident id && scope.lookup(id.name) instanceof Builtin b && !b.name().equals("nil")
                && !b.name().equals("iota")) {
            id.obj = b;
            return builtins.builtin(c, b.name());
        } else if (fun instanceof Unary u && u.op.equals("*") && isTypeExpr(u.x)) {
            TypeOperand t = new TypeOperand(u.line, u.col, null);
            t.type = new GoType.Pointer(((TypeOperand) expr0(u.x)).type);
            fun = t;
        } else {
            fun = expr0(fun);
        }
        c.fun = fun;
        if (fun instanceof TypeOperand t) {
            return conversion(c, t.type);
        }
        if (!(fun.type != null && fun.type.underlying() instanceof GoType.Func sig)) {
            throw error(c, "invalid operation: cannot call non-function " + Printer.print(fun) + " (variable of type "
                    + fun.type + ")");
        }
        if (fun instanceof Selector s && s.kind == SelKind.QUALIFIED) {
            c.kind = CallKind.STDLIB;
            c.target = std.func(((Ident) s.x).name + "." + s.name);
        } else if (fun instanceof Selector s && s.kind == SelKind.METHOD_CALLEE) {
            c.kind = s.method == null ? CallKind.INTERFACE_METHOD : CallKind.METHOD;
            c.target = s.method == null ? null : s.method.fn();
        } else {
            c.kind = CallKind.FUNC;
            if (fun instanceof Ident id && id.obj instanceof Func f) {
                c.target = f;
            }
        }
        args(c, sig.params, sig.variadic);
        c.type = sig.results.isEmpty() ? null : sig.results.size() == 1 ? sig.results.get(0)
                : new GoType.Tuple(sig.results);
        return c;
    }

    private boolean isTypeExpr(Expr x) {
        if (x instanceof TypeOperand) {
            return true;
        }
        if (x instanceof Ident id) {
            return scope.lookup(id.name) instanceof TypeName;
        }
        return x instanceof Selector s && s.x instanceof Ident p && scope.lookup(p.name) == null
                && imports.containsKey(p.name) && std.type(p.name + "." + s.name) != null;
    }

    private void args(Call c, List<GoType> params, boolean variadic) {
        // the arguments are checked first, as in types2, so a count error can list their types
        List<Expr> checked = new ArrayList<>();
        for (Expr a : c.args) {
            checked.add(expr(a, c.args.size() == 1));
        }
        if (checked.size() == 1 && checked.get(0).type instanceof GoType.Tuple tt) {
            if (variadic || tt.types.size() == params.size()) {
                throw unsupported(c, "multi-value call as arguments");
            }
            throw wrongArgumentCount(c, tt.types, params, variadic);
        }
        for (Expr a : checked) {
            if (a.type == null) {
                throw error(a, Printer.print(a) + " (no value) used as value");
            }
        }
        int fixed = variadic ? params.size() - 1 : params.size();
        if (c.ellipsis && !variadic) {
            throw error(c, "have (...) but function is not variadic: " + Printer.print(c.fun));
        }
        if (c.args.size() < fixed || !variadic && c.args.size() > fixed || c.ellipsis && c.args.size() != params.size()) {
            throw wrongArgumentCount(c, checked.stream().map(a -> a.type).toList(), params, variadic);
        }
        c.args.clear();
        c.args.addAll(checked);
        List<Expr> out = new ArrayList<>();
        argPos = Pos.of(c);
        for (int i = 0; i < fixed; i++) {
            out.add(arg(c, c.args.get(i), params.get(i)));
        }
        if (variadic) {
            GoType.Slice st = (GoType.Slice) params.get(params.size() - 1);
            if (c.ellipsis) {
                Expr v = c.args.get(fixed);
                out.add(assign(v, st, v.line, v.col, "argument to " + Printer.raw(c.fun)));
            } else if (c.args.size() > fixed) {
                List<Element> els = new ArrayList<>();
                for (int i = fixed; i < c.args.size(); i++) {
                    Expr v = arg(c, c.args.get(i), st.elem);
                    els.add(new Element(null, v, v.line, v.col));
                }
                CompositeLit dots = new CompositeLit(c.line, c.col, null, els);
                dots.implicit = true;
                dots.type = st;
                out.add(dots);
            } else {
                Ident nil = new Ident(c.line, c.col, "nil");
                nil.type = st;
                nil.constant = null;
                out.add(nil);
            }
        }
        c.args.clear();
        c.args.addAll(out);
    }

    /**
     * types2's count error: at the first extra argument, else at the last one (or the call),
     * with the argument types it has and the parameter types it wants on lines of their own.
     */
    private static EscapeSourceException wrongArgumentCount(Call c, List<GoType> have, List<GoType> params,
                                                            boolean variadic) {
        boolean tooMany = have.size() > params.size();
        Node at = tooMany && c.args.size() > params.size() ? c.args.get(params.size())
                : c.args.isEmpty() ? c : c.args.get(c.args.size() - 1);
        return error(at, (tooMany ? "too many" : "not enough") + " arguments in call to " + Printer.raw(c.fun)
                + "\n\thave " + summary(have, false) + "\n\twant " + summary(params, variadic));
    }

    /** types2's typesSummary: an untyped number is "number", the variadic last one "...T". */
    private static String summary(List<GoType> types, boolean variadic) {
        List<String> out = new ArrayList<>();
        for (int i = 0; i < types.size(); i++) {
            GoType t = types.get(i);
            out.add(t instanceof GoType.Basic b && b.untyped() ? (b.isNumeric() ? "number" : t.toString()
                    .replace("untyped ", "")) : variadic && i == types.size() - 1
                    ? "..." + ErrorText.type(((GoType.Slice) t).elem) : ErrorText.type(t));
        }
        return "(" + String.join(", ", out) + ")";
    }

    /** Where the next argument that is a variable is converted (see {@link #arg}). */
    private Pos argPos;

    /**
     * One checked argument, converted where the compiler converts it: typecheckaste sets the
     * current position to each argument before converting it, except that a variable's
     * name does not move it, so a variable is converted at the position of the last
     * argument before it that is not a variable (or at the call's parenthesis).
     */
    private Expr arg(Call c, Expr v, GoType param) {
        boolean name = v instanceof Ident id && id.obj instanceof Var;
        if (!name) {
            argPos = Pos.of(v);
        }
        return assign(v, param, argPos.line(), argPos.col(), "argument to " + Printer.raw(c.fun));
    }

    private Expr conversion(Call c, GoType t) {
        c.kind = CallKind.CONVERSION;
        c.typeArg = t;
        if (c.args.size() != 1 || c.ellipsis) {
            throw error(c.args.size() > 1 ? c.args.get(1) : c, (c.args.isEmpty() ? "missing argument"
                    : "too many arguments") + " in conversion to " + t);
        }
        Expr x = expr(c.args.get(0));
        c.args.set(0, x);
        c.type = t;
        return Conversions.convert(c, t, x);
    }

    GoType typeArg(Expr e) {
        if (e instanceof TypeOperand t) {
            return resolveType(t.typeExpr);
        }
        if (e instanceof Ident id && scope.lookup(id.name) instanceof TypeName tn) {
            if (id.name.equals("any")) {
                throw unsupported(id, "any");
            }
            return tn.type();
        }
        if (e instanceof Selector s && s.x instanceof Ident p && imports.containsKey(p.name)
                && scope.lookup(p.name) == null) {
            Expr r = selector(s, false);
            if (r instanceof TypeOperand t) {
                return t.type;
            }
        }
        if (e instanceof Unary u && u.op.equals("*") && isTypeExpr(u.x)) {
            return new GoType.Pointer(typeArg(u.x));
        }
        throw error(e, (e instanceof Ident id && scope.lookup(id.name) instanceof Var v
                ? id.name + " (variable of type " + ErrorText.type(v.type) + ")" : Printer.raw(e)) + " is not a type");
    }

    private Expr unary(Unary u) {
        if (u.op.equals("&")) {
            if (u.x instanceof CompositeLit) {
                Expr x = expr(u.x);
                u.x = x;
                u.type = new GoType.Pointer(x.type);
                return u;
            }
            Expr x = expr(u.x);
            if (!addressable(x)) {
                throw error(x, "invalid operation: cannot take address of " + ErrorText.operand(x));
            }
            markAddressTaken(x);
            u.x = x;
            u.type = new GoType.Pointer(x.type);
            return u;
        }
        if (u.op.equals("*")) {
            Expr x = expr0(u.x);
            if (x instanceof TypeOperand t) {
                TypeOperand p = new TypeOperand(u.line, u.col, null);
                p.type = new GoType.Pointer(t.type);
                return p;
            }
            if (x.type == GoType.UNTYPED_NIL) {
                throw error(x, "invalid operation: cannot indirect nil");
            }
            if (!(x.type.underlying() instanceof GoType.Pointer p)) {
                throw error(x, "invalid operation: cannot indirect " + ErrorText.operand(x));
            }
            u.x = x;
            u.type = p.elem;
            return u;
        }
        if (u.op.equals("<-")) {
            Expr x = expr(u.x);
            if (!(x.type.underlying() instanceof GoType.Chan c)) {
                throw error(x, "invalid operation: cannot receive from non-channel " + ErrorText.operand(x));
            }
            u.x = x;
            u.type = c.elem;
            return u;
        }
        Expr x = expr(u.x);
        u.x = x;
        if (!(x.type.underlying() instanceof GoType.Basic b)) {
            throw error(x, "invalid operation: operator " + u.op + " not defined on " + ErrorText.operand(x));
        }
        boolean ok = switch (u.op) {
            case "!" -> b.isBool();
            case "^" -> b.isInteger();
            default -> b.isNumeric();
        };
        if (!ok) {
            throw error(x, "invalid operation: operator " + u.op + " not defined on " + ErrorText.operand(x));
        }
        u.type = x.type;
        if (x.constant != null) {
            u.constant = Constants.unary(u, x.constant, b);
            if (!b.untyped()) {
                representable(u, x.type);
            }
        }
        return u;
    }

    private Expr binary(Binary b) {
        b.x = expr(b.x);
        b.y = expr(b.y);
        boolean shift = b.op.equals("<<") || b.op.equals(">>");
        binaryTypes(b, shift);
        return b;
    }

    private void binaryTypes(Binary b, boolean shift) {
        Expr x = b.x;
        Expr y = b.y;
        String op = b.op;
        if (shift) {
            if (!(y.type.underlying() instanceof GoType.Basic yb && yb.isInteger())) {
                throw error(y, y.constant instanceof Value.Float ? ErrorText.operand(y) + " truncated to uint"
                        : "invalid operation: shift count " + ErrorText.operand(y) + " must be integer");
            }
            if (!(x.type.underlying() instanceof GoType.Basic xb && (xb.isInteger()
                    || x.constant instanceof Value.Float d && d.v() == Math.rint(d.v())))) {
                throw error(b, "invalid operation: shifted operand " + ErrorText.operand(x) + " must be integer");
            }
            if (x.constant != null && y.constant == null && xb.untyped()) {
                throw unsupported(b, "non-constant shift of an untyped constant");
            }
            if (y.constant instanceof Value.Int sc && sc.v().signum() < 0) {
                throw error(y, "invalid operation: negative shift count " + Printer.print(y));
            }
            b.type = x.type;
            if (x.constant != null && y.constant != null) {
                b.constant = Constants.shift(b, x.constant, y.constant);
                if (x.type == GoType.UNTYPED_FLOAT) {
                    b.type = GoType.UNTYPED_INT;
                }
                if (!xb.untyped()) {
                    representable(b, x.type);
                }
            }
            if (y.constant == null && !(y.type instanceof GoType.Basic yb2 && !yb2.untyped())) {
                b.y = convertUntyped(y, GoType.UINT);
            } else if (y.constant != null) {
                b.y = convertUntyped(y, GoType.UINT);
            }
            return;
        }
        if (x.type == null || y.type == null || x.type instanceof GoType.Tuple || y.type instanceof GoType.Tuple) {
            throw error(b, "invalid operation: operand has no single value");
        }
        boolean comparison = Set.of("==", "!=", "<", "<=", ">", ">=").contains(op);
        if (comparison && (x.type.isInterface() != y.type.isInterface()) && x.type != GoType.UNTYPED_NIL
                && y.type != GoType.UNTYPED_NIL) {
            throw unsupported(b, "comparison of an interface with a non-interface value");
        }
        GoType t;
        if (x.type instanceof GoType.Basic xb && xb.untyped() && y.type instanceof GoType.Basic yb && yb.untyped()) {
            t = Constants.rank(xb) >= Constants.rank(yb) ? xb : yb;
            if (xb == GoType.UNTYPED_NIL || yb == GoType.UNTYPED_NIL) {
                throw error(b, "invalid operation: " + Printer.raw(b)
                        + " (operator " + op + " not defined on nil)");
            }
            if (xb.isString() != yb.isString() || xb.isBool() != yb.isBool()) {
                throw error(b, "invalid operation: " + Printer.raw(b)
                        + " (mismatched types " + xb + " and " + yb + ")");
            }
        } else if (x.type instanceof GoType.Basic xb && xb.untyped()) {
            if (!assignable(xb, y.type)) {
                throw error(b, "invalid operation: " + Printer.raw(b) + " (mismatched types " + ErrorText.type(x.type)
                        + " and " + ErrorText.type(y.type) + ")");
            }
            b.x = x = assign(x, y.type, x.line, x.col, "operand");
            t = y.type;
        } else if (y.type instanceof GoType.Basic yb && yb.untyped()) {
            if (!assignable(yb, x.type)) {
                throw error(b, "invalid operation: " + Printer.raw(b) + " (mismatched types " + ErrorText.type(x.type)
                        + " and " + ErrorText.type(y.type) + ")");
            }
            b.y = y = assign(y, x.type, y.line, y.col, "operand");
            t = x.type;
        } else {
            if (!GoType.identical(x.type, y.type)) {
                // types2 reports a mismatched comparison at its second operand, arithmetic at its start
                throw error(comparison ? y : b, "invalid operation: " + Printer.print(x) + " " + op + " "
                        + Printer.print(y) + " (mismatched types " + ErrorText.type(x.type) + " and "
                        + ErrorText.type(y.type) + ")");
            }
            t = x.type;
        }
        if (comparison) {
            if (op.equals("==") || op.equals("!=")) {
                GoType u = t.underlying();
                boolean nilCmp = x.type == GoType.UNTYPED_NIL || y.type == GoType.UNTYPED_NIL;
                if (!nilCmp && !comparable(t)) {
                    throw error(b, "invalid operation: " + Printer.raw(b)
                            + " (" + incomparableCause(t) + ")");
                }
                if (nilCmp && !(u instanceof GoType.PointerShaped || u instanceof GoType.Slice
                        || u instanceof GoType.Interface)) {
                    throw error(b, "invalid operation: " + Printer.raw(b)
                            + " (mismatched types " + x.type + " and untyped nil)");
                }
            } else if (!(t.underlying() instanceof GoType.Basic tb && (tb.isNumeric() || tb.isString()))) {
                throw error(b, "invalid operation: " + Printer.raw(b)
                        + " (operator " + op + " not defined on " + Printer.print(x) + ")");
            }
            b.type = GoType.UNTYPED_BOOL;
            if (x.constant != null && y.constant != null) {
                b.constant = Constants.comparison(op, x.constant, y.constant);
            }
            if (x.constant == null || y.constant == null) {
                b.x = convertUntyped(b.x, defaultType(t));
                b.y = convertUntyped(b.y, defaultType(t));
            }
            return;
        }
        if (op.equals("&&") || op.equals("||")) {
            if (!(t.underlying() instanceof GoType.Basic tb && tb.isBool())) {
                throw error(b, "invalid operation: operator " + op + " not defined on " + Printer.print(x));
            }
            b.type = t;
            if (x.constant != null && y.constant != null) {
                b.constant = Constants.logical(op, x.constant, y.constant);
            }
            return;
        }
        if (!(t.underlying() instanceof GoType.Basic tb)) {
            throw error(b, "invalid operation: operator " + op + " not defined on " + ErrorText.operand(x));
        }
        boolean ok = switch (op) {
            case "+" -> tb.isNumeric() || tb.isString();
            case "-", "*", "/" -> tb.isNumeric();
            default -> tb.isInteger();
        };
        if (!ok) {
            throw error(b, "invalid operation: operator " + op + " not defined on " + ErrorText.operand(x));
        }
        if ((op.equals("/") || op.equals("%")) && y.constant != null && Constants.isZero(y.constant)) {
            throw error(y, "invalid operation: division by zero");
        }
        b.type = t;
        if (x.constant != null && y.constant != null) {
            b.constant = Constants.fold(b, op, x.constant, y.constant, tb);
            if (!tb.untyped()) {
                representable(b, t);
            }
        }
    }

}
