package dev.gopherdrill.simulation.escape;

import static dev.gopherdrill.simulation.escape.Lexer.Kind.CHAR;
import static dev.gopherdrill.simulation.escape.Lexer.Kind.EOF;
import static dev.gopherdrill.simulation.escape.Lexer.Kind.FLOAT;
import static dev.gopherdrill.simulation.escape.Lexer.Kind.IDENT;
import static dev.gopherdrill.simulation.escape.Lexer.Kind.INT;
import static dev.gopherdrill.simulation.escape.Lexer.Kind.SEMI;
import static dev.gopherdrill.simulation.escape.Lexer.Kind.STRING;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import dev.gopherdrill.simulation.escape.Ast.*;
import dev.gopherdrill.simulation.escape.Lexer.Token;

/**
 * A recursive-descent parser for the subset, written from the Go specification's
 * productions (not from the compiler's parser). Like the compiler it tracks an
 * expression level so that {@code if x == T{} {} } is read the way Go reads it
 * (composite literals are not allowed bare in a control clause). Constructs the spec
 * allows but the subset does not (select, type switches, generics, embedding, directional
 * channels) are refused here
 * with {@code unsupported}, at the position of their first token.
 */
final class Parser {

    private final List<Token> toks;
    private int p;
    /** < 0 inside a control clause header, where `T {` opens the block, not a literal. */
    private int exprLev;
    private final List<EscapeSourceException> branchErrors = new ArrayList<>();

    private Parser(List<Token> toks) {
        this.toks = toks;
    }

    static File parse(String source) {
        return new Parser(Lexer.tokens(source)).file();
    }

    // ---- token helpers

    private Token tok() {
        return toks.get(p);
    }

    private Token peek(int k) {
        return toks.get(Math.min(p + k, toks.size() - 1));
    }

    private boolean at(String s) {
        return tok().is(s);
    }

    private Token next() {
        Token t = tok();
        if (t.kind() != EOF) {
            p++;
        }
        return t;
    }

    private boolean accept(String s) {
        if (at(s)) {
            next();
            return true;
        }
        return false;
    }

    private Token expect(String s) {
        if (!at(s)) {
            throw syntax("unexpected " + describe(tok()) + ", expecting " + s);
        }
        return next();
    }

    private static String describe(Token t) {
        return switch (t.kind()) {
            case SEMI -> t.text().equals("EOF") ? "EOF" : "newline";
            case EOF -> "EOF";
            case IDENT -> Lexer.KEYWORDS.contains(t.text()) ? "keyword " + t.text() : "name " + t.text();
            case INT, FLOAT, CHAR, STRING -> "literal " + t.text();
            default -> t.text();
        };
    }

    private EscapeSourceException syntax(String msg) {
        return EscapeSourceException.error(tok().line(), tok().col(), "syntax error: " + msg);
    }

    private EscapeSourceException unsupported(Token t, String what) {
        return EscapeSourceException.unsupported(t.line(), t.col(), what);
    }

    private void semi(String context) {
        if (tok().kind() == SEMI || at(";")) {
            next();
            return;
        }
        if (at(")") || at("}")) {
            return;
        }
        throw syntax("unexpected " + describe(tok()) + " " + context);
    }

    private boolean isSemi() {
        return tok().kind() == SEMI || at(";");
    }

    private Ident ident() {
        Token t = tok();
        if (t.kind() != IDENT || Lexer.KEYWORDS.contains(t.text())) {
            throw syntax("unexpected " + describe(t) + ", expecting name");
        }
        next();
        return new Ident(t.line(), t.col(), t.text());
    }

    private boolean atIdent() {
        return tok().kind() == IDENT && !Lexer.KEYWORDS.contains(tok().text());
    }

    // ---- file

    private File file() {
        if (!at("package")) {
            throw syntax("package statement must be first");
        }
        next();
        Ident pkg = ident();
        semi("after package clause");
        List<Import> imports = new ArrayList<>();
        while (at("import")) {
            next();
            if (accept("(")) {
                while (!at(")")) {
                    imports.add(importSpec());
                    semi("in import declaration");
                }
                next();
            } else {
                imports.add(importSpec());
            }
            semi("after import declaration");
        }
        List<Node> decls = new ArrayList<>();
        while (tok().kind() != EOF) {
            if (at("func")) {
                decls.add(funcDecl());
            } else if (at("var")) {
                Token t = next();
                group(() -> decls.add(varSpec(t)));
            } else if (at("const")) {
                Token t = next();
                constGroup(t, decls);
            } else if (at("type")) {
                next();
                group(() -> decls.add(typeSpec()));
            } else if (at("import")) {
                throw syntax("imports must appear before other declarations");
            } else {
                throw syntax("non-declaration statement outside function body");
            }
            if (tok().kind() != EOF) {
                semi("after top level declaration");
            }
        }
        return new File(pkg.name, imports, decls, branchErrors);
    }

    private void group(Runnable spec) {
        if (accept("(")) {
            while (!at(")")) {
                spec.run();
                semi("in grouped declaration");
            }
            next();
        } else {
            spec.run();
        }
    }

    private Import importSpec() {
        Token t = tok();
        if (atIdent() || at(".")) {
            throw unsupported(t, "named import");
        }
        if (t.kind() != STRING) {
            throw syntax("missing import path; require quoted string");
        }
        next();
        return new Import(t.value(), t.line(), t.col());
    }

    private TypeDecl typeSpec() {
        Ident name = ident();
        // type T [N]int is an array; type T[P any] a type parameter list (a name, then not "]")
        if (at("[") && peek(1).kind() == IDENT && !peek(2).is("]")) {
            throw unsupported(tok(), "generic type");
        }
        boolean alias = accept("=");
        if (alias) {
            throw unsupported(toks.get(p - 1), "type alias");
        }
        TypeExpr t = type();
        return new TypeDecl(name.line, name.col, name, t);
    }

    private VarDecl varSpec(Token kw) {
        List<Ident> names = identList();
        TypeExpr type = null;
        if (!at("=")) {
            type = type();
        }
        List<Expr> values = List.of();
        if (accept("=")) {
            values = exprList();
        }
        if (type == null && values.isEmpty()) {
            throw syntax("unexpected " + describe(tok()) + ", expecting type");
        }
        return new VarDecl(kw.line(), kw.col(), names, type, values);
    }

    private void constGroup(Token kw, List<? super ConstDecl> out) {
        if (accept("(")) {
            int iota = 0;
            TypeExpr lastType = null;
            List<Expr> lastValues = null;
            while (!at(")")) {
                List<Ident> names = identList();
                TypeExpr type = null;
                List<Expr> values;
                if (!at("=") && !isSemi() && !at(")")) {
                    type = type();
                }
                if (accept("=")) {
                    values = exprList();
                    lastType = type;
                    lastValues = values;
                } else {
                    if (type != null || lastValues == null) {
                        throw EscapeSourceException.error(names.get(0).line, names.get(0).col,
                                "missing init expr for const declaration");
                    }
                    type = lastType;
                    values = lastValues;
                }
                out.add(new ConstDecl(kw.line(), kw.col(), names, type, values, iota));
                iota++;
                semi("in grouped declaration");
            }
            next();
        } else {
            List<Ident> names = identList();
            TypeExpr type = null;
            if (!at("=")) {
                type = type();
            }
            expect("=");
            out.add(new ConstDecl(kw.line(), kw.col(), names, type, exprList(), 0));
        }
    }

    private List<Ident> identList() {
        List<Ident> names = new ArrayList<>();
        names.add(ident());
        while (accept(",")) {
            names.add(ident());
        }
        return names;
    }

    private FuncDecl funcDecl() {
        Token kw = expect("func");
        ParamDecl recv = null;
        if (at("(")) {
            Token lp = tok();
            List<ParamDecl> r = params(false);
            if (r.size() != 1 || r.get(0).names().size() > 1) {
                throw EscapeSourceException.error(lp.line(), lp.col(), "method has multiple receivers");
            }
            recv = r.get(0);
        }
        Ident name = ident();
        if (at("[")) {
            throw unsupported(tok(), "generic function");
        }
        FuncTypeExpr sig = signature(kw);
        Block body = null;
        if (at("{")) {
            exprLev = 0;
            body = block();
            branchErrors.addAll(Branches.check(body));
        } else {
            // go build of one file has no assembly to supply the body (go tool compile without -complete would accept it)
            throw EscapeSourceException.error(name.line, name.col, "missing function body");
        }
        return new FuncDecl(kw.line(), kw.col(), recv, name, sig, body);
    }

    private FuncTypeExpr signature(Token kw) {
        List<ParamDecl> params = params(true);
        List<ParamDecl> results = new ArrayList<>();
        if (at("(")) {
            results = params(false);
        } else if (startsType()) {
            TypeExpr t = type();
            results.add(new ParamDecl(List.of(), t, false));
        }
        return new FuncTypeExpr(kw.line(), kw.col(), params, results);
    }

    private boolean startsType() {
        return atIdent() || at("[") || at("*") || at("map") || at("chan") || at("struct") || at("interface")
                || at("func") || at("(") || at("<-");
    }

    /**
     * A parameter list. Go decides whether names are present by looking at the whole
     * list: either every entry is "name Type" (names possibly sharing a type) or every
     * entry is a type.
     */
    private List<ParamDecl> params(boolean allowVariadic) {
        expect("(");
        record Entry(Ident name, TypeExpr type, boolean variadic, Token at) {
        }
        List<Entry> entries = new ArrayList<>();
        Token dots = null;
        while (!at(")")) {
            Token t = tok();
            if (dots != null) {
                throw ellipsisNotLast(dots);
            }
            if (at("...")) {
                dots = tok();
                next();
                if (!allowVariadic) {
                    throw syntax("unexpected ..., expecting type");
                }
                entries.add(new Entry(null, type(), true, t));
            } else if (atIdent() && (peek(1).is(",") || peek(1).is(")"))) {
                Ident id = ident();
                entries.add(new Entry(id, null, false, t));
            } else if (atIdent() && !peek(1).is(".")) {
                Ident id = ident();
                if (at("...")) {
                    dots = tok();
                    next();
                    if (!allowVariadic) {
                        throw syntax("unexpected ..., expecting type");
                    }
                    entries.add(new Entry(id, type(), true, t));
                } else {
                    entries.add(new Entry(id, type(), false, t));
                }
            } else {
                entries.add(new Entry(null, type(), false, t));
            }
            if (!accept(",")) {
                break;
            }
        }
        expect(")");
        boolean named = entries.stream().anyMatch(e -> e.name != null && e.type != null);
        List<ParamDecl> out = new ArrayList<>();
        if (!named) {
            for (Entry e : entries) {
                TypeExpr t = e.type != null ? e.type : new NamedTypeExpr(e.name.line, e.name.col, null, e.name.name);
                out.add(new ParamDecl(List.of(), t, e.variadic));
            }
            return out;
        }
        List<Ident> pending = new ArrayList<>();
        for (Entry e : entries) {
            if (e.name == null) {
                throw EscapeSourceException.error(e.at.line(), e.at.col(), "syntax error: mixed named and unnamed parameters");
            }
            pending.add(e.name);
            if (e.type != null) {
                if (e.variadic && pending.size() > 1) {
                    throw ellipsisNotLast(dots);
                }
                out.add(new ParamDecl(List.copyOf(pending), e.type, e.variadic));
                pending.clear();
            }
        }
        if (!pending.isEmpty()) {
            throw EscapeSourceException.error(pending.get(0).line, pending.get(0).col,
                    "syntax error: mixed named and unnamed parameters");
        }
        return out;
    }

    private static EscapeSourceException ellipsisNotLast(Token dots) {
        return EscapeSourceException.error(dots.line(), dots.col(), "can only use ... with final parameter in list");
    }

    // ---- types

    private TypeExpr type() {
        enter();
        try {
            return type0();
        } finally {
            depth--;
        }
    }

    private TypeExpr type0() {
        Token t = tok();
        if (atIdent()) {
            Ident a = ident();
            if (at(".")) {
                next();
                Ident b = ident();
                return new NamedTypeExpr(a.line, a.col, a.name, b.name);
            }
            if (at("[") && exprLev >= 0 && !peek(1).is("]")) {
                throw unsupported(tok(), "generic type instantiation");
            }
            return new NamedTypeExpr(a.line, a.col, null, a.name);
        }
        if (accept("(")) {
            TypeExpr inner = type();
            expect(")");
            return inner;
        }
        if (accept("*")) {
            return new PointerTypeExpr(t.line(), t.col(), type());
        }
        if (at("[")) {
            next();
            if (accept("]")) {
                return new SliceTypeExpr(t.line(), t.col(), type());
            }
            if (at("...")) {
                throw unsupported(tok(), "array literal with [...] length");
            }
            int old = exprLev;
            exprLev++;
            Expr len = expr();
            exprLev = old;
            expect("]");
            return new ArrayTypeExpr(t.line(), t.col(), len, type());
        }
        if (accept("map")) {
            expect("[");
            TypeExpr k = type();
            expect("]");
            return new MapTypeExpr(t.line(), t.col(), k, type());
        }
        if (at("chan")) {
            next();
            if (at("<-")) {
                throw unsupported(tok(), "directional channel type");
            }
            return new ChanTypeExpr(t.line(), t.col(), type());
        }
        if (at("<-")) {
            throw unsupported(t, "directional channel type");
        }
        if (at("struct")) {
            return structType();
        }
        if (at("interface")) {
            return interfaceType();
        }
        if (at("func")) {
            Token kw = next();
            return signature(kw);
        }
        throw syntax("unexpected " + describe(t) + ", expecting type");
    }

    private StructTypeExpr structType() {
        Token kw = expect("struct");
        expect("{");
        List<FieldDecl> fields = new ArrayList<>();
        while (!at("}")) {
            if (at("*") || atIdent() && (isSemiAt(1) || peek(1).is("}") || peek(1).is(".") || peek(1).kind() == STRING)) {
                throw unsupported(tok(), "embedded field");
            }
            List<Ident> names = identList();
            TypeExpr t = type();
            if (tok().kind() == STRING) {
                throw unsupported(tok(), "struct tag");
            }
            fields.add(new FieldDecl(names, t));
            semi("in struct type");
        }
        next();
        return new StructTypeExpr(kw.line(), kw.col(), fields);
    }

    private boolean isSemiAt(int k) {
        Token t = peek(k);
        return t.kind() == SEMI || t.is(";");
    }

    private InterfaceTypeExpr interfaceType() {
        Token kw = expect("interface");
        expect("{");
        List<MethodSpec> methods = new ArrayList<>();
        while (!at("}")) {
            if (!(atIdent() && peek(1).is("("))) {
                throw unsupported(tok(), "embedded interface or type constraint");
            }
            Ident name = ident();
            methods.add(new MethodSpec(name, signature(toks.get(p - 1))));
            semi("in interface type");
        }
        next();
        return new InterfaceTypeExpr(kw.line(), kw.col(), methods);
    }

    // ---- statements

    private Block block() {
        enter();
        try {
            return block0();
        } finally {
            depth--;
        }
    }

    private Block block0() {
        Token lb = expect("{");
        List<Stmt> stmts = stmtList();
        Token rb = expect("}");
        return new Block(lb.line(), lb.col(), stmts, rb.line(), rb.col());
    }

    private List<Stmt> stmtList() {
        List<Stmt> stmts = new ArrayList<>();
        while (!at("}") && !at("case") && !at("default") && tok().kind() != EOF) {
            if (isSemi()) {
                next();
                continue;
            }
            stmts.add(stmt());
            if (!at("}") && !at("case") && !at("default")) {
                semi("at end of statement");
            }
        }
        return stmts;
    }

    private Stmt stmt() {
        Token t = tok();
        if (t.kind() == IDENT) {
            switch (t.text()) {
                case "var": {
                    next();
                    List<Stmt> specs = new ArrayList<>();
                    group(() -> specs.add(varSpec(t)));
                    return specs.size() == 1 ? specs.get(0) : new DeclGroup(t.line(), t.col(), specs);
                }
                case "const": {
                    next();
                    List<Stmt> specs = new ArrayList<>();
                    constGroup(t, specs);
                    return new DeclGroup(t.line(), t.col(), specs);
                }
                case "type": {
                    next();
                    List<TypeDecl> specs = new ArrayList<>();
                    group(() -> specs.add(typeSpec()));
                    return new LocalTypes(t.line(), t.col(), specs);
                }
                case "return": {
                    next();
                    List<Expr> results = isSemi() || at("}") ? List.of() : exprList();
                    return new Return(t.line(), t.col(), results);
                }
                case "if":
                    return ifStmt();
                case "for":
                    return forStmt();
                case "switch":
                    return switchStmt();
                case "select":
                    throw unsupported(t, "select statement");
                case "go":
                case "defer": {
                    next();
                    Expr x = expr();
                    if (!(x instanceof Call c)) {
                        throw EscapeSourceException.error(x.line, x.col, "expression in " + t.text() + " must be function call");
                    }
                    return new GoDefer(t.line(), t.col(), t.text().equals("go"), c);
                }
                case "goto": {
                    next();
                    return new Branch(t.line(), t.col(), t.text(), ident());
                }
                case "break":
                case "continue":
                case "fallthrough": {
                    next();
                    Ident label = !t.text().equals("fallthrough") && atIdent() ? ident() : null;
                    return new Branch(t.line(), t.col(), t.text(), label);
                }
                default:
                    if (atIdent() && peek(1).is(":")) {
                        Ident label = ident();
                        next();
                        // "L: }" labels an empty statement
                        return new Labeled(label, at("}") ? new Empty(label.line, label.col) : stmt());
                    }
            }
        }
        if (at("{")) {
            return block();
        }
        return simpleStmt(false);
    }

    /** ExprStmt, SendStmt, IncDecStmt, Assignment, ShortVarDecl; or a range clause when allowed. */
    private Stmt simpleStmt(boolean rangeOk) {
        Token start = tok();
        if (rangeOk && at("range")) {
            Token r = next();
            Expr x = expr();
            return new Range(r.line(), r.col(), null, null, false, x, null);
        }
        List<Expr> lhs = exprList();
        Token op = tok();
        if (op.kind() == Lexer.Kind.OP) {
            switch (op.text()) {
                case ":=":
                case "=": {
                    next();
                    if (rangeOk && at("range")) {
                        Token r = next();
                        Expr x = expr();
                        if (lhs.size() > 2) {
                            throw EscapeSourceException.error(lhs.get(2).line, lhs.get(2).col,
                                    "range clause permits at most two iteration variables");
                        }
                        return new Range(r.line(), r.col(), lhs.get(0), lhs.size() > 1 ? lhs.get(1) : null,
                                op.text().equals(":="), x, null);
                    }
                    List<Expr> rhs = exprList();
                    return new Assign(op.line(), op.col(), lhs, op.text(), rhs);
                }
                case "+=": case "-=": case "*=": case "/=": case "%=": case "&=": case "|=": case "^=":
                case "<<=": case ">>=": case "&^=": {
                    next();
                    List<Expr> rhs = exprList();
                    if (lhs.size() != 1 || rhs.size() != 1) {
                        throw syntax("unexpected " + op.text() + ", expecting := or = or comma");
                    }
                    return new Assign(op.line(), op.col(), lhs, op.text(), rhs);
                }
                case "++":
                case "--": {
                    next();
                    BasicLit one = new BasicLit(op.line(), op.col(), INT, "1", null);
                    Assign incDec = new Assign(op.line(), op.col(), lhs, op.text().equals("++") ? "+=" : "-=",
                            new ArrayList<>(List.of(one)));
                    incDec.incDec = true;
                    return incDec;
                }
                case "<-": {
                    next();
                    Expr v = expr();
                    return new Send(op.line(), op.col(), lhs.get(0), v);
                }
                default:
            }
        }
        if (lhs.size() != 1) {
            throw syntax("unexpected " + describe(tok()) + ", expecting := or = or comma");
        }
        if (start.is("range")) {
            throw syntax("unexpected range");
        }
        return new ExprStmt(lhs.get(0));
    }

    private If ifStmt() {
        Token kw = expect("if");
        int old = exprLev;
        exprLev = -1;
        Stmt init = null;
        Expr cond;
        if (at("{")) {
            throw syntax("missing condition in if statement");
        }
        Stmt s = isSemi() ? null : simpleStmt(false);
        if (isSemi()) {
            next();
            init = s;
            if (at("{")) {
                throw syntax("missing condition in if statement");
            }
            Stmt c = simpleStmt(false);
            cond = condOf(c);
        } else {
            cond = condOf(s);
        }
        exprLev = old;
        Block then = block();
        Stmt otherwise = null;
        if (accept("else")) {
            if (at("if")) {
                otherwise = ifStmt();
            } else if (at("{")) {
                otherwise = block();
            } else {
                throw syntax("else must be followed by if or statement block");
            }
        }
        return new If(kw.line(), kw.col(), init, cond, then, otherwise);
    }

    private Expr condOf(Stmt s) {
        if (s instanceof ExprStmt es) {
            return es.x;
        }
        Node n = s;
        throw EscapeSourceException.error(n.line, n.col, "syntax error: cannot use assignment as value");
    }

    private Stmt forStmt() {
        Token kw = expect("for");
        int old = exprLev;
        exprLev = -1;
        Stmt init = null;
        Expr cond = null;
        Stmt post = null;
        if (!at("{")) {
            Stmt s = isSemi() ? null : simpleStmt(true);
            if (s instanceof Range r) {
                exprLev = old;
                Block body = block();
                return new Range(r.line, r.col, r.key, r.value, r.define, r.x, body);
            }
            if (isSemi()) {
                next();
                init = s;
                if (!isSemi()) {
                    cond = condOf(simpleStmt(false));
                }
                if (!isSemi()) {
                    throw syntax("expecting for loop condition");
                }
                next();
                if (!at("{")) {
                    post = simpleStmt(false);
                    if (post instanceof Assign a && a.op.equals(":=")) {
                        throw EscapeSourceException.error(a.line, a.col, "syntax error: cannot declare in post statement of for loop");
                    }
                }
            } else {
                cond = condOf(s);
            }
        }
        exprLev = old;
        Block body = block();
        return new For(kw.line(), kw.col(), init, cond, post, body);
    }

    private Switch switchStmt() {
        Token kw = expect("switch");
        int old = exprLev;
        exprLev = -1;
        Stmt init = null;
        Expr tag = null;
        if (!at("{")) {
            Stmt s = isSemi() ? null : simpleStmt(false);
            if (isSemi()) {
                next();
                init = s;
                if (!at("{")) {
                    tag = condOf(simpleStmt(false));
                }
            } else {
                tag = condOf(s);
            }
        }
        exprLev = old;
        expect("{");
        List<Case> cases = new ArrayList<>();
        while (!at("}")) {
            Token c = tok();
            if (accept("case")) {
                List<Expr> exprs = exprList();
                expect(":");
                cases.add(new Case(c.line(), c.col(), exprs, stmtList(), false));
            } else if (accept("default")) {
                expect(":");
                cases.add(new Case(c.line(), c.col(), List.of(), stmtList(), true));
            } else {
                throw syntax("unexpected " + describe(tok()) + ", expecting case or default or }");
            }
        }
        next();
        return new Switch(kw.line(), kw.col(), init, tag, cases);
    }

    // ---- expressions

    private List<Expr> exprList() {
        List<Expr> list = new ArrayList<>();
        list.add(expr());
        while (accept(",")) {
            list.add(expr());
        }
        return list;
    }

    private static final Map<String, Integer> PREC = Map.ofEntries(Map.entry("||", 1), Map.entry("&&", 2),
            Map.entry("==", 3), Map.entry("!=", 3), Map.entry("<", 3), Map.entry("<=", 3), Map.entry(">", 3),
            Map.entry(">=", 3), Map.entry("+", 4), Map.entry("-", 4), Map.entry("|", 4), Map.entry("^", 4),
            Map.entry("*", 5), Map.entry("/", 5), Map.entry("%", 5), Map.entry("<<", 5), Map.entry(">>", 5),
            Map.entry("&", 5), Map.entry("&^", 5));

    Expr expr() {
        return binary(1);
    }

    private Expr binary(int minPrec) {
        Expr x = unary();
        while (tok().kind() == Lexer.Kind.OP && PREC.containsKey(tok().text()) && PREC.get(tok().text()) >= minPrec) {
            Token op = next();
            Expr y = binary(PREC.get(op.text()) + 1);
            x = new Binary(op.line(), op.col(), op.text(), x, y);
        }
        return x;
    }

    /** Deeper nesting is refused rather than risking the parser's (and the analysis's) stack. */
    private static final int MAX_DEPTH = 200;
    private int depth;

    private void enter() {
        if (++depth > MAX_DEPTH) {
            throw unsupported(tok(), "nesting deeper than " + MAX_DEPTH + " levels");
        }
    }

    private Expr unary() {
        enter();
        try {
            return unary0();
        } finally {
            depth--;
        }
    }

    private Expr unary0() {
        Token t = tok();
        if (t.kind() == Lexer.Kind.OP) {
            switch (t.text()) {
                case "+": case "-": case "!": case "^": case "&": case "*": case "<-": {
                    next();
                    if (t.text().equals("<-") && at("chan")) {
                        throw unsupported(t, "directional channel type");
                    }
                    Expr x = unary();
                    return new Unary(t.line(), t.col(), t.text(), x);
                }
                default:
            }
        }
        return primary();
    }

    private Expr primary() {
        Expr x = operand();
        while (true) {
            Token t = tok();
            if (at(".")) {
                next();
                if (at("(")) {
                    next();
                    if (at("type")) {
                        throw unsupported(t, "type switch");
                    }
                    TypeExpr te = type();
                    expect(")");
                    TypeAssert ta = new TypeAssert(t.line(), t.col(), x, null);
                    ta.typeExpr = te;
                    x = ta;
                    continue;
                }
                Ident sel = ident();
                Selector s = new Selector(t.line(), t.col(), x, sel.name);
                s.namePos = Pos.of(sel);
                x = s;
            } else if (at("[")) {
                next();
                int old = exprLev;
                exprLev++;
                Expr lo = null;
                if (!at(":")) {
                    lo = expr();
                }
                if (accept(":")) {
                    Expr hi = null;
                    Expr max = null;
                    boolean three = false;
                    if (!at("]") && !at(":")) {
                        hi = expr();
                    }
                    if (accept(":")) {
                        three = true;
                        if (hi == null) {
                            throw syntax("middle index required in 3-index slice");
                        }
                        if (at("]")) {
                            throw syntax("final index required in 3-index slice");
                        }
                        max = expr();
                    }
                    exprLev = old;
                    expect("]");
                    x = new SliceExpr(t.line(), t.col(), x, lo, hi, max, three);
                } else {
                    exprLev = old;
                    if (lo == null) {
                        throw syntax("expecting operand");
                    }
                    if (at(",")) {
                        throw unsupported(tok(), "generic instantiation");
                    }
                    expect("]");
                    x = new Index(t.line(), t.col(), x, lo);
                }
            } else if (at("(")) {
                next();
                int old = exprLev;
                exprLev++;
                List<Expr> args = new ArrayList<>();
                boolean ellipsis = false;
                while (!at(")")) {
                    args.add(expr());
                    if (accept("...")) {
                        ellipsis = true;
                    }
                    if (!accept(",")) {
                        break;
                    }
                }
                exprLev = old;
                expect(")");
                x = new Call(t.line(), t.col(), x, args, ellipsis);
            } else if (at("{") && isLiteralType(x) && (exprLev >= 0 || x instanceof TypeOperand)) {
                x = compositeLit(typeOf(x));
            } else {
                return x;
            }
        }
    }

    private static boolean isLiteralType(Expr x) {
        if (x instanceof Ident) {
            return true;
        }
        if (x instanceof Selector s && s.x instanceof Ident) {
            return true;
        }
        return x instanceof TypeOperand to && !(to.typeExpr instanceof FuncTypeExpr)
                && !(to.typeExpr instanceof PointerTypeExpr) && !(to.typeExpr instanceof ChanTypeExpr)
                && !(to.typeExpr instanceof InterfaceTypeExpr);
    }

    private static TypeExpr typeOf(Expr x) {
        if (x instanceof Ident id) {
            return new NamedTypeExpr(id.line, id.col, null, id.name);
        }
        if (x instanceof Selector s && s.x instanceof Ident id) {
            return new NamedTypeExpr(id.line, id.col, id.name, s.name);
        }
        return ((TypeOperand) x).typeExpr;
    }

    private CompositeLit compositeLit(TypeExpr type) {
        Token lb = expect("{");
        int old = exprLev;
        exprLev = 0;
        List<Element> elements = new ArrayList<>();
        while (!at("}")) {
            Expr v = elementValue();
            if (at(":")) {
                Token colon = next();
                Expr val = elementValue();
                elements.add(new Element(v, val, colon.line(), colon.col()));
            } else {
                elements.add(new Element(null, v, v.line, v.col));
            }
            if (!accept(",")) {
                if (!at("}")) {
                    throw syntax("unexpected " + describe(tok()) + " in composite literal; possibly missing comma or }");
                }
                break;
            }
        }
        exprLev = old;
        Token rbrace = tok();
        expect("}");
        CompositeLit c = new CompositeLit(lb.line(), lb.col(), type, elements);
        c.rbrace = new Pos(rbrace.line(), rbrace.col());
        return c;
    }

    private Expr elementValue() {
        if (at("{")) {
            return compositeLit(null);
        }
        return expr();
    }

    private Expr operand() {
        Token t = tok();
        switch (t.kind()) {
            case INT:
            case FLOAT:
            case CHAR:
            case STRING:
                next();
                return new BasicLit(t.line(), t.col(), t.kind(), t.text(), t.value());
            case IDENT:
                if (!Lexer.KEYWORDS.contains(t.text())) {
                    next();
                    return new Ident(t.line(), t.col(), t.text());
                }
                if (t.text().equals("func")) {
                    next();
                    FuncTypeExpr sig = signature(t);
                    if (at("{")) {
                        int old = exprLev;
                        exprLev = 0;
                        Block body = block();
                        branchErrors.addAll(Branches.check(body));
                        exprLev = old;
                        return new FuncLit(t.line(), t.col(), sig, body);
                    }
                    return new TypeOperand(t.line(), t.col(), sig);
                }
                if (t.text().equals("map") || t.text().equals("chan") || t.text().equals("struct")
                        || t.text().equals("interface")) {
                    return new TypeOperand(t.line(), t.col(), type());
                }
                break;
            case OP:
                if (t.text().equals("(")) {
                    next();
                    int old = exprLev;
                    exprLev++;
                    Expr x = expr();
                    exprLev = old;
                    expect(")");
                    x.parens++;
                    return x;
                }
                if (t.text().equals("[")) {
                    return new TypeOperand(t.line(), t.col(), type());
                }
                break;
            default:
        }
        throw syntax("unexpected " + describe(t) + ", expecting expression");
    }
}
