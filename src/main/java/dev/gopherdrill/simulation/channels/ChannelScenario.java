package dev.gopherdrill.simulation.channels;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * A small Go program about channels, as data: the channels {@code main} declares, an
 * optional {@code sync.WaitGroup}, the statements of {@code main} and the bodies of the
 * workers it starts with {@code go func() { ... }()}. {@link ChannelModel} executes it,
 * {@link ChannelPrograms} prints it as Go source; both read the same records, so the
 * question shown and the answer computed cannot drift apart.
 *
 * Invariants (checked by the compact constructor, because each one is a Go compile
 * error or a program the model does not cover):
 * <ul>
 * <li>channel names are unique, every channel is used (Go rejects an unused local) and
 *     every statement names a declared channel;</li>
 * <li>worker {@code k} (0-based, shown as {@code g(k+1)}) is started by exactly one
 *     {@code Go(k)} in {@code main}, in order: g1 before g2, so a worker's name is its
 *     creation order;</li>
 * <li>{@code go}, {@code wg.Add} and {@code wg.Wait} appear only in {@code main}, and the
 *     WaitGroup statements only when {@code waitGroup} is set (workers then run
 *     {@code defer wg.Done()} first);</li>
 * <li>a {@code select} names each channel at most once: a goroutine parked on both
 *     ends of one channel would sit in its sendq and recvq at the same time;</li>
 * <li>a {@code select} has at most one {@code time.After} case, and every such case has
 *     its own name, unlike every declared channel: it names the timer's channel in
 *     traces (the program has no variable for it);</li>
 * <li>a {@code quiet} scenario prints nothing: no {@code fmt.Println}, {@code len/cap}
 *     or {@code v, ok} statements, which exist only to print.</li>
 * </ul>
 *
 * @param quiet receives discard their values and select cases have empty bodies, for
 *              programs whose question is not their output (goroutine leaks)
 */
public record ChannelScenario(List<ChanDecl> channels, boolean waitGroup, List<Stmt> main, List<List<Stmt>> workers,
                              boolean quiet) {

    /** Names the rendered program already uses (or Go reserves) and a channel must not shadow. */
    private static final Set<String> RESERVED = Set.of("v", "wg", "fmt", "os", "runtime", "sync", "close", "len",
            "cap", "make", "main", "go", "select", "for", "range", "func", "var", "case", "default", "chan", "int");

    public ChannelScenario {
        channels = List.copyOf(channels);
        main = List.copyOf(main);
        workers = workers.stream().map(List::copyOf).toList();
        validate(channels, waitGroup, main, workers, quiet);
    }

    /** A scenario whose statements print what they receive (the channel questions). */
    public ChannelScenario(List<ChanDecl> channels, boolean waitGroup, List<Stmt> main, List<List<Stmt>> workers) {
        this(channels, waitGroup, main, workers, false);
    }

    /** The name a worker has in programs and traces: g1, g2, ... in creation order. */
    public static String workerName(int worker) {
        return "g" + (worker + 1);
    }

    /** {@code ch := make(chan int)}, {@code make(chan int, cap)} or {@code var ch chan int}. */
    public record ChanDecl(String name, boolean nil, int cap) {

        public static ChanDecl unbuffered(String name) {
            return new ChanDecl(name, false, 0);
        }

        public static ChanDecl buffered(String name, int cap) {
            return new ChanDecl(name, false, cap);
        }

        public static ChanDecl nilChan(String name) {
            return new ChanDecl(name, true, 0);
        }

        public ChanDecl {
            if (!name.matches("[a-z][a-z0-9]*") || cap < 0 || nil && cap != 0) {
                throw new IllegalArgumentException("bad channel " + name + " cap " + cap);
            }
        }

        public String kind() {
            return nil ? "nil" : cap == 0 ? "unbuffered" : "buffered";
        }
    }

    /** One statement of a goroutine body. */
    public sealed interface Stmt permits Send, Recv, RecvOk, Close, LenCap, Range, Select, Print, Go, WgAdd, WgWait {
    }

    /** {@code ch <- value} */
    public record Send(String ch, int value) implements Stmt {
    }

    /** {@code fmt.Println(<-ch)} */
    public record Recv(String ch) implements Stmt {
    }

    /** {@code v, ok := <-ch; fmt.Println(v, ok)} */
    public record RecvOk(String ch) implements Stmt {
    }

    /** {@code close(ch)} */
    public record Close(String ch) implements Stmt {
    }

    /** {@code fmt.Println(len(ch), cap(ch))} */
    public record LenCap(String ch) implements Stmt {
    }

    /** {@code for v := range ch { fmt.Println(v) }} */
    public record Range(String ch) implements Stmt {
    }

    /**
     * {@code select { cases... default: fmt.Println(defaultLabel) }}; no default when
     * {@code defaultLabel} is null, and {@code select {}} when there are no cases either.
     */
    public record Select(List<Case> cases, String defaultLabel) implements Stmt {

        public Select {
            cases = List.copyOf(cases);
        }

        public boolean hasDefault() {
            return defaultLabel != null;
        }
    }

    /** {@code fmt.Println("text")} */
    public record Print(String text) implements Stmt {

        public Print {
            if (text.contains("\"") || text.contains("\\") || text.contains("\n")) {
                throw new IllegalArgumentException("print text must need no escaping: " + text);
            }
        }
    }

    /** {@code go func() { workers[worker] }()}, only in main. */
    public record Go(int worker) implements Stmt {
    }

    /** {@code wg.Add(delta)}, only in main; positive, as before the go statements it counts. */
    public record WgAdd(int delta) implements Stmt {

        public WgAdd {
            if (delta <= 0) {
                throw new IllegalArgumentException("wg.Add(" + delta + "): only positive deltas are modelled");
            }
        }
    }

    /** {@code wg.Wait()}, only in main. */
    public record WgWait() implements Stmt {
    }

    /**
     * A communication clause of a select; each prints a line naming itself when chosen
     * (unless the scenario is quiet). {@code ch()} is the channel it waits on.
     */
    public sealed interface Case permits RecvCase, SendCase, AfterCase {
        String ch();
    }

    /** {@code case v := <-ch: fmt.Println("ch recv", v)} */
    public record RecvCase(String ch) implements Case {

        public String output(int v) {
            return ch + " recv " + v;
        }
    }

    /** {@code case ch <- value: fmt.Println("ch sent value")} */
    public record SendCase(String ch, int value) implements Case {

        public String output() {
            return ch + " sent " + value;
        }
    }

    /**
     * {@code case <-time.After(d): fmt.Println(label)}: the select arms a runtime timer
     * whose channel (cap 1) gets a value when the timer fires. {@code name} names that
     * channel in traces; it is declared nowhere, because each evaluation of
     * {@code time.After} makes a new one.
     */
    public record AfterCase(String name, String label) implements Case {

        public AfterCase {
            if (!name.matches("[a-z][a-z0-9]*") || label.contains("\"") || label.contains("\\")
                    || label.contains("\n")) {
                throw new IllegalArgumentException("bad timer name " + name + " or label " + label);
            }
        }

        @Override
        public String ch() {
            return name;
        }
    }

    /** The channel a statement operates on, or null. */
    static String channelOf(Stmt s) {
        if (s instanceof Send x) {
            return x.ch();
        } else if (s instanceof Recv x) {
            return x.ch();
        } else if (s instanceof RecvOk x) {
            return x.ch();
        } else if (s instanceof Close x) {
            return x.ch();
        } else if (s instanceof LenCap x) {
            return x.ch();
        } else if (s instanceof Range x) {
            return x.ch();
        }
        return null;
    }

    /** Every channel name a statement mentions (a select may mention several). */
    static List<String> channelsOf(Stmt s) {
        if (s instanceof Select sel) {
            return sel.cases().stream().map(Case::ch).toList();
        }
        String ch = channelOf(s);
        return ch == null ? List.of() : List.of(ch);
    }

    private static void validate(List<ChanDecl> channels, boolean waitGroup, List<Stmt> main,
                                 List<List<Stmt>> workers, boolean quiet) {
        Set<String> declared = new HashSet<>();
        for (ChanDecl c : channels) {
            if (!declared.add(c.name()) || RESERVED.contains(c.name()) || c.name().matches("v\\d+|ok\\d+")) {
                throw new IllegalArgumentException("channel name " + c.name() + " is repeated or reserved");
            }
        }
        Set<String> used = new HashSet<>();
        Set<String> timerNames = new HashSet<>();
        List<Integer> started = new ArrayList<>();
        boolean sawGo = false;
        for (Stmt s : main) {
            if (s instanceof Go g) {
                started.add(g.worker());
                sawGo = true;
            } else if (s instanceof WgAdd && sawGo) {
                throw new IllegalArgumentException("wg.Add must come before the go statements");
            }
        }
        List<List<Stmt>> bodies = new ArrayList<>();
        bodies.add(main);
        bodies.addAll(workers);
        for (int b = 0; b < bodies.size(); b++) {
            for (Stmt s : bodies.get(b)) {
                boolean mainOnly = s instanceof Go || s instanceof WgAdd || s instanceof WgWait;
                if (mainOnly && b > 0) {
                    throw new IllegalArgumentException(s + " is only allowed in main");
                }
                if ((s instanceof WgAdd || s instanceof WgWait) && !waitGroup) {
                    throw new IllegalArgumentException(s + " needs waitGroup");
                }
                if (quiet && (s instanceof Print || s instanceof LenCap || s instanceof RecvOk)) {
                    throw new IllegalArgumentException(s + " prints, and the scenario is quiet");
                }
                List<String> chans = channelsOf(s);
                if (new HashSet<>(chans).size() != chans.size()) {
                    throw new IllegalArgumentException("a select names a channel twice: " + s);
                }
                List<String> timers = s instanceof Select sel ? sel.cases().stream()
                        .filter(c -> c instanceof AfterCase).map(Case::ch).toList() : List.of();
                if (timers.size() > 1) {
                    throw new IllegalArgumentException("a select has more than one time.After case: " + s);
                }
                for (String ch : chans) {
                    if (timers.contains(ch)) {
                        if (declared.contains(ch) || !timerNames.add(ch)) {
                            throw new IllegalArgumentException("timer name " + ch + " is taken: " + s);
                        }
                    } else if (!declared.contains(ch)) {
                        throw new IllegalArgumentException("undeclared channel " + ch + " in " + s);
                    } else {
                        used.add(ch);
                    }
                }
            }
        }
        if (!used.equals(declared)) {
            throw new IllegalArgumentException("declared but not used: " + declared.stream()
                    .filter(c -> !used.contains(c)).sorted().toList());
        }
        for (int k = 0; k < workers.size(); k++) {
            if (started.size() != workers.size() || started.get(k) != k) {
                throw new IllegalArgumentException("each worker must be started once, in order; go statements start "
                        + started + " of " + workers.size());
            }
        }
        if (started.size() != workers.size()) {
            throw new IllegalArgumentException("go statements start " + started + " of " + workers.size() + " workers");
        }
        if (waitGroup && workers.isEmpty()) {
            throw new IllegalArgumentException("a WaitGroup needs workers");
        }
    }
}
