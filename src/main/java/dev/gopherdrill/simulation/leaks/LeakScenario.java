package dev.gopherdrill.simulation.leaks;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import dev.gopherdrill.simulation.SimulationInputException;
import dev.gopherdrill.simulation.channels.ChannelScenario;
import dev.gopherdrill.simulation.channels.ChannelScenario.AfterCase;
import dev.gopherdrill.simulation.channels.ChannelScenario.ChanDecl;
import dev.gopherdrill.simulation.channels.ChannelScenario.Close;
import dev.gopherdrill.simulation.channels.ChannelScenario.Go;
import dev.gopherdrill.simulation.channels.ChannelScenario.Range;
import dev.gopherdrill.simulation.channels.ChannelScenario.Recv;
import dev.gopherdrill.simulation.channels.ChannelScenario.RecvCase;
import dev.gopherdrill.simulation.channels.ChannelScenario.Select;
import dev.gopherdrill.simulation.channels.ChannelScenario.Send;
import dev.gopherdrill.simulation.channels.ChannelScenario.Stmt;

/**
 * One goroutine-leak program, as its four numbers: which {@link Pattern}, how many
 * goroutines it starts, the buffer of its channel, how many jobs (or late answers) it
 * hands out, and whether its fix is applied. {@link #scenario()} turns it into the
 * channel {@link ChannelScenario} that {@code ChannelModel} executes; {@link LeakPrograms}
 * prints it as the idiomatic Go a learner reads (loops, a function, a context, a
 * timer). Both are written from these fields, statement for statement: the Go
 * {@code for} loop that starts the workers is the scenario's run of {@code go}
 * statements, worker {@code i} (1-based) being the scenario's {@code g<i>}.
 *
 * The scenario is quiet (nothing prints) and ends with {@code select {}} in main. That
 * last statement stands for {@code settle()}: main gives the P away for good, so the
 * model runs every other goroutine until it ends or blocks, and the point where the
 * model finds nothing runnable (its deadlock) is exactly the settled state the real
 * program reaches before it prints {@code runtime.NumGoroutine()}.
 *
 * Invariants (checked by the compact constructor, each a program that would not be a
 * leak question): 1–5 goroutines; buffers 0–5; for {@code timeout} and {@code context}
 * at most one late answer or job per goroutine (more would block main for good);
 * {@code context} has an unbuffered work channel, so a worker never finds a job and a
 * cancelled context ready at once (selectgo would pick at random).
 */
public record LeakScenario(Pattern pattern, int workers, int buffer, int jobs, boolean fixed) {

    public static final int MAX_WORKERS = 5;
    public static final int MAX_BUFFER = 5;
    public static final int MAX_JOBS = 5;

    /** The four classic leaks. */
    public enum Pattern {
        /** workers send results; the caller takes the first and returns */
        RECEIVER,
        /** a worker answers after select gave up on time.After; its send has no receiver */
        TIMEOUT,
        /** consumers range over a channel the producer never closes */
        RANGE,
        /** workers wait on ctx.Done() of a context nobody cancels */
        CONTEXT;

        public String id() {
            return name().toLowerCase(Locale.ROOT);
        }

        public static Pattern of(String id) {
            return valueOf(id.toUpperCase(Locale.ROOT));
        }
    }

    public LeakScenario {
        check(workers >= 1 && workers <= MAX_WORKERS, "params.workers", workers + " is outside 1.." + MAX_WORKERS);
        check(buffer >= 0 && buffer <= MAX_BUFFER, "params.buffer", buffer + " is outside 0.." + MAX_BUFFER);
        check(jobs >= 0 && jobs <= MAX_JOBS, "params.jobs", jobs + " is outside 0.." + MAX_JOBS);
        check(jobs <= workers || pattern != Pattern.TIMEOUT, "params.jobs", "the backend answers at most once per "
                + "call: " + jobs + " answers for " + workers + " calls would block main for good");
        check(jobs <= workers || pattern != Pattern.CONTEXT, "params.jobs", "each worker takes at most one job: "
                + jobs + " jobs for " + workers + " workers would block main for good");
    }

    /** The channel scenario main and the workers execute, ending in main's settle (see the class comment). */
    public ChannelScenario scenario() {
        List<ChanDecl> chans = new ArrayList<>();
        List<Stmt> main = new ArrayList<>();
        List<List<Stmt>> bodies = new ArrayList<>();
        switch (pattern) {
            case RECEIVER -> {
                chans.add(chan(RESULTS, resultsCap()));
                for (int k = 0; k < workers; k++) {
                    main.add(new Go(k));
                    bodies.add(List.of(new Send(RESULTS, k + 1)));
                }
                main.add(new Recv(RESULTS));
            }
            case TIMEOUT -> {
                chans.add(ChanDecl.unbuffered(BACKEND));
                for (int k = 0; k < workers; k++) {
                    String result = result(k);
                    chans.add(chan(result, fixed ? 1 : 0));
                    main.add(new Go(k));
                    main.add(new Select(List.of(new RecvCase(result), new AfterCase(timer(k), "timeout")), null));
                    bodies.add(List.of(new Recv(BACKEND), new Send(result, 10 * (k + 1))));
                }
                for (int j = 1; j <= jobs; j++) {
                    main.add(new Send(BACKEND, j));
                }
            }
            case RANGE -> {
                chans.add(chan(JOBS, buffer));
                for (int k = 0; k < workers; k++) {
                    main.add(new Go(k));
                    bodies.add(List.of(new Range(JOBS)));
                }
                for (int j = 1; j <= jobs; j++) {
                    main.add(new Send(JOBS, j));
                }
                if (fixed) {
                    main.add(new Close(JOBS));
                }
            }
            case CONTEXT -> {
                chans.add(ChanDecl.unbuffered(DONE));
                chans.add(ChanDecl.unbuffered(WORK));
                for (int k = 0; k < workers; k++) {
                    main.add(new Go(k));
                    bodies.add(List.of(new Select(List.of(new RecvCase(DONE), new RecvCase(WORK)), null)));
                }
                for (int j = 1; j <= jobs; j++) {
                    main.add(new Send(WORK, j));
                }
                if (fixed) {
                    main.add(new Close(DONE));
                }
            }
        }
        main.add(new Select(List.of(), null));
        return new ChannelScenario(chans, false, main, bodies, true);
    }

    /** The same program with its fix applied. */
    public LeakScenario withFix() {
        return new LeakScenario(pattern, workers, buffer, jobs, true);
    }

    /** The buffer of {@code results}: the fix makes room for every worker's answer. */
    int resultsCap() {
        return fixed ? workers : buffer;
    }

    // Channel names, shared with the printed program (timeout's per-call channels carry the call number).
    static final String RESULTS = "results";
    static final String BACKEND = "backend";
    static final String JOBS = "jobs";
    static final String DONE = "done";
    static final String WORK = "work";

    /** The result channel call {@code k} (0-based) makes: result1, result2, ... */
    static String result(int k) {
        return "result" + (k + 1);
    }

    /** The channel of call {@code k}'s time.After: timer1, timer2, ... */
    static String timer(int k) {
        return "timer" + (k + 1);
    }

    private static ChanDecl chan(String name, int cap) {
        return cap == 0 ? ChanDecl.unbuffered(name) : ChanDecl.buffered(name, cap);
    }

    private static void check(boolean ok, String field, String message) {
        if (!ok) {
            throw new SimulationInputException(field, message);
        }
    }
}
