package dev.gopherdrill.simulation.escape;

import java.util.ArrayList;
import java.util.List;

import dev.gopherdrill.simulation.escape.Ast.*;

/**
 * Prints an expression as the compiler's -m output names it (ir/fmt.go exprFmt):
 * operator precedence decides parentheses (OpPrec; {@code +} on strings and {@code &T{}}
 * have precedence 0), implicit conversions and the implicit {@code &}/{@code *} of method
 * receivers are invisible, composite literals are {@code T{...}}, closures
 * {@code func literal}, a variadic call's packed arguments {@code ... argument}, method
 * calls the method-expression form {@code (*T).M(t)}, and conversions to unnamed types
 * {@code ([]byte)(s)}. Constant expressions print as written in the source (the
 * compiler keeps their original syntax: {@code 0x10}, {@code N + 1}, {@code `raw`}).
 */
final class Printer {

    private Printer() {
    }

    static String print(Expr e) {
        return p(e, 0);
    }

    private static String p(Expr e, int prec) {
        while (true) {
            if (e instanceof ConvIface c) {
                e = c.x;
            } else if (e instanceof Unary u && u.implicit) {
                e = u.x;
            } else {
                break;
            }
        }
        if (e.constant != null || e instanceof BasicLit) {
            String r = raw(e);
            return r.substring(e.parens, r.length() - e.parens);
        }
        int nprec = prec(e);
        if (prec > nprec) {
            return "(" + p(e, 0) + ")";
        }
        if (e instanceof Ident id) {
            return id.name;
        }
        if (e instanceof CompositeLit lit) {
            if (lit.implicit) {
                return "... argument";
            }
            return lit.type + (lit.elements.isEmpty() ? "{}" : "{...}");
        }
        if (e instanceof FuncLit) {
            return "func literal";
        }
        if (e instanceof Unary u) {
            if (u.op.equals("&") && u.x instanceof CompositeLit) {
                return "&" + p(u.x, 0);
            }
            String inner = p(u.x, nprec + 1);
            // exprFmt spaces a unary operator from the same one below it (- (-x)), but not ODEREF: *(*p)
            boolean space = !u.op.equals("*") && u.x instanceof Unary ux && !ux.implicit && ux.op.equals(u.op);
            return u.op + (space ? " " : "") + inner;
        }
        if (e instanceof Binary b) {
            if (b.op.equals("+") && b.type.underlying() instanceof GoType.Basic bt && bt.isString()) {
                List<String> parts = new ArrayList<>();
                for (Expr x : SelfAssign.addStrOperands(b)) {
                    parts.add(p(x, nprec));
                }
                return String.join(" + ", parts);
            }
            return p(b.x, nprec) + " " + b.op + " " + p(b.y, nprec + 1);
        }
        if (e instanceof Selector s) {
            if (s.kind == SelKind.QUALIFIED) {
                return ((Ident) s.x).name + "." + s.name;
            }
            return p(s.x, nprec) + "." + s.name;
        }
        if (e instanceof Index ix) {
            return p(ix.x, nprec) + "[" + p(ix.index, 0) + "]";
        }
        if (e instanceof SliceExpr s) {
            StringBuilder sb = new StringBuilder(p(s.x, nprec)).append('[');
            if (s.lo != null) {
                sb.append(p(s.lo, 0));
            }
            sb.append(':');
            if (s.hi != null) {
                sb.append(p(s.hi, 0));
            }
            if (s.three) {
                sb.append(':');
                if (s.max != null) {
                    sb.append(p(s.max, 0));
                }
            }
            return sb.append(']').toString();
        }
        if (e instanceof Call c) {
            return call(c, nprec);
        }
        if (e instanceof TypeOperand t) {
            return t.type.toString();
        }
        if (e instanceof TypeAssert ta) {
            return p(ta.x, nprec) + ".(" + ta.type + ")";
        }
        throw new IllegalStateException("cannot print " + e.getClass().getSimpleName());
    }

    private static String call(Call c, int nprec) {
        List<String> args = new ArrayList<>();
        switch (c.kind) {
            case CONVERSION -> {
                String t = c.type instanceof GoType.Named || c.type instanceof GoType.Basic ? c.type.toString()
                        : "(" + c.type + ")";
                return t + "(" + p(c.args.get(0), 0) + ")";
            }
            case BUILTIN -> {
                if (c.builtin.equals("new")) {
                    return "new(" + c.typeArg + ")";
                }
                if (c.builtin.equals("make")) {
                    args.add(c.typeArg.toString());
                    for (int i = 1; i < c.args.size(); i++) {
                        args.add(p(c.args.get(i), 0));
                    }
                    return "make(" + String.join(", ", args) + ")";
                }
                for (Expr a : c.args) {
                    args.add(p(a, 0));
                }
                return c.builtin + "(" + String.join(", ", args) + (c.ellipsis ? "...)" : ")");
            }
            case METHOD -> {
                Selector s = (Selector) c.fun;
                GoType.Named recv = s.method.recvType();
                String t = s.method.pointerRecv() ? "(*" + recv + ")" : recv.toString();
                args.add(p(s.x, 0));
                for (Expr a : c.args) {
                    args.add(p(a, 0));
                }
                return t + "." + s.name + "(" + String.join(", ", args) + ")";
            }
            default -> {
                boolean ddd = c.ellipsis;
                for (Expr a : c.args) {
                    args.add(p(a, 0));
                    ddd |= a instanceof CompositeLit lit && lit.implicit;
                }
                return p(c.fun, nprec) + "(" + String.join(", ", args) + (ddd ? "...)" : ")");
            }
        }
    }

    /** An assignment statement as stmtFmt prints it. */
    static String stmt(Stmt where) {
        if (where instanceof Assign a) {
            List<String> l = new ArrayList<>();
            for (Expr x : a.lhs) {
                l.add(p(x, 0));
            }
            List<String> r = new ArrayList<>();
            for (Expr x : a.rhs) {
                r.add(p(x, 0));
            }
            String op = a.op.equals(":=") ? "=" : a.op;
            return String.join(", ", l) + " " + op + " " + String.join(", ", r);
        }
        return "statement";
    }

    private static int prec(Expr e) {
        if (e instanceof Unary u) {
            return u.op.equals("&") && u.x instanceof CompositeLit ? 0 : 7;
        }
        if (e instanceof Binary b) {
            if (b.op.equals("+") && b.type.underlying() instanceof GoType.Basic bt && bt.isString()) {
                return 0;
            }
            return switch (b.op) {
                case "*", "/", "%", "<<", ">>", "&", "&^" -> 6;
                case "+", "-", "|", "^" -> 5;
                case "==", "!=", "<", "<=", ">", ">=" -> 4;
                case "&&" -> 2;
                default -> 1;
            };
        }
        return 8;
    }

    /** A constant expression as the source spells it (syntax.String: operators spaced, literals verbatim). */
    static String raw(Expr e) {
        String s;
        if (e instanceof BasicLit b) {
            s = b.text;
        } else if (e instanceof Ident id) {
            s = id.name;
        } else if (e instanceof Binary b) {
            s = raw(b.x) + " " + b.op + (b.assignment ? "=" : "") + " " + raw(b.y);
        } else if (e instanceof Unary u) {
            s = u.op + raw(u.x);
        } else if (e instanceof Selector sel) {
            s = raw(sel.x) + "." + sel.name;
        } else if (e instanceof Call c) {
            List<String> args = new ArrayList<>();
            for (Expr a : c.args) {
                // make and new keep their checked type operand on the call
                args.add(a instanceof TypeOperand && a.type == null && c.typeArg != null ? ErrorText.type(c.typeArg)
                        : raw(a));
            }
            s = (c.kind == CallKind.CONVERSION && c.typeArg != null ? ErrorText.type(c.typeArg) : raw(c.fun))
                    + "(" + String.join(", ", args) + ")";
        } else if (e instanceof TypeOperand t) {
            s = t.type.toString();
        } else if (e instanceof CompositeLit lit) {
            // the original syntax, shortened as types2 prints it: T{…}, not exprFmt's T{...}
            s = lit.type + (lit.elements.isEmpty() ? "{}" : "{…}");
        } else {
            s = p(e, 0);
        }
        return "(".repeat(e.parens) + s + ")".repeat(e.parens);
    }
}
