package dev.gopherdrill.simulation.escape;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;

/**
 * The syntax tree of one file, as the parser builds it and the checker annotates it.
 * Nodes are mutable on purpose: the checker resolves names, records types and constant
 * values, and replaces operands with the implicit conversions Go inserts (to interface
 * types, the {@code ... argument} slice of a variadic call), so that the analysis walks
 * the same shape of tree the compiler's escape pass walks after typecheck.
 *
 * <p>Positions follow the compiler's: a call is at its {@code (}, a selector at its
 * {@code .}, an index or slice at its {@code [}, a binary expression at its operator, a
 * composite literal at its {@code {}, {@code &T{...}} at its {@code &}.
 */
final class Ast {

    private Ast() {
    }

    /** A source position: line and column, both from 1. */
    record Pos(int line, int col) {
        static Pos of(Node n) {
            return new Pos(n.line, n.col);
        }

        /**
         * An expression's leftmost token, where types2 reports an error on it (syntax.StartPos);
         * a node's own position is gc's, the operator or the call's parenthesis.
         */
        static Pos start(Expr e) {
            Expr left = e instanceof Call c ? c.fun : e instanceof Binary b ? b.x : e instanceof Selector s ? s.x
                    : e instanceof Index ix ? ix.x : e instanceof SliceExpr sl ? sl.x : e instanceof TypeAssert t ? t.x
                    : null;
            if (e instanceof CompositeLit lit && lit.typeExpr != null && e.parens == 0) {
                return of(lit.typeExpr);
            }
            return left == null || e.parens > 0 ? of(e) : start(left);
        }
    }

    abstract static class Node {
        final int line;
        final int col;

        Node(int line, int col) {
            this.line = line;
            this.col = col;
        }
    }

    // ---- expressions

    abstract static class Expr extends Node {
        GoType type;
        /** The value of a constant expression, else null. */
        Value constant;
        /** How many source parentheses enclose it (constants print as written). */
        int parens;

        Expr(int line, int col) {
            super(line, col);
        }
    }

    static final class Ident extends Expr {
        final String name;
        /** What the name resolves to, after checking. */
        Entity obj;

        Ident(int line, int col, String name) {
            super(line, col);
            this.name = name;
        }

        /**
         * A checked reference to a variable that the source does not spell here: the results
         * a return assigns, a go/defer argument's temporary.
         */
        static Ident of(Var v) {
            Ident id = new Ident(v.line, v.col, v.name);
            id.obj = v;
            id.type = v.type;
            return id;
        }
    }

    static final class BasicLit extends Expr {
        final Lexer.Kind kind;
        final String text;
        final String value;

        BasicLit(int line, int col, Lexer.Kind kind, String text, String value) {
            super(line, col);
            this.kind = kind;
            this.text = text;
            this.value = value;
        }
    }

    static final class Element {
        Expr key;
        Expr value;
        final int line;
        final int col;

        Element(Expr key, Expr value, int line, int col) {
            this.key = key;
            this.value = value;
            this.line = line;
            this.col = col;
        }
    }

    static final class CompositeLit extends Expr {
        TypeExpr typeExpr;
        final List<Element> elements;
        /** Implicit: the {@code ... argument} slice of a variadic call. */
        boolean implicit;
        /** Where the closing brace is, for "too few values"; null for a literal the checker made. */
        Pos rbrace;

        CompositeLit(int line, int col, TypeExpr typeExpr, List<Element> elements) {
            super(line, col);
            this.typeExpr = typeExpr;
            this.elements = elements;
        }
    }

    static final class FuncLit extends Expr {
        final FuncTypeExpr sig;
        final Block body;
        Func fn;

        FuncLit(int line, int col, FuncTypeExpr sig, Block body) {
            super(line, col);
            this.sig = sig;
            this.body = body;
        }
    }

    enum SelKind { FIELD, FIELD_PTR, METHOD_VALUE, METHOD_CALLEE, QUALIFIED }

    static final class Selector extends Expr {
        Expr x;
        final String name;
        /** Where the name after the dot is, as the parser read it; null for a selector the checker made. */
        Pos namePos;
        SelKind kind;
        Method method;

        Selector(int line, int col, Expr x, String name) {
            super(line, col);
            this.x = x;
            this.name = name;
        }
    }

    static final class Index extends Expr {
        Expr x;
        Expr index;

        Index(int line, int col, Expr x, Expr index) {
            super(line, col);
            this.x = x;
            this.index = index;
        }
    }

    static final class SliceExpr extends Expr {
        Expr x;
        Expr lo;
        Expr hi;
        Expr max;
        final boolean three;

        SliceExpr(int line, int col, Expr x, Expr lo, Expr hi, Expr max, boolean three) {
            super(line, col);
            this.x = x;
            this.lo = lo;
            this.hi = hi;
            this.max = max;
            this.three = three;
        }
    }

    enum CallKind { FUNC, METHOD, INTERFACE_METHOD, CONVERSION, BUILTIN, STDLIB }

    static final class Call extends Expr {
        Expr fun;
        final List<Expr> args;
        final boolean ellipsis;
        CallKind kind;
        /** For conversions and make/new: the type operand. */
        GoType typeArg;
        /** For builtins: its name; for stdlib calls: "fmt.Println". */
        String builtin;
        /** For calls of a declared function or a method: its Func. */
        Func target;

        Call(int line, int col, Expr fun, List<Expr> args, boolean ellipsis) {
            super(line, col);
            this.fun = fun;
            this.args = args;
            this.ellipsis = ellipsis;
        }

        /** A checked conversion of a slice to a pointer to an array (OSLICE2ARRPTR, Go 1.17). */
        boolean sliceToArrayPointer() {
            return kind == CallKind.CONVERSION && type.underlying() instanceof GoType.Pointer
                    && args.get(0).type.underlying() instanceof GoType.Slice;
        }
    }

    static final class Unary extends Expr {
        final String op;
        Expr x;
        /** An {@code &} or {@code *} the compiler inserts (method receivers); not printed. */
        boolean implicit;

        Unary(int line, int col, String op, Expr x) {
            super(line, col);
            this.op = op;
            this.x = x;
        }
    }

    static final class Binary extends Expr {
        final String op;
        Expr x;
        Expr y;
        /** The checker's stand-in for {@code x op= y}, which errors print as written. */
        boolean assignment;

        Binary(int line, int col, String op, Expr x, Expr y) {
            super(line, col);
            this.op = op;
            this.x = x;
            this.y = y;
        }
    }

    /** A type in expression position: a conversion's or make's operand, or a parenthesised type. */
    static final class TypeOperand extends Expr {
        final TypeExpr typeExpr;

        TypeOperand(int line, int col, TypeExpr typeExpr) {
            super(line, col);
            this.typeExpr = typeExpr;
        }
    }

    /** An implicit conversion to an interface type, inserted by the checker (OCONVIFACE). */
    static final class ConvIface extends Expr {
        Expr x;

        ConvIface(int line, int col, Expr x, GoType target) {
            super(line, col);
            this.x = x;
            this.type = target;
        }
    }

    // ---- types as written

    abstract static class TypeExpr extends Node {
        TypeExpr(int line, int col) {
            super(line, col);
        }
    }

    static final class NamedTypeExpr extends TypeExpr {
        final String pkg;
        final String name;

        NamedTypeExpr(int line, int col, String pkg, String name) {
            super(line, col);
            this.pkg = pkg;
            this.name = name;
        }
    }

    static final class PointerTypeExpr extends TypeExpr {
        final TypeExpr elem;

        PointerTypeExpr(int line, int col, TypeExpr elem) {
            super(line, col);
            this.elem = elem;
        }
    }

    static final class SliceTypeExpr extends TypeExpr {
        final TypeExpr elem;

        SliceTypeExpr(int line, int col, TypeExpr elem) {
            super(line, col);
            this.elem = elem;
        }
    }

    static final class ArrayTypeExpr extends TypeExpr {
        final Expr len;
        final TypeExpr elem;

        ArrayTypeExpr(int line, int col, Expr len, TypeExpr elem) {
            super(line, col);
            this.len = len;
            this.elem = elem;
        }
    }

    static final class MapTypeExpr extends TypeExpr {
        final TypeExpr key;
        final TypeExpr value;

        MapTypeExpr(int line, int col, TypeExpr key, TypeExpr value) {
            super(line, col);
            this.key = key;
            this.value = value;
        }
    }

    static final class ChanTypeExpr extends TypeExpr {
        final TypeExpr elem;

        ChanTypeExpr(int line, int col, TypeExpr elem) {
            super(line, col);
            this.elem = elem;
        }
    }

    record FieldDecl(List<Ident> names, TypeExpr type) {
    }

    static final class StructTypeExpr extends TypeExpr {
        final List<FieldDecl> fields;

        StructTypeExpr(int line, int col, List<FieldDecl> fields) {
            super(line, col);
            this.fields = fields;
        }
    }

    record MethodSpec(Ident name, FuncTypeExpr sig) {
    }

    static final class InterfaceTypeExpr extends TypeExpr {
        final List<MethodSpec> methods;

        InterfaceTypeExpr(int line, int col, List<MethodSpec> methods) {
            super(line, col);
            this.methods = methods;
        }
    }

    /** A parameter or result group; names may be empty (unnamed). */
    record ParamDecl(List<Ident> names, TypeExpr type, boolean variadic) {
    }

    static final class FuncTypeExpr extends TypeExpr {
        final List<ParamDecl> params;
        final List<ParamDecl> results;

        FuncTypeExpr(int line, int col, List<ParamDecl> params, List<ParamDecl> results) {
            super(line, col);
            this.params = params;
            this.results = results;
        }
    }

    // ---- statements

    abstract static class Stmt extends Node {
        Stmt(int line, int col) {
            super(line, col);
        }
    }

    static final class Block extends Stmt {
        final List<Stmt> stmts;
        final int rbraceLine;
        final int rbraceCol;

        Block(int line, int col, List<Stmt> stmts, int rbraceLine, int rbraceCol) {
            super(line, col);
            this.stmts = stmts;
            this.rbraceLine = rbraceLine;
            this.rbraceCol = rbraceCol;
        }
    }

    static final class ExprStmt extends Stmt {
        Expr x;

        ExprStmt(Expr x) {
            super(x.line, x.col);
            this.x = x;
        }
    }

    /** {@code =}, {@code :=}, {@code op=} and {@code ++}/{@code --} (op "+=" / "-=" with rhs 1). */
    static final class Assign extends Stmt {
        final List<Expr> lhs;
        final String op;
        final List<Expr> rhs;
        /** For := : which lhs names this statement declares. */
        final List<Var> declared = new ArrayList<>();
        /** {@code x++} or {@code x--}, which the parser reads as {@code x += 1} or {@code x -= 1}. */
        boolean incDec;

        Assign(int line, int col, List<Expr> lhs, String op, List<Expr> rhs) {
            super(line, col);
            this.lhs = lhs;
            this.op = op;
            this.rhs = rhs;
        }
    }

    static final class VarDecl extends Stmt {
        final List<Ident> names;
        final TypeExpr type;
        final List<Expr> values;
        final List<Var> vars = new ArrayList<>();

        VarDecl(int line, int col, List<Ident> names, TypeExpr type, List<Expr> values) {
            super(line, col);
            this.names = names;
            this.type = type;
            this.values = values;
        }
    }

    static final class ConstDecl extends Stmt {
        final List<Ident> names;
        final TypeExpr type;
        final List<Expr> values;
        final int iota;

        ConstDecl(int line, int col, List<Ident> names, TypeExpr type, List<Expr> values, int iota) {
            super(line, col);
            this.names = names;
            this.type = type;
            this.values = values;
            this.iota = iota;
        }
    }

    static final class If extends Stmt {
        final Stmt init;
        Expr cond;
        final Block then;
        Stmt otherwise;

        If(int line, int col, Stmt init, Expr cond, Block then, Stmt otherwise) {
            super(line, col);
            this.init = init;
            this.cond = cond;
            this.then = then;
            this.otherwise = otherwise;
        }
    }

    static final class For extends Stmt {
        final Stmt init;
        Expr cond;
        final Stmt post;
        final Block body;

        For(int line, int col, Stmt init, Expr cond, Stmt post, Block body) {
            super(line, col);
            this.init = init;
            this.cond = cond;
            this.post = post;
            this.body = body;
        }
    }

    static final class Range extends Stmt {
        Expr key;
        Expr value;
        final boolean define;
        Expr x;
        final Block body;
        final List<Var> declared = new ArrayList<>();

        Range(int line, int col, Expr key, Expr value, boolean define, Expr x, Block body) {
            super(line, col);
            this.key = key;
            this.value = value;
            this.define = define;
            this.x = x;
            this.body = body;
        }
    }

    static final class Case {
        final List<Expr> exprs;
        final List<Stmt> body;
        final boolean isDefault;
        final int line;
        final int col;

        Case(int line, int col, List<Expr> exprs, List<Stmt> body, boolean isDefault) {
            this.line = line;
            this.col = col;
            this.exprs = exprs;
            this.body = body;
            this.isDefault = isDefault;
        }
    }

    static final class Switch extends Stmt {
        final Stmt init;
        Expr tag;
        final List<Case> cases;

        Switch(int line, int col, Stmt init, Expr tag, List<Case> cases) {
            super(line, col);
            this.init = init;
            this.tag = tag;
            this.cases = cases;
        }
    }

    static final class Return extends Stmt {
        final List<Expr> results;

        Return(int line, int col, List<Expr> results) {
            super(line, col);
            this.results = results;
        }
    }

    static final class GoDefer extends Stmt {
        final boolean isGo;
        Call call;

        GoDefer(int line, int col, boolean isGo, Call call) {
            super(line, col);
            this.isGo = isGo;
            this.call = call;
        }
    }

    static final class Send extends Stmt {
        Expr ch;
        Expr value;

        Send(int line, int col, Expr ch, Expr value) {
            super(line, col);
            this.ch = ch;
            this.value = value;
        }
    }

    /** break, continue, fallthrough and goto; {@code label} is null for an unlabelled one. */
    static final class Branch extends Stmt {
        final String keyword;
        final Ident label;

        Branch(int line, int col, String keyword, Ident label) {
            super(line, col);
            this.keyword = keyword;
            this.label = label;
        }
    }

    /** {@code L: stmt}; labels have function scope, so the checker resolves them per function. */
    static final class Labeled extends Stmt {
        final Ident label;
        final Stmt stmt;

        Labeled(Ident label, Stmt stmt) {
            super(label.line, label.col);
            this.label = label;
            this.stmt = stmt;
        }
    }

    /** A type declaration inside a body: the type is in scope from its name to the end of the block. */
    static final class LocalTypes extends Stmt {
        final List<TypeDecl> specs;

        LocalTypes(int line, int col, List<TypeDecl> specs) {
            super(line, col);
            this.specs = specs;
        }
    }

    /** A parenthesised var or const group inside a body: declares in the enclosing scope. */
    static final class DeclGroup extends Stmt {
        final List<Stmt> decls;

        DeclGroup(int line, int col, List<Stmt> decls) {
            super(line, col);
            this.decls = decls;
        }
    }

    /** The implicit type assertion the devirtualizer puts on a receiver (s.(T)). */
    static final class TypeAssert extends Expr {
        Expr x;
        /** As written, for a source assertion; null for the devirtualizer's. */
        TypeExpr typeExpr;

        TypeAssert(int line, int col, Expr x, GoType t) {
            super(line, col);
            this.x = x;
            this.type = t;
        }
    }

    static final class Empty extends Stmt {
        Empty(int line, int col) {
            super(line, col);
        }
    }

    // ---- declarations

    record Import(String path, int line, int col) {
    }

    static final class FuncDecl extends Node {
        final ParamDecl recv;
        final Ident name;
        final FuncTypeExpr sig;
        final Block body;
        Func fn;

        FuncDecl(int line, int col, ParamDecl recv, Ident name, FuncTypeExpr sig, Block body) {
            super(line, col);
            this.recv = recv;
            this.name = name;
            this.sig = sig;
            this.body = body;
        }
    }

    static final class TypeDecl extends Node {
        final Ident name;
        final TypeExpr type;
        TypeDecl(int line, int col, Ident name, TypeExpr type) {
            super(line, col);
            this.name = name;
            this.type = type;
        }
    }

    /** {@code branchErrors}: what {@link Branches} found, reported with the type errors in position order. */
    record File(String pkg, List<Import> imports, List<Node> decls, List<EscapeSourceException> branchErrors) {
    }

    // ---- objects the checker resolves names to

    /** What a name resolves to (types2.Object): the only things a scope or a checked identifier holds. */
    sealed interface Entity permits Var, Const, TypeName, Builtin, Func {
    }

    enum VarKind { PARAM, RESULT, LOCAL, GLOBAL }

    static final class Var implements Entity {
        final String name;
        final int line;
        final int col;
        GoType type;
        final VarKind kind;
        final Func fn;
        /** The statement that declares and initialises it (ir.Name.Defn), if any. */
        Stmt defn;
        boolean used;
        /** Assigned again after its definition anywhere in its function (ir.Reassigned). */
        boolean reassignedAnywhere;
        Location loc;

        Var(String name, int line, int col, GoType type, VarKind kind, Func fn) {
            this.name = name;
            this.line = line;
            this.col = col;
            this.type = type;
            this.kind = kind;
            this.fn = fn;
        }
    }

    static final class Const implements Entity {
        final String name;
        final GoType type;
        final Value value;
        final Expr origin;

        Const(String name, GoType type, Value value, Expr origin) {
            this.name = name;
            this.type = type;
            this.value = value;
            this.origin = origin;
        }
    }

    record TypeName(String name, GoType type) implements Entity {
    }

    record Builtin(String name) implements Entity {
    }

    /** A method of a named type declared in the file. */
    record Method(String name, Func fn, boolean pointerRecv, GoType.Named recvType) {
    }

    /** A function body: a declaration, a method, or a function literal (closure). */
    static final class Func implements Entity {
        final String name;
        final Func outer;
        final List<Var> params = new ArrayList<>();
        final List<Var> results = new ArrayList<>();
        /** Every variable declared in the body, in declaration order (ir.Func.Dcl after the params and results). */
        final List<Var> dcl = new ArrayList<>();
        /** Variables of enclosing functions this closure refers to, in order of first reference. */
        final List<Var> closureVars = new ArrayList<>();
        /** Functions, methods and closures the body refers to, in source order (for the call graph). */
        final List<Func> refs = new ArrayList<>();
        GoType.Func sig;
        Block body;
        FuncLit lit;
        boolean closureCalled;
        int closureCount;
        /** Escape tags of recv+params after analysis; null while unanalysed. */
        Leaks[] tags;
        int escState;

        Func(String name, Func outer) {
            this.name = name;
            this.outer = outer;
        }

        boolean isClosure() {
            return outer != null;
        }
    }

    // ---- the traversal

    /**
     * The one traversal of the tree, pre-order in source order: each statement, then the
     * expressions and statements it contains. The passes that look at every node
     * (devirtualization, dead code, the goto scan, conversion positions) use it rather than
     * each spelling out which fields of which node hold children.
     */
    static final class Walk {
        private final Consumer<Stmt> visitStmt;
        private final Consumer<Expr> visitExpr;
        private final boolean intoClosures;

        private Walk(Consumer<Stmt> visitStmt, Consumer<Expr> visitExpr, boolean intoClosures) {
            this.visitStmt = visitStmt;
            this.visitExpr = visitExpr;
            this.intoClosures = intoClosures;
        }

        /** The calls of a body, closures included. */
        static void calls(Stmt s, Consumer<Call> visit) {
            exprs(s, e -> {
                if (e instanceof Call c) {
                    visit.accept(c);
                }
            });
        }

        /** The expressions of a body, closures included. */
        static void exprs(Stmt s, Consumer<Expr> visit) {
            nodes(s, n -> { }, visit, true);
        }

        /** Statements and expressions in source order; closure bodies only if {@code intoClosures}. */
        static void nodes(Stmt s, Consumer<Stmt> visitStmt, Consumer<Expr> visitExpr, boolean intoClosures) {
            new Walk(visitStmt, visitExpr, intoClosures).stmt(s);
        }

        /** An expression and the expressions inside it; closure bodies only if {@code intoClosures}. */
        static void expr(Expr e, Consumer<Expr> visitExpr, boolean intoClosures) {
            new Walk(n -> { }, visitExpr, intoClosures).expr(e);
        }

        private void stmt(Stmt n) {
            if (n == null) {
                return;
            }
            visitStmt.accept(n);
            if (n instanceof Block b) {
                b.stmts.forEach(this::stmt);
            } else if (n instanceof DeclGroup g) {
                g.decls.forEach(this::stmt);
            } else if (n instanceof ExprStmt e) {
                expr(e.x);
            } else if (n instanceof Assign a) {
                a.lhs.forEach(this::expr);
                a.rhs.forEach(this::expr);
            } else if (n instanceof VarDecl d) {
                d.values.forEach(this::expr);
            } else if (n instanceof If i) {
                stmt(i.init);
                expr(i.cond);
                stmt(i.then);
                stmt(i.otherwise);
            } else if (n instanceof For f) {
                stmt(f.init);
                expr(f.cond);
                stmt(f.post);
                stmt(f.body);
            } else if (n instanceof Range r) {
                expr(r.key);
                expr(r.value);
                expr(r.x);
                stmt(r.body);
            } else if (n instanceof Switch sw) {
                stmt(sw.init);
                expr(sw.tag);
                for (Case c : sw.cases) {
                    c.exprs.forEach(this::expr);
                    c.body.forEach(this::stmt);
                }
            } else if (n instanceof Return r) {
                r.results.forEach(this::expr);
            } else if (n instanceof GoDefer g) {
                expr(g.call);
            } else if (n instanceof Send sd) {
                expr(sd.ch);
                expr(sd.value);
            } else if (n instanceof Labeled l) {
                stmt(l.stmt);
            }
        }

        private void expr(Expr e) {
            if (e == null) {
                return;
            }
            visitExpr.accept(e);
            if (e instanceof Call c) {
                expr(c.fun);
                c.args.forEach(this::expr);
            } else if (e instanceof Unary u) {
                expr(u.x);
            } else if (e instanceof Binary b) {
                expr(b.x);
                expr(b.y);
            } else if (e instanceof Selector s) {
                expr(s.x);
            } else if (e instanceof Index ix) {
                expr(ix.x);
                expr(ix.index);
            } else if (e instanceof SliceExpr sl) {
                expr(sl.x);
                expr(sl.lo);
                expr(sl.hi);
                expr(sl.max);
            } else if (e instanceof ConvIface cv) {
                expr(cv.x);
            } else if (e instanceof TypeAssert ta) {
                expr(ta.x);
            } else if (e instanceof CompositeLit lit) {
                for (Element el : lit.elements) {
                    expr(el.key);
                    expr(el.value);
                }
            } else if (e instanceof FuncLit f && intoClosures) {
                stmt(f.body);
            }
        }
    }
}
