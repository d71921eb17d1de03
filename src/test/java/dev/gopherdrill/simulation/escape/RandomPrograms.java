package dev.gopherdrill.simulation.escape;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;

/**
 * A seeded generator of Go files inside the analyzer's subset: a few types, globals,
 * functions whose bodies mix declarations, address-taking, stores to globals and
 * results, slices and maps, make with sizes on both sides of the 64 KiB limit,
 * closures, method values, go and defer, fmt calls and loops. Every declared local is
 * used, so the programs are meant to compile; the fuzz test checks that, and the
 * differential test compiles a sample of them with Go.
 */
final class RandomPrograms {

    private final SplittableRandom rnd;
    private final StringBuilder sb = new StringBuilder();
    private int seq;
    private boolean usesFmt;

    private RandomPrograms(long seed) {
        this.rnd = new SplittableRandom(seed);
    }

    static String generate(long seed) {
        return new RandomPrograms(seed).file();
    }

    private static final String[] PTR_TYPES = {"*int", "*T", "[]int", "[]*int", "string", "map[string]int", "*[4]int"};

    private String file() {
        StringBuilder body = new StringBuilder();
        int funcs = 1 + rnd.nextInt(4);
        for (int f = 0; f < funcs; f++) {
            body.append(func(f, funcs));
        }
        sb.append("package p\n\n");
        if (usesFmt) {
            sb.append("import \"fmt\"\n\n");
        }
        sb.append("type T struct {\n\ta int\n\tp *int\n\ts []int\n}\n\n");
        sb.append("func (t *T) Get() int { return t.a }\n\n");
        sb.append("func (t T) Val() *int { return t.p }\n\n");
        sb.append("type Shape interface{ Area() int }\n\n");
        sb.append("func (t T) Area() int { return t.a }\n\n");
        sb.append("func area(s Shape) int { return s.Area() }\n\n");
        sb.append("var G *int\nvar GT *T\nvar GS []int\nvar GI interface{}\nvar GF func() int\nvar GM = map[string]*int{}\nvar GIS []interface{}\nvar GC chan interface{}\n\n");
        sb.append(body);
        return sb.toString();
    }

    private String pick(String... xs) {
        return xs[rnd.nextInt(xs.length)];
    }

    private String pt;

    private String func(int index, int count) {
        StringBuilder b = new StringBuilder();
        if (pt == null) {
            pt = PTR_TYPES[rnd.nextInt(PTR_TYPES.length)];
        }
        String result = pick("", "*int", "[]int", "*T", "interface{}", "int");
        b.append("func f").append(index).append("(a ").append(pt).append(", n int)");
        if (!result.isEmpty()) {
            b.append(" ").append(result);
        }
        b.append(" {\n");
        List<String> ints = new ArrayList<>(List.of("n"));
        List<String> ptrs = new ArrayList<>();
        int stmts = 1 + rnd.nextInt(7);
        for (int i = 0; i < stmts; i++) {
            b.append(stmt(ints, ptrs, index, count, 1));
        }
        b.append("\t_ = a\n");
        b.append(ret(result, ints, ptrs));
        b.append("}\n\n");
        return b.toString();
    }

    private String fresh() {
        return "v" + (seq++);
    }

    private String stmt(List<String> ints, List<String> ptrs, int index, int count, int depth) {
        String tab = "\t".repeat(depth);
        String x = fresh();
        switch (rnd.nextInt(depth > 2 ? 12 : 24)) {
            case 0:
                ints.add(x);
                return tab + x + " := " + rnd.nextInt(100) + "\n" + tab + "_ = " + x + "\n";
            case 1: {
                String v = ints.get(rnd.nextInt(ints.size()));
                ptrs.add(x);
                return tab + x + " := &" + v + "\n" + tab + "_ = " + x + "\n";
            }
            case 2:
                if (ptrs.isEmpty()) {
                    return tab + "G = new(int)\n";
                }
                return tab + "G = " + ptrs.get(rnd.nextInt(ptrs.size())) + "\n";
            case 3: {
                String size = pick("8192", "8193", "65536", "65537", "n", "10");
                String elem = pick("byte", "int", "*int");
                return tab + x + " := make([]" + elem + ", " + size + ")\n" + tab + "_ = " + x + "\n";
            }
            case 4:
                return tab + x + " := &T{a: " + ints.get(rnd.nextInt(ints.size())) + "}\n" + tab
                        + pick("GT = " + x, "_ = " + x, "_ = " + x + ".Get()", "GF = " + x + ".Get") + "\n";
            case 5: {
                usesFmt = true;
                String arg = pick(ints.get(rnd.nextInt(ints.size())), "\"s\"", "3", "a", "&" + ints.get(0));
                return tab + "fmt.Println(" + arg + ", n)\n";
            }
            case 6: {
                String v = ints.get(rnd.nextInt(ints.size()));
                String kind = pick(x + " := func() int { return " + v + " }\n" + tab + "_ = " + x + "()",
                        "GF = func() int { " + v + "++; return " + v + " }",
                        "func() { " + v + " = 2 }()",
                        "defer func() { _ = " + v + " }()",
                        "go func() { _ = " + v + " }()");
                return tab + kind + "\n";
            }
            case 7:
                if (index + 1 < count) {
                    return tab + "f" + (index + 1) + "(a, n)\n";
                }
                return tab + "GS = append(GS, n)\n";
            case 8: {
                StringBuilder b = new StringBuilder(tab + "for i := 0; i < n; i++ {\n");
                List<String> inner = new ArrayList<>(ints);
                inner.add("i");
                b.append(stmt(inner, new ArrayList<>(ptrs), index, count, depth + 1));
                return b.append(tab).append("}\n").toString();
            }
            case 9: {
                StringBuilder b = new StringBuilder(tab + "if n > " + rnd.nextInt(10) + " {\n");
                b.append(stmt(new ArrayList<>(ints), new ArrayList<>(ptrs), index, count, depth + 1));
                b.append(tab).append("} else {\n");
                b.append(stmt(new ArrayList<>(ints), new ArrayList<>(ptrs), index, count, depth + 1));
                return b.append(tab).append("}\n").toString();
            }
            case 10:
                return tab + x + " := []int{" + ints.get(0) + ", 2}\n" + tab + pick("GS = " + x, "_ = " + x,
                        "GI = " + x, "GS = " + x + "[1:]") + "\n";
            case 11:
                return tab + x + " := map[string]*int{}\n" + tab + x + "[\"k\"] = new(int)\n";
            case 12:
                return tab + "GI = " + pick("n", "T{}", "a", "\"x\"", ints.get(rnd.nextInt(ints.size()))) + "\n";
            case 13: {
                String v = ints.get(rnd.nextInt(ints.size()));
                return tab + "switch " + v + " {\n" + tab + "case 1:\n" + tab + "\tG = &" + v + "\n" + tab
                        + "default:\n" + tab + "}\n";
            }
            case 14:
                return tab + "var " + x + " [" + pick("16", "1310720", "1310721") + "]int\n" + tab + "_ = " + x
                        + "[0]\n";
            case 15: {
                String v = ints.get(rnd.nextInt(ints.size()));
                return tab + "if " + v + " < 0 {\n" + tab + "\tpanic(" + pick(v, "\"neg\"", "&" + v) + ")\n" + tab + "}\n";
            }
            case 16:
                return tab + "var " + x + " Shape = T{a: " + ints.get(rnd.nextInt(ints.size())) + "}\n" + tab
                        + pick("_ = " + x + ".Area()", "GI = " + x, "_ = area(" + x + ")") + "\n";
            case 17: {
                String v = ints.get(rnd.nextInt(ints.size()));
                return tab + x + " := func(q *int) *int { return q }(&" + v + ")\n" + tab
                        + pick("G = " + x, "_ = " + x) + "\n";
            }
            case 18:
                return tab + x + ", ok" + x + " := GM[\"k\"]\n" + tab + "_, _ = " + x + ", ok" + x + "\n";
            case 19: {
                String v = ints.get(rnd.nextInt(ints.size()));
                return tab + x + " := T{a: " + v + "}\n" + tab + pick("GF = " + x + ".Get", "_ = " + x + ".Val()",
                        "GT = &" + x) + "\n";
            }
            case 20:
                return tab + "GS = append(GS[:0], " + ints.get(rnd.nextInt(ints.size())) + ")\n";
            case 21:
                return tab + "GIS = append(GIS, " + pick("n", "\"x\"", "T{}", "a") + ", "
                        + ints.get(rnd.nextInt(ints.size())) + ")\n";
            case 22:
                return tab + "GC <- " + pick("n", "\"x\"", "T{a: n}", "n + 1", ints.get(rnd.nextInt(ints.size()))) + "\n";
            default:
                return tab + "s" + x + " := \"a\" + string(rune('a'+n))\n" + tab + "_ = []byte(s" + x + ")\n";
        }
    }

    private String ret(String result, List<String> ints, List<String> ptrs) {
        return switch (result) {
            case "" -> "";
            case "*int" -> "\treturn " + (ptrs.isEmpty() ? "&" + ints.get(rnd.nextInt(ints.size()))
                    : ptrs.get(rnd.nextInt(ptrs.size()))) + "\n";
            case "[]int" -> "\treturn " + pick("make([]int, n)", "[]int{n}", "nil", "GS") + "\n";
            case "*T" -> "\treturn " + pick("&T{}", "GT", "&T{p: &n}") + "\n";
            case "interface{}" -> "\treturn " + pick("a", "n", "T{}", "nil") + "\n";
            default -> "\treturn n\n";
        };
    }
}
