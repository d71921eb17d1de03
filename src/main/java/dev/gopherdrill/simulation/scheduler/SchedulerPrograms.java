package dev.gopherdrill.simulation.scheduler;

import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import dev.gopherdrill.simulation.GoBatch;
import dev.gopherdrill.simulation.scheduler.SchedulerModel.MainWaits;

/**
 * The Go programs behind the scheduler questions, gofmt-formatted: a complete program
 * ({@link #program}), its {@code main} as a named function ({@link #function}), and many
 * such functions in one program that runs the one named by {@code os.Args[1]}
 * ({@link #batch}). A batch is built once and run once per function, each run its own
 * process: a Gosched program exits with goroutines still queued, which would run in the
 * next function's turn in a shared process.
 *
 * Every goroutine calls {@code record(i)}, which appends under a mutex: a plain append
 * from goroutines is a data race, and when sysmon preempts one in the middle, a whole
 * stretch of entries is lost (seen once in 300 runs). main prints the slice at the end,
 * so nothing but that one write is a system call.
 *
 * When the order depends on where the 61st-tick checks fall (a Gosched, or more than 256
 * goroutines), the program starts with {@code alignSchedtick(phase)}; see
 * {@link #ALIGN}.
 */
public final class SchedulerPrograms {

    /**
     * Brings main's P to a known {@code schedtick % 61} with nothing else queued. A helper
     * waits in {@code runnext} while main yields to the global queue: main comes back first
     * only through the 61st-tick check ({@code schedtick % 61 == 0}, and {@code execute}
     * makes it 1); otherwise the helper runs, then main through the empty-queue path, one
     * tick later. Receiving from the helper lets it finish without a tick (both go through
     * {@code runnext}). The first round is not trusted: whatever was queued before (the
     * finalizer goroutine) may still be there; later rounds start from empty queues. Each
     * further {@code Gosched} with empty queues adds exactly one tick. Verified on go1.19.8:
     * phases 0, 1, 2, 30 and 60 gave the model's Gosched counts in 100 of 100 runs each.
     */
    static final String ALIGN = """
            // alignSchedtick returns with main's P at schedtick%61 == phase and nothing
            // else runnable. main yields to the global queue while a helper waits in
            // runnext; main comes back first only through the every-61st-tick check of
            // the global queue, which leaves schedtick%61 == 1. Each Gosched adds one.
            func alignSchedtick(phase int) {
            \tfor first := true; ; first = false {
            \t\thelper := make(chan bool, 1)
            \t\tgo func() { helper <- true }()
            \t\truntime.Gosched()
            \t\tselect {
            \t\tcase <-helper:
            \t\t\tcontinue // the helper ran first: not the 61st tick
            \t\tdefault:
            \t\t}
            \t\t<-helper // the helper finishes from runnext: no tick
            \t\t// The first round may have started with Gs queued; later ones cannot.
            \t\tif !first {
            \t\t\tbreak
            \t\t}
            \t}
            \tfor i := 0; i < (phase+60)%61; i++ {
            \t\truntime.Gosched()
            \t}
            }
            """;

    private static final String RECORD = """
            var (
            \tmu    sync.Mutex
            \torder []int // the goroutines, in the order they ran
            )

            func record(i int) {
            \tmu.Lock()
            \torder = append(order, i)
            \tmu.Unlock()
            }
            """;

    private static final GoBatch BATCH = new GoBatch(List.of("fmt", "runtime", "sync", "time"),
            List.of("time.Sleep"), RECORD + "\n" + ALIGN);

    private SchedulerPrograms() {
    }

    /**
     * One program: N goroutines, main waiting as {@code waits}; {@code alignedSchedtick}
     * null for a program without {@code alignSchedtick}.
     */
    public record Spec(int goroutines, MainWaits waits, Integer alignedSchedtick) {
    }

    /** {@code package main}, the imports it uses, record, alignSchedtick if aligned, main. */
    public static String program(Spec s) {
        StringBuilder sb = new StringBuilder("package main\n\nimport (\n\t\"fmt\"\n\t\"runtime\"\n\t\"sync\"\n");
        if (s.waits() == MainWaits.SLEEP) {
            sb.append("\t\"time\"\n");
        }
        sb.append(")\n\n").append(RECORD).append('\n');
        if (s.alignedSchedtick() != null) {
            sb.append(ALIGN).append('\n');
        }
        return sb.append(function(s, "main")).toString();
    }

    /** {@code func name() {...}}: the body of {@link #program}'s main. */
    public static String function(Spec s, String name) {
        int n = s.goroutines();
        StringBuilder sb = new StringBuilder("func " + name + "() {\n\truntime.GOMAXPROCS(1)\n");
        if (s.alignedSchedtick() != null) {
            sb.append("\talignSchedtick(").append(s.alignedSchedtick()).append(")\n");
        }
        String loop = "\tfor i := 0; i < " + n + "; i++ {\n";
        switch (s.waits()) {
            case WAITGROUP -> sb.append("\tvar wg sync.WaitGroup\n").append(loop).append("\t\twg.Add(1)\n")
                    .append("\t\tgo func(i int) {\n\t\t\tdefer wg.Done()\n\t\t\trecord(i)\n\t\t}(i)\n\t}\n")
                    .append("\twg.Wait()\n");
            case SLEEP -> sb.append(loop).append("\t\tgo func(i int) {\n\t\t\trecord(i)\n\t\t}(i)\n\t}\n")
                    .append("\ttime.Sleep(").append(SchedulerModel.SLEEP_MILLIS).append(" * time.Millisecond)\n");
            case GOSCHED -> sb.append(loop).append("\t\tgo func(i int) {\n\t\t\trecord(i)\n\t\t}(i)\n\t}\n")
                    .append("\truntime.Gosched()\n");
            case CHANNEL -> sb.append("\tdone := make(chan int)\n").append(loop)
                    .append("\t\tgo func(i int) {\n\t\t\trecord(i)\n\t\t\tdone <- i\n\t\t}(i)\n\t}\n")
                    .append(loop).append("\t\t<-done\n\t}\n");
        }
        return sb.append("\tmu.Lock()\n\tfmt.Println(order)\n\tmu.Unlock()\n}\n").toString();
    }

    /** What {@code fmt.Println(order)} writes. */
    public static String stdout(List<Integer> order) {
        return order.stream().map(String::valueOf).collect(Collectors.joining(" ", "[", "]\n"));
    }

    /**
     * One program holding {@code functions} (name → {@link #function} source); it runs the
     * one {@code os.Args[1]} names.
     */
    public static String batch(Map<String, String> functions) {
        return BATCH.byArgument(functions);
    }
}
