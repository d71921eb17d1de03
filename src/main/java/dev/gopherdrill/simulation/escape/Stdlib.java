package dev.gopherdrill.simulation.escape;

import java.math.BigInteger;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import dev.gopherdrill.simulation.escape.Ast.Func;
import dev.gopherdrill.simulation.escape.Ast.Method;

/**
 * The functions of fmt, errors, strings, sync and time the subset may call, with the
 * escape tags their own compilation gives them in Go 1.19 (what the compiler reads from
 * export data when a caller is compiled with -l, so nothing is inlined). Each tag was
 * read from {@code go build -a -gcflags=<pkg>=-m <pkg>} on Go 1.19.8 and is written here
 * in the compiler's words:
 *
 * <ul>
 * <li>fmt.Print/Println/Sprint/Sprintln(a ...any), fmt.Printf/Sprintf(format string,
 *     a ...any): {@code leaking param content: a} (the interface values reach the
 *     heap; the {@code ... argument} slice itself does not), format does not escape.
 * <li>errors.New(text): {@code leaking param: text} (stored in a heap errorString).
 * <li>strings.ToUpper/ToLower/TrimSpace(s), ReplaceAll(s, old, new): {@code leaking
 *     param: s to result ~r0 level=0} (may return s itself); Split(s, sep) and
 *     Fields(s): {@code leaking param: s} (the substrings alias s and live in a heap
 *     slice); Join(elems, sep): {@code leaking param: elems to result ~r0 level=1};
 *     Contains, HasPrefix, HasSuffix, Index, Count, EqualFold, Repeat: nothing escapes.
 * <li>(*sync.Mutex).Lock/Unlock, (*sync.RWMutex).Lock/Unlock/RLock/RUnlock,
 *     (*sync.WaitGroup).Add/Done/Wait: {@code leaking param: m} (the slow paths hand
 *     the address to the runtime's semaphore table), so a local mutex whose method is
 *     called is moved to the heap.
 * <li>(*sync.Once).Do(f func()): {@code leaking param: o}, {@code f does not escape}.
 * <li>(*strings.Builder).WriteString(s)/WriteByte(c): {@code leaking param content: b}
 *     (the receiver's buffer is reallocated on the heap), String(): {@code leaking param:
 *     b to result ~r0 level=1}, Len(): nothing.
 * <li>time.Now(), time.Since(t): no pointer parameters escape.
 * <li>time.Sleep(d Duration): no pointers, no tag.
 * <li>sync/atomic's LoadPointer, StorePointer, SwapPointer and CompareAndSwapPointer are
 *     assembly without {@code //go:noescape}: every pointer parameter leaks to the heap.
 * </ul>
 */
final class Stdlib {

    static final List<String> PACKAGES = List.of("fmt", "errors", "strings", "sync", "sync/atomic", "time", "unsafe");

    private final Map<String, Func> funcs = new LinkedHashMap<>();
    private final Map<String, GoType> types = new LinkedHashMap<>();
    private final Map<String, Constant> consts = new LinkedHashMap<>();

    private static final GoType ANY = new GoType.Interface(List.of());
    static final GoType.Named ERROR = new GoType.Named(null, "error");
    private static final GoType.Named DURATION = new GoType.Named("time", "Duration");

    static {
        GoType.Func errSig = new GoType.Func(List.of(), List.of(GoType.STRING), false);
        ERROR.underlying = new GoType.Interface(List.of(new GoType.IMethod("Error", errSig)));
        DURATION.underlying = GoType.INT64;
    }

    Stdlib() {
        GoType anyDots = new GoType.Slice(ANY);
        List<GoType> printResults = List.of(GoType.INT, ERROR);
        for (String n : List.of("Print", "Println")) {
            fn("fmt", n, List.of("a"), List.of(anyDots), printResults, true, Leaks.content());
        }
        for (String n : List.of("Sprint", "Sprintln")) {
            fn("fmt", n, List.of("a"), List.of(anyDots), List.of(GoType.STRING), true, Leaks.content());
        }
        fn("fmt", "Printf", List.of("format", "a"), List.of(GoType.STRING, anyDots), printResults, true,
                Leaks.none(), Leaks.content());
        fn("fmt", "Sprintf", List.of("format", "a"), List.of(GoType.STRING, anyDots), List.of(GoType.STRING), true,
                Leaks.none(), Leaks.content());
        fn("errors", "New", List.of("text"), List.of(GoType.STRING), List.of(ERROR), false, Leaks.heap());
        GoType s = GoType.STRING;
        for (String n : List.of("ToUpper", "ToLower", "TrimSpace")) {
            fn("strings", n, List.of("s"), List.of(s), List.of(s), false, Leaks.toResult0(0));
        }
        fn("strings", "ReplaceAll", List.of("s", "old", "new"), List.of(s, s, s), List.of(s), false,
                Leaks.toResult0(0), Leaks.none(), Leaks.none());
        fn("strings", "Split", List.of("s", "sep"), List.of(s, s), List.of(new GoType.Slice(s)), false,
                Leaks.heap(), Leaks.none());
        fn("strings", "Fields", List.of("s"), List.of(s), List.of(new GoType.Slice(s)), false, Leaks.heap());
        fn("strings", "Join", List.of("elems", "sep"), List.of(new GoType.Slice(s), s), List.of(s), false,
                Leaks.toResult0(1), Leaks.none());
        for (String n : List.of("Contains", "HasPrefix", "HasSuffix", "EqualFold")) {
            fn("strings", n, List.of("s", "t"), List.of(s, s), List.of(GoType.BOOL), false, Leaks.none(),
                    Leaks.none());
        }
        for (String n : List.of("Index", "Count")) {
            fn("strings", n, List.of("s", "substr"), List.of(s, s), List.of(GoType.INT), false, Leaks.none(),
                    Leaks.none());
        }
        fn("strings", "Repeat", List.of("s", "count"), List.of(s, GoType.INT), List.of(s), false,
                Leaks.none(), Leaks.none());
        fn("time", "Sleep", List.of("d"), List.of(DURATION), List.of(), false, Leaks.none());
        GoType.Named location = new GoType.Named("time", "Location");
        location.underlying = new GoType.Struct(List.of());
        GoType.Named time = new GoType.Named("time", "Time");
        time.underlying = new GoType.Struct(List.of(new GoType.Field("wall", GoType.UINT64),
                new GoType.Field("ext", GoType.INT64), new GoType.Field("loc", new GoType.Pointer(location))));
        types.put("time.Time", time);
        fn("time", "Now", List.of(), List.of(), List.of(time), false);
        fn("time", "Since", List.of("t"), List.of(time), List.of(DURATION), false, Leaks.none());
        GoType.Named builder = new GoType.Named("strings", "Builder");
        builder.underlying = new GoType.Struct(List.of(new GoType.Field("addr", new GoType.Pointer(builder)),
                new GoType.Field("buf", new GoType.Slice(GoType.BYTE))));
        types.put("strings.Builder", builder);
        method(builder, "WriteString", List.of(GoType.STRING), List.of(GoType.INT, ERROR), Leaks.content(),
                Leaks.none());
        method(builder, "WriteByte", List.of(GoType.BYTE), List.of(ERROR), Leaks.content(),
                Leaks.heap());
        method(builder, "String", List.of(), List.of(GoType.STRING), Leaks.toResult0(1));
        method(builder, "Len", List.of(), List.of(GoType.INT), Leaks.none());
        types.put("time.Duration", DURATION);
        long ns = 1;
        // each unit is the previous one times its factor
        for (Map.Entry<String, Long> unit : List.of(Map.entry("Nanosecond", 1L), Map.entry("Microsecond", 1000L),
                Map.entry("Millisecond", 1000L), Map.entry("Second", 1000L), Map.entry("Minute", 60L),
                Map.entry("Hour", 60L))) {
            ns *= unit.getValue();
            consts.put("time." + unit.getKey(), new Constant(DURATION, Value.of(BigInteger.valueOf(ns))));
        }
        GoType.Named mutex = syncType("Mutex", new GoType.Struct(List.of(new GoType.Field("state", GoType.INT32),
                new GoType.Field("sema", GoType.UINT32))), "m", List.of("Lock", "Unlock"));
        syncType("RWMutex", new GoType.Struct(List.of(new GoType.Field("w", mutex),
                new GoType.Field("writerSem", GoType.UINT32), new GoType.Field("readerSem", GoType.UINT32),
                new GoType.Field("readerCount", GoType.INT32), new GoType.Field("readerWait", GoType.INT32))),
                "rw", List.of("Lock", "Unlock", "RLock", "RUnlock"));
        GoType.Named wg = syncType("WaitGroup", new GoType.Struct(List.of(
                new GoType.Field("noCopy", new GoType.Struct(List.of())), new GoType.Field("state1", GoType.UINT64),
                new GoType.Field("state2", GoType.UINT32))), "wg", List.of("Done", "Wait"));
        GoType.Named once = syncType("Once", new GoType.Struct(List.of(new GoType.Field("done", GoType.UINT32),
                new GoType.Field("m", mutex))), "o", List.of());
        Func doFn = method(once, "o", "Do", List.of(new GoType.Func(List.of(), List.of(), false)));
        once.methods.put("Do", new Method("Do", doFn, true, once));
        Func add = method(wg, "wg", "Add", List.of(GoType.INT));
        wg.methods.put("Add", new Method("Add", add, true, wg));
        GoType up = GoType.UnsafePointer.TYPE;
        GoType addr = new GoType.Pointer(up);
        fn("atomic", "LoadPointer", List.of("addr"), List.of(addr), List.of(up), false, Leaks.heap());
        fn("atomic", "StorePointer", List.of("addr", "val"), List.of(addr, up), List.of(), false,
                Leaks.heap(), Leaks.heap());
        fn("atomic", "SwapPointer", List.of("addr", "new"), List.of(addr, up), List.of(up), false,
                Leaks.heap(), Leaks.heap());
        fn("atomic", "CompareAndSwapPointer", List.of("addr", "old", "new"), List.of(addr, up, up),
                List.of(GoType.BOOL), false, Leaks.heap(), Leaks.heap(), Leaks.heap());
    }

    private GoType.Named syncType(String name, GoType.Struct layout, String recv, List<String> methods) {
        GoType.Named t = new GoType.Named("sync", name);
        t.underlying = layout;
        for (String m : methods) {
            t.methods.put(m, new Method(m, method(t, recv, m, List.of()), true, t));
        }
        types.put("sync." + name, t);
        return t;
    }

    private static void method(GoType.Named t, String name, List<GoType> params, List<GoType> results,
            Leaks... tags) {
        Func f = new Func(t + "." + name, null);
        f.sig = new GoType.Func(params, results, false);
        f.tags = tags;
        f.escState = Escape.TAGGED;
        t.methods.put(name, new Method(name, f, true, t));
    }

    private static Func method(GoType.Named t, String recv, String name, List<GoType> params) {
        Func f = new Func("sync." + t.name + "." + name, null);
        f.sig = new GoType.Func(params, List.of(), false);
        List<Leaks> tags = new ArrayList<>();
        tags.add(Leaks.heap());
        for (int i = 0; i < params.size(); i++) {
            tags.add(Leaks.none());
        }
        f.tags = tags.toArray(new Leaks[0]);
        f.escState = Escape.TAGGED;
        return f;
    }

    private void fn(String pkg, String name, List<String> params, List<GoType> types, List<GoType> results,
            boolean variadic, Leaks... tags) {
        Func f = new Func(pkg + "." + name, null);
        f.sig = new GoType.Func(types, results, variadic);
        f.tags = tags;
        f.escState = Escape.TAGGED;
        funcs.put(pkg + "." + name, f);
    }

    Func func(String qualified) {
        return funcs.get(qualified);
    }

    GoType type(String qualified) {
        if (qualified.equals("unsafe.Pointer")) {
            return GoType.UnsafePointer.TYPE;
        }
        return types.get(qualified);
    }

    /** A package constant such as time.Second: its type and value. */
    record Constant(GoType type, Value value) {
    }

    /** The package constant of that qualified name, or null. */
    Constant constant(String qualified) {
        return consts.get(qualified);
    }
}
