package dev.gopherdrill.simulation.escape;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;

/**
 * The Go programs {@link EscapeSimulation} asks about: one small file per question, each
 * showing one escape-analysis phenomenon, and what is asked about it. The programs only say
 * <em>where</em> to look (a variable list, a line and column, a parameter); what the compiler
 * prints there is never written here: {@link EscapeSimulation} takes it from
 * {@link EscapeAnalyzer}, and the differential test from {@code go build -gcflags='-m -l'}.
 *
 * Every program is {@code package main} with an empty {@code func main() {}}: it builds as
 * pasted, and an empty {@code main} adds no diagnostic of its own. Code is gofmt-formatted
 * (tabs), because the compiler's columns count a tab as one byte.
 *
 * The size cases sit at the limits of Go 1.19's {@code escape.HeapAllocReason}: 64 KiB
 * ({@code ir.MaxImplicitStackVarSize}) for {@code make}, {@code new} and {@code &T{}}, 10 MiB
 * ({@code ir.MaxStackVarSize}) for declared variables, and 128 bytes for a closure to capture a
 * variable by value ({@code flowClosure}). {@code margin} counts elements over (+) or under (−)
 * the limit, so the same card range works for every element type.
 */
final class EscapePrograms {

    static final long IMPLICIT_LIMIT = 64 << 10;
    static final long EXPLICIT_LIMIT = 10 << 20;
    static final long CAPTURE_BY_VALUE_LIMIT = 128;

    /** Element types of the sized cases, with their size in bytes. */
    static final Map<String, Integer> ELEMENTS = Map.of("byte", 1, "int32", 4, "int64", 8);
    static final List<String> ELEMENT_NAMES = List.of("byte", "int32", "int64");

    /** What the question asks about the program. */
    sealed interface Ask permits Heap, Escapes, Param {
    }

    /** Which of {@code candidates} (the locals of the function, in source order) print {@code moved to heap}? */
    record Heap(List<String> candidates) implements Ask {
    }

    /** Does the allocation whose diagnostic is printed at {@code line:col} escape? {@code code} is its source text. */
    record Escapes(int line, int col, String code) implements Ask {
    }

    /** What does -m print for parameter {@code name} of {@code function}? */
    record Param(String name, String function) implements Ask {
    }

    /** A program and what is asked about it; {@code phenomenon} names the template's form, for the trace. */
    record Program(String source, Ask ask, String phenomenon) {
    }

    /** The {@code case} parameter: one template each. */
    enum Case {
        RETURN_POINTER("return-pointer"), STORE_GLOBAL("store-global"), CLOSURE_CAPTURE("closure-capture"),
        INTERFACE_ARG("interface-arg"), MAKE_SIZE("make-size"), NEW_SIZE("new-size"), VAR_SIZE("var-size"),
        PARAM_LEAK("param-leak"), APPEND_POINTER("append-pointer"), CHAN_SEND("chan-send"),
        SLICE_ARRAY("slice-array"), CONVERSION("conversion");

        final String id;

        Case(String id) {
            this.id = id;
        }

        static Case of(String id) {
            for (Case c : values()) {
                if (c.id.equals(id)) {
                    return c;
                }
            }
            throw new IllegalArgumentException("no escape case " + id);
        }

        static List<String> ids() {
            return java.util.Arrays.stream(values()).map(c -> c.id).toList();
        }
    }

    /** How {@code make-size} writes its length: a literal, a constant expression, or a parameter. */
    static final List<String> LENGTHS = List.of("constant", "expression", "variable");

    private EscapePrograms() {
    }

    /**
     * @param elem   an {@link #ELEMENTS} name, for the sized cases
     * @param margin elements over (+) or under (−) the case's limit, for the sized cases
     * @param length a {@link #LENGTHS} value, for {@code make-size}
     */
    static Program build(Case c, String elem, int margin, String length, SplittableRandom random) {
        return switch (c) {
            case RETURN_POINTER -> returnPointer(random);
            case STORE_GLOBAL -> storeGlobal(random);
            case CLOSURE_CAPTURE -> closureCapture(elem, margin, random);
            case INTERFACE_ARG -> interfaceArg(random);
            case MAKE_SIZE -> makeSize(elem, margin, length, random);
            case NEW_SIZE -> newSize(elem, margin, random);
            case VAR_SIZE -> varSize(elem, margin, random);
            case PARAM_LEAK -> paramLeak(random);
            case APPEND_POINTER -> appendPointer(random);
            case CHAN_SEND -> chanSend(random);
            case SLICE_ARRAY -> sliceArray(random);
            case CONVERSION -> conversion(random);
        };
    }

    /** Elements of {@code elem} that make {@code limit} bytes, plus {@code margin}; at least 1. */
    static long count(long limit, String elem, int margin) {
        return Math.max(1, limit / ELEMENTS.get(elem) + margin);
    }

    private static Program returnPointer(SplittableRandom r) {
        Source s = new Source();
        switch (r.nextInt(6)) {
            case 0 -> {
                s.add("type point struct {", "\tx, y int", "}", "", "func newPoint(x, y int) *point {",
                        "\tp := point{x: x, y: y}", "\treturn &p", "}");
                return s.heap("a pointer to a local struct is returned", "p");
            }
            case 1 -> {
                s.add("type point struct {", "\tx, y int", "}", "", "func makePoint(x, y int) point {",
                        "\tp := point{x: x, y: y}", "\treturn p", "}");
                return s.heap("the struct is returned by value (copied)", "p");
            }
            case 2 -> {
                s.add("func pick(big bool) *int {", "\tsmall := 1", "\tlarge := 100", "\tif big {",
                        "\t\treturn &large", "\t}", "\treturn &small", "}");
                return s.heap("either local's address may be returned", "small", "large");
            }
            case 3 -> {
                s.add("func sum(n int) int {", "\ttotal := 0", "\tp := &total", "\tfor i := 0; i < n; i++ {",
                        "\t\t*p += i", "\t}", "\treturn total", "}");
                return s.heap("the address is taken but never leaves the function", "total", "p", "i");
            }
            case 4 -> {
                s.add("func newCounter(start int) *int {", "\tc := new(int)", "\t*c = start", "\treturn c", "}");
                return s.heap("the pointer variable is returned; what it points to was allocated by new", "c");
            }
            default -> {
                s.add("type config struct {", "\thost string", "\tport int", "}", "",
                        "func portOf(host string) *int {", "\tcfg := config{host: host, port: 80}",
                        "\treturn &cfg.port", "}");
                return s.heap("the address of a field of a local struct is returned", "cfg");
            }
        }
    }

    private static Program storeGlobal(SplittableRandom r) {
        Source s = new Source();
        s.add("type config struct {", "\thost string", "\tport int", "}", "");
        switch (r.nextInt(5)) {
            case 0 -> {
                s.add("var current *config", "", "func load(port int) {",
                        "\tc := config{host: \"localhost\", port: port}", "\tcurrent = &c", "}");
                return s.heap("a local's address is stored in a package-level pointer", "c");
            }
            case 1 -> {
                s.add("var saved config", "", "func load(port int) {",
                        "\tc := config{host: \"localhost\", port: port}", "\tsaved = c", "}");
                return s.heap("a local is copied into a package-level variable", "c");
            }
            case 2 -> {
                s.add("var registry []*config", "", "func register(port int) {", "\tc := config{port: port}",
                        "\tregistry = append(registry, &c)", "}");
                return s.heap("a local's address is appended to a package-level slice", "c");
            }
            case 3 -> {
                s.add("var byHost map[string]*config", "", "func add(host string, port int) {", "\tif byHost == nil {",
                        "\t\tbyHost = make(map[string]*config)", "\t}", "\tc := config{host: host, port: port}",
                        "\tbyHost[host] = &c", "}");
                return s.heap("a local's address is stored in a package-level map", "c");
            }
            default -> {
                s.add("var lastPort int", "", "func remember(port int) {", "\tc := config{port: port}",
                        "\tp := &c", "\tlastPort = p.port", "}");
                return s.heap("only a value read through the pointer reaches the package-level variable", "c",
                        "p");
            }
        }
    }

    private static Program closureCapture(String elem, int margin, SplittableRandom r) {
        long n = count(CAPTURE_BY_VALUE_LIMIT, elem, margin);
        boolean reassigned = r.nextBoolean();
        String table = "\ttable := [" + n + "]" + elem + "{1}";
        String use = "count + int(table[0])";
        List<String> inside = reassigned ? List.of("\t\tcount++") : List.of();
        Source s = new Source();
        String how;
        List<String> candidates = List.of("count", "table");
        switch (r.nextInt(4)) {
            case 0 -> {
                how = "returned";
                s.add("func newCounter(start int) func() int {", "\tcount := start", table, "\treturn func() int {");
                s.add(inside.toArray(String[]::new));
                s.add("\t\treturn " + use, "\t}", "}");
            }
            case 1 -> {
                how = "started with go";
                s.add("func report(done chan int, start int) {", "\tcount := start", table, "\tgo func() {");
                s.add(inside.toArray(String[]::new));
                s.add("\t\tdone <- " + use, "\t}()", "}");
            }
            case 2 -> {
                how = "called in place";
                candidates = List.of("count", "table", "result");
                s.add("func total(start int) int {", "\tcount := start", table, "\tresult := 0", "\tfunc() {");
                s.add(inside.toArray(String[]::new));
                s.add("\t\tresult = " + use, "\t}()", "\treturn result", "}");
            }
            default -> {
                how = "deferred";
                s.add("func total(start int) (sum int) {", "\tcount := start", table, "\tdefer func() {");
                s.add(inside.toArray(String[]::new));
                s.add("\t\tsum = " + use, "\t}()", "\treturn 0", "}");
            }
        }
        return s.heap("a closure " + how + " captures `count` (" + (reassigned ? "reassigned inside" : "never reassigned")
                + ") and `table` (" + n * ELEMENTS.get(elem) + " bytes)", candidates.toArray(String[]::new));
    }

    private static Program interfaceArg(SplittableRandom r) {
        Source s = new Source();
        switch (r.nextInt(6)) {
            case 0 -> {
                s.imports("fmt").add("func show(id int) {", "\tn := id * 2", "\tfmt.Println(n)", "}");
                return s.heap("an int is passed to fmt.Println by value", "n");
            }
            case 1 -> {
                s.imports("fmt").add("func show(id int) {", "\tn := id * 2", "\tfmt.Println(&n)", "}");
                return s.heap("a local's address is passed to fmt.Println", "n");
            }
            case 2 -> {
                s.imports("fmt").add("type user struct {", "\tname string", "\tage  int", "}", "",
                        "func describe(name string, age int) string {", "\tu := user{name: name, age: age}",
                        "\treturn fmt.Sprintf(\"%v\", u)", "}");
                return s.heap("a struct is passed to fmt.Sprintf by value", "u");
            }
            case 3 -> {
                s.imports("fmt").add("type user struct {", "\tname string", "\tage  int", "}", "",
                        "func describe(name string, age int) {", "\tu := user{name: name, age: age}",
                        "\tfmt.Printf(\"%+v\\n\", &u)", "}");
                return s.heap("a pointer to a local struct is passed to fmt.Printf", "u");
            }
            case 4 -> {
                s.add("var last interface{}", "", "func remember(id int) {", "\tn := id + 1", "\tlast = n", "}");
                return s.heap("an int is stored in a package-level interface{}", "n");
            }
            default -> {
                s.imports("errors").add("func check(n int) error {", "\tmsg := \"negative\"", "\tif n < 0 {",
                        "\t\treturn errors.New(msg)", "\t}", "\treturn nil", "}");
                return s.heap("a string variable is passed to errors.New", "msg");
            }
        }
    }

    private static Program makeSize(String elem, int margin, String length, SplittableRandom r) {
        long n = count(IMPLICIT_LIMIT, elem, margin);
        String size;
        String params;
        switch (length) {
            case "constant" -> {
                size = Long.toString(n);
                params = "v " + elem;
            }
            case "expression" -> {
                long base = IMPLICIT_LIMIT / ELEMENTS.get(elem) >> 10;
                long delta = n - (base << 10);
                size = base + "<<10" + (delta == 0 ? "" : delta > 0 ? "+" + delta : Long.toString(delta));
                params = "v " + elem;
            }
            case "variable" -> {
                size = "n";
                params = "n int, v " + elem;
            }
            default -> throw new IllegalArgumentException("no length " + length);
        }
        String name = List.of("buf", "data", "block").get(r.nextInt(3));
        Source s = new Source();
        s.add("func fill(" + params + ") " + elem + " {");
        String code = "make([]" + elem + ", " + size + ")";
        int line = s.add("\t" + name + " := " + code);
        s.add("\tfor i := range " + name + " {", "\t\t" + name + "[i] = v", "\t}",
                "\treturn " + name + "[len(" + name + ")-1]", "}");
        return s.escapes("make with " + (length.equals("variable") ? "a length known only at run time"
                : n + " elements of " + ELEMENTS.get(elem) + " bytes"), line, code, "(");
    }

    private static Program newSize(String elem, int margin, SplittableRandom r) {
        long n = count(IMPLICIT_LIMIT, elem, margin);
        boolean literal = r.nextBoolean();
        String code = literal ? "&[" + n + "]" + elem + "{}" : "new([" + n + "]" + elem + ")";
        Source s = new Source();
        s.add("func scratch(v " + elem + ") " + elem + " {");
        int line = s.add("\tbuf := " + code);
        s.add("\tbuf[0] = v", "\treturn buf[0] + buf[" + (n - 1) + "]", "}");
        return s.escapes((literal ? "&[n]T{}" : "new([n]T)") + " of " + n * ELEMENTS.get(elem) + " bytes", line, code,
                literal ? "&" : "(");
    }

    private static Program varSize(String elem, int margin, SplittableRandom r) {
        long n = count(EXPLICIT_LIMIT, elem, margin);
        Source s = new Source();
        if (r.nextBoolean()) {
            s.add("func checksum(seed " + elem + ") " + elem + " {", "\tvar table [" + n + "]" + elem,
                    "\ttable[0] = seed", "\treturn table[0] + table[" + (n - 1) + "]", "}");
        } else {
            s.add("func checksum(seed " + elem + ") " + elem + " {", "\ttable := [" + n + "]" + elem + "{seed}",
                    "\treturn table[0] + table[" + (n - 1) + "]", "}");
        }
        return s.heap("a declared array of " + n * ELEMENTS.get(elem) + " bytes", "table");
    }

    private static Program paramLeak(SplittableRandom r) {
        Source s = new Source();
        switch (r.nextInt(11)) {
            case 10 -> {
                s.add("type buffer struct {", "\tdata []byte", "}", "", "func (b *buffer) bytes() []byte {",
                        "\treturn b.data", "}");
                return s.param("the receiver's slice field is returned", "b", "(*buffer).bytes");
            }
            case 0 -> {
                s.add("func identity(p *int) *int {", "\treturn p", "}");
                return s.param("the parameter itself is returned", "p", "identity");
            }
            case 1 -> {
                s.add("func deref(pp **int) *int {", "\treturn *pp", "}");
                return s.param("what the parameter points to is returned", "pp", "deref");
            }
            case 2 -> {
                s.add("type node struct {", "\tval  int", "\tnext *node", "}", "",
                        "func following(n *node) *node {", "\treturn n.next", "}");
                return s.param("a pointer read through the parameter is returned", "n", "following");
            }
            case 3 -> {
                s.add("var cache *int", "", "func remember(p *int) {", "\tcache = p", "}");
                return s.param("the parameter is stored in a package-level variable", "p", "remember");
            }
            case 4 -> {
                s.add("var first *int", "", "func keepFirst(ps []*int) {", "\tif len(ps) > 0 {",
                        "\t\tfirst = ps[0]", "\t}", "}");
                return s.param("an element of the slice parameter is stored in a package-level variable", "ps",
                        "keepFirst");
            }
            case 5 -> {
                s.add("func next(p *int) int {", "\treturn *p + 1", "}");
                return s.param("the parameter is only read through", "p", "next");
            }
            case 6 -> {
                boolean askBox = r.nextBoolean();
                s.add("type box struct {", "\tv *int", "}", "", "func put(b *box, v *int) {", "\tb.v = v", "}");
                return s.param("one parameter is stored in what the other points to", askBox ? "b" : "v", "put");
            }
            case 7 -> {
                boolean askChan = r.nextBoolean();
                s.add("func publish(out chan *int, p *int) {", "\tout <- p", "}");
                return s.param("a pointer parameter is sent on a channel parameter", askChan ? "out" : "p",
                        "publish");
            }
            case 8 -> {
                s.add("func head(xs []int, n int) []int {", "\tif n > len(xs) {", "\t\tn = len(xs)", "\t}",
                        "\treturn xs[:n]", "}");
                return s.param("a slice of the slice parameter is returned", "xs", "head");
            }
            default -> {
                boolean askA = r.nextBoolean();
                s.add("func pick(a, b *string, first bool) (s *string) {", "\ts = b", "\tif first {", "\t\ts = a",
                        "\t}", "\treturn s", "}");
                return s.param("either parameter is returned through the named result s", askA ? "a" : "b", "pick");
            }
        }
    }

    private static Program appendPointer(SplittableRandom r) {
        Source s = new Source();
        switch (r.nextInt(4)) {
            case 3 -> {
                s.add("type user struct {", "\tname string", "}", "", "func names(users []user) []*string {",
                        "\tvar out []*string", "\tfor _, u := range users {", "\t\tout = append(out, &u.name)", "\t}",
                        "\treturn out", "}");
                return s.heap("the address of a range variable's field is appended (Go 1.19: one u for the whole loop)",
                        "out", "u");
            }
            case 0 -> {
                s.add("func collect(n int) int {", "\tptrs := make([]*int, 0, 8)", "\tfor i := 0; i < n; i++ {",
                        "\t\tv := i", "\t\tptrs = append(ptrs, &v)", "\t}", "\treturn len(ptrs)", "}");
                return s.heap("a local's address is appended to a local slice", "ptrs", "i", "v");
            }
            case 1 -> {
                s.add("func collect(n int) int {", "\tvals := make([]int, 0, 8)", "\tfor i := 0; i < n; i++ {",
                        "\t\tv := i", "\t\tvals = append(vals, v)", "\t}", "\treturn len(vals)", "}");
                return s.heap("a local's value is appended to a local slice", "vals", "i", "v");
            }
            default -> {
                s.add("func collect(n int) []*int {", "\tvar ptrs []*int", "\tfor i := 0; i < n; i++ {",
                        "\t\tv := i", "\t\tptrs = append(ptrs, &v)", "\t}", "\treturn ptrs", "}");
                return s.heap("a local's address is appended to a returned slice", "ptrs", "i", "v");
            }
        }
    }

    private static Program chanSend(SplittableRandom r) {
        Source s = new Source();
        s.add("type job struct {", "\tid int", "}", "");
        switch (r.nextInt(3)) {
            case 0 -> {
                s.add("func submit(jobs chan *job, id int) {", "\tj := job{id: id}", "\tjobs <- &j", "}");
                return s.heap("a local's address is sent on a channel", "j");
            }
            case 1 -> {
                s.add("func submit(jobs chan job, id int) {", "\tj := job{id: id}", "\tjobs <- j", "}");
                return s.heap("a local is sent on a channel by value", "j");
            }
            default -> {
                s.add("func roundTrip(id int) int {", "\tc := make(chan *job, 1)", "\tj := job{id: id}",
                        "\tc <- &j", "\tgot := <-c", "\treturn got.id", "}");
                return s.heap("a local's address is sent on a channel the function made itself", "c", "j", "got");
            }
        }
    }

    private static Program sliceArray(SplittableRandom r) {
        Source s = new Source();
        switch (r.nextInt(4)) {
            case 0 -> {
                s.add("func digits(n int) []int {", "\tvar arr [10]int", "\tfor i := range arr {",
                        "\t\tarr[i] = n + i", "\t}", "\treturn arr[:]", "}");
                return s.heap("a slice of a local array is returned", "arr", "i");
            }
            case 1 -> {
                s.add("func middle(n int) int {", "\tvar arr [10]int", "\tfor i := range arr {",
                        "\t\tarr[i] = n + i", "\t}", "\tmid := arr[3:7]", "\treturn mid[0] + mid[3]", "}");
                return s.heap("a slice of a local array is used only locally", "arr", "i", "mid");
            }
            case 2 -> {
                s.add("var view []byte", "", "func keep(n int) {", "\tvar buf [64]byte", "\tview = buf[:n]", "}");
                return s.heap("a slice of a local array is stored in a package-level variable", "buf");
            }
            default -> {
                s.add("func digits(n int) []int {", "\tvar arr [10]int", "\tfor i := range arr {",
                        "\t\tarr[i] = n + i", "\t}", "\tout := make([]int, len(arr))", "\tcopy(out, arr[:])",
                        "\treturn out", "}");
                return s.heap("a local array is copied into a returned slice", "arr", "i", "out");
            }
        }
    }

    private static Program conversion(SplittableRandom r) {
        Source s = new Source();
        int line;
        String code;
        String anchor = "(";
        String what;
        switch (r.nextInt(6)) {
            case 0 -> {
                code = "[]byte(s)";
                s.add("func countUpper(s string) int {");
                line = s.add("\tb := " + code);
                s.add("\tn := 0", "\tfor _, c := range b {", "\t\tif c >= 'A' && c <= 'Z' {", "\t\t\tn++", "\t\t}",
                        "\t}", "\treturn n", "}");
                what = "[]byte(s) used only locally";
            }
            case 1 -> {
                code = "[]byte(s)";
                s.add("func raw(s string) []byte {");
                line = s.add("\treturn " + code);
                s.add("}");
                what = "[]byte(s) returned";
            }
            case 2 -> {
                code = "string(b)";
                s.add("func isHello(b []byte) bool {");
                line = s.add("\treturn " + code + " == \"hello\"");
                s.add("}");
                what = "string(b) compared and dropped";
            }
            case 3 -> {
                code = "string(b)";
                s.add("var last string", "", "func save(b []byte) {");
                line = s.add("\tlast = " + code);
                s.add("}");
                what = "string(b) stored in a package-level variable";
            }
            case 4 -> {
                code = "\"id-\" + name";
                anchor = "+";
                s.add("func idLength(name string) int {");
                line = s.add("\tid := " + code);
                s.add("\treturn len(id)", "}");
                what = "a concatenation used only locally";
            }
            default -> {
                code = "\"id-\" + name";
                anchor = "+";
                s.add("func makeID(name string) string {");
                line = s.add("\treturn " + code);
                s.add("}");
                what = "a concatenation returned";
            }
        }
        return s.escapes(what, line, code, anchor);
    }

    /** A program under construction; tracks line numbers as the compiler counts them. */
    private static final class Source {
        private final List<String> imports = new ArrayList<>();
        private final List<String> body = new ArrayList<>();

        Source imports(String pkg) {
            imports.add(pkg);
            return this;
        }

        /** Appends lines; returns the line number of the last one in the finished file. */
        int add(String... lines) {
            body.addAll(List.of(lines));
            return headerLines() + body.size();
        }

        private int headerLines() {
            // "package main", blank, [import line(s), blank]
            return 2 + (imports.isEmpty() ? 0 : imports.size() == 1 ? 2 : imports.size() + 3);
        }

        String text() {
            StringBuilder b = new StringBuilder("package main\n\n");
            if (imports.size() == 1) {
                b.append("import \"").append(imports.get(0)).append("\"\n\n");
            } else if (!imports.isEmpty()) {
                b.append("import (\n");
                imports.forEach(i -> b.append("\t\"").append(i).append("\"\n"));
                b.append(")\n\n");
            }
            body.forEach(l -> b.append(l).append('\n'));
            return b.append("\nfunc main() {}\n").toString();
        }

        Program heap(String phenomenon, String... candidates) {
            return new Program(text(), new Heap(List.of(candidates)), phenomenon);
        }

        /** The diagnostic's column: the byte after the anchor's first occurrence in the code on that line. */
        Program escapes(String phenomenon, int line, String code, String anchor) {
            String src = body.get(line - headerLines() - 1);
            int at = src.indexOf(code) + code.indexOf(anchor);
            return new Program(text(), new Escapes(line, at + 1, code), phenomenon);
        }

        Program param(String phenomenon, String name, String function) {
            return new Program(text(), new Param(name, function), phenomenon);
        }
    }
}
