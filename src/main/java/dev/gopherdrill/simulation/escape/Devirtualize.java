package dev.gopherdrill.simulation.escape;

import java.util.List;

import dev.gopherdrill.simulation.escape.Ast.*;

/**
 * devirtualize.Func (Go 1.19), which runs before escape analysis: a method call on an
 * interface variable whose only value is a conversion from a concrete type
 * ({@code var s Shape = q; s.Area()}) becomes a direct call on {@code s.(Sq)}, and -m
 * prints {@code devirtualizing s.Area to Sq}. It matters to escape analysis: the
 * receiver no longer goes to an unknown callee (which would leak it to the heap) but
 * to the concrete method's parameter tag.
 */
final class Devirtualize {

    private Devirtualize() {
    }

    static void funcs(List<Func> funcs, List<Diagnostic> out) {
        for (Func f : funcs) {
            Walk.calls(f.body, c -> call(f, c, out));
        }
    }

    private static void call(Func f, Call c, List<Diagnostic> out) {
        if (c.kind != CallKind.INTERFACE_METHOD) {
            return;
        }
        Selector sel = (Selector) c.fun;
        if (!(sel.x instanceof Ident id && id.obj instanceof Var v)) {
            return;
        }
        Expr r = StaticValue.of(v);
        GoType typ;
        if (r instanceof ConvIface conv) {
            typ = conv.x.type;
        } else if (r instanceof Call conv && conv.kind == CallKind.CONVERSION && conv.type.isInterface()) {
            typ = conv.args.get(0).type;
        } else {
            return;
        }
        if (typ.isInterface()) {
            return;
        }
        boolean ptr = typ instanceof GoType.Pointer;
        GoType base = ptr ? ((GoType.Pointer) typ).elem : typ;
        if (!(base instanceof GoType.Named named) || !named.methods.containsKey(sel.name)) {
            return;
        }
        Method m = named.methods.get(sel.name);
        out.add(new Diagnostic(c.line, c.col, "devirtualizing " + id.name + "." + sel.name + " to " + typ,
                List.of(id.name + " only ever holds a " + typ + " (" + Printer.print(r) + "), so the call is direct")));
        Expr recv = new TypeAssert(sel.line, sel.col, sel.x, typ);
        if (ptr && !m.pointerRecv()) {
            Unary star = new Unary(sel.line, sel.col, "*", recv);
            star.implicit = true;
            star.type = base;
            recv = star;
        }
        sel.x = recv;
        sel.method = m;
        c.kind = CallKind.METHOD;
        c.target = m.fn();
        f.refs.add(m.fn());
    }
}
