package dev.gopherdrill.simulation.channels;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.SplittableRandom;

import dev.gopherdrill.simulation.GoVersion;
import dev.gopherdrill.simulation.channels.ChannelModel.Outcome;
import dev.gopherdrill.simulation.channels.ChannelScenario.Case;
import dev.gopherdrill.simulation.channels.ChannelScenario.ChanDecl;
import dev.gopherdrill.simulation.channels.ChannelScenario.Close;
import dev.gopherdrill.simulation.channels.ChannelScenario.Go;
import dev.gopherdrill.simulation.channels.ChannelScenario.LenCap;
import dev.gopherdrill.simulation.channels.ChannelScenario.Print;
import dev.gopherdrill.simulation.channels.ChannelScenario.Range;
import dev.gopherdrill.simulation.channels.ChannelScenario.Recv;
import dev.gopherdrill.simulation.channels.ChannelScenario.RecvCase;
import dev.gopherdrill.simulation.channels.ChannelScenario.RecvOk;
import dev.gopherdrill.simulation.channels.ChannelScenario.Select;
import dev.gopherdrill.simulation.channels.ChannelScenario.Send;
import dev.gopherdrill.simulation.channels.ChannelScenario.SendCase;
import dev.gopherdrill.simulation.channels.ChannelScenario.Stmt;
import dev.gopherdrill.simulation.channels.ChannelScenario.WgAdd;
import dev.gopherdrill.simulation.channels.ChannelScenario.WgWait;

/**
 * Random small channel programs, drawn from one {@link SplittableRandom} so a seed names a
 * program for good. A draw is rejected, and the next one taken from the same random
 * stream, when the model says the run is {@link Outcome#NONDETERMINISTIC} (a select with
 * several ready cases), when it prints nothing to stdout (a clean exit would leave no
 * answer to type, an error alone too little to reason about), or when it does not end
 * the way the caller asked. After
 * {@link #MAX_ATTEMPTS} draws a hand-built scenario with the same channel and worker
 * counts and the asked outcome stands in, so the result is still a function of the seed.
 *
 * Shapes: 1–3 channels (8 % nil — 3 % when it is the only one, which would block every
 * operation —, 44 % unbuffered, 48 % buffered with cap 1–4); main and each worker get
 * 2–7 statements (short ones more often, so a question fits on a screen; one more when a
 * channel would otherwise go unused, which Go rejects); {@code go}
 * statements sit in the first half of main, in worker order; a third of the programs with
 * workers use a WaitGroup. Every sent value is distinct (1, 2, 3 ...) so each printed
 * number traces back to one send. The statement mix differs by role (the weight tables
 * below): main leans to receiving, workers to sending and closing. A program whose
 * workers never run is also rejected when it has workers.
 *
 * Tuning, measured over 5000 seeds with the default parameters: the raw draws end
 * 64 % in deadlock, 16 % clean, 16 % in a panic and 4 % nondeterministic, so the 60 %
 * clean target costs most; a question takes 10 draws on average (at most 178, against
 * the cap of {@value #MAX_ATTEMPTS}; no fallback) and under 1 ms. Answers are 1–4 lines
 * in four cases of five, rarely over 9; a quarter of the clean exits leave goroutines
 * blocked.
 */
final class ChannelGenerator {

    /** Draws before falling back; the worst targets need a few dozen on average. */
    static final int MAX_ATTEMPTS = 1000;

    // Statement kinds, indexes into the weight tables below.
    private static final int SEND = 0;
    private static final int RECV = 1;
    private static final int RECV_OK = 2;
    private static final int CLOSE = 3;
    private static final int LEN_CAP = 4;
    private static final int RANGE = 5;
    private static final int SELECT = 6;
    private static final int SELECT_EMPTY = 7;
    private static final int PRINT = 8;

    /*
     * Relative weights: send, receive, v-ok, close, len/cap, range, select, select {}, print.
     * main leans to receiving (so it blocks and the workers get to run), workers to
     * sending and closing (so main's receives are answered and closes can race sends).
     * main alone has nobody to answer it: buffered sends and receives, len/cap and
     * selects with defaults are what can end cleanly there.
     */
    private static final int[] MAIN_WEIGHTS = {12, 28, 10, 7, 5, 8, 15, 1, 14};
    private static final int[] WORKER_WEIGHTS = {34, 12, 4, 11, 5, 4, 14, 0, 16};
    private static final int[] ALONE_WEIGHTS = {24, 12, 8, 12, 10, 3, 14, 1, 14};

    private static final String[] WORDS = {"start", "ready", "working", "done", "here", "next", "bye"};

    private ChannelGenerator() {
    }

    /** A scenario, how it runs, and how many draws it took ({@code fallback} when none matched). */
    record Generated(ChannelScenario scenario, ChannelModel.Run run, int attempts, boolean fallback) {
    }

    static Generated generate(SplittableRandom random, GoVersion version, int workers, int channels, Outcome target) {
        for (int attempt = 1; attempt <= MAX_ATTEMPTS; attempt++) {
            ChannelScenario s = draw(random, workers, channels, target);
            ChannelModel.Run run = ChannelModel.run(s, version);
            if (run.outcome() == target && !run.stdout().isEmpty() && (workers == 0 || aWorkerRan(run))) {
                return new Generated(s, run, attempt, false);
            }
        }
        ChannelScenario s = fallback(workers, channels, target);
        ChannelModel.Run run = ChannelModel.run(s, version);
        if (run.outcome() != target) {
            throw new IllegalStateException("fallback scenario ends in " + run.outcome() + ", not " + target);
        }
        return new Generated(s, run, MAX_ATTEMPTS, true);
    }

    /** A program whose workers never get the P teaches one thing only: with workers, one of them must run. */
    private static boolean aWorkerRan(ChannelModel.Run run) {
        return run.trace().stream().map(st -> ((ChannelModel.State) st.state()).running())
                .anyMatch(g -> g != null && !g.equals("main"));
    }

    /** One unfiltered draw. */
    static ChannelScenario draw(SplittableRandom r, int workers, int channels, Outcome target) {
        List<ChanDecl> decls = new ArrayList<>();
        for (int i = 1; i <= channels; i++) {
            String name = "ch" + i;
            int roll = r.nextInt(100);
            // A lone nil channel makes every program block at once: rarer when it is the only one.
            if (roll < (channels == 1 ? 3 : 8)) {
                decls.add(ChanDecl.nilChan(name));
            } else if (roll < 52) {
                decls.add(ChanDecl.unbuffered(name));
            } else {
                decls.add(ChanDecl.buffered(name, 1 + r.nextInt(4)));
            }
        }
        Body body = new Body(r, decls.stream().map(ChanDecl::name).toList());
        List<List<Stmt>> bodies = new ArrayList<>();
        for (int k = 0; k < workers; k++) {
            bodies.add(body.statements(ChannelScenario.workerName(k), length(r), weights(WORKER_WEIGHTS, target)));
        }
        List<Stmt> own = body.statements("main", length(r), weights(workers == 0 ? ALONE_WEIGHTS : MAIN_WEIGHTS,
                target));
        ensureUsed(r, body, bodies, own);

        boolean waitGroup = workers > 0 && r.nextInt(3) == 0;
        List<Stmt> main = new ArrayList<>(own);
        int[] at = new int[workers];
        for (int k = 0; k < workers; k++) {
            at[k] = r.nextInt(own.size() / 2 + 1);
        }
        java.util.Arrays.sort(at);
        for (int k = workers - 1; k >= 0; k--) {
            main.add(at[k], new Go(k));
        }
        if (waitGroup) {
            main.add(0, new WgAdd(workers));
            int lastGo = main.indexOf(new Go(workers - 1));
            main.add(lastGo + 1 + r.nextInt(main.size() - lastGo), new WgWait());
        }
        return new ChannelScenario(decls, waitGroup, main, bodies);
    }

    /** Panics need a close: when one is wanted, closes are drawn twice as often. */
    private static int[] weights(int[] base, Outcome target) {
        int[] w = base.clone();
        if (target == Outcome.PANIC) {
            w[CLOSE] *= 2;
        }
        return w;
    }

    /** 2–7, short bodies more likely: the smaller of two uniform draws. */
    private static int length(SplittableRandom r) {
        return 2 + Math.min(r.nextInt(6), r.nextInt(6));
    }

    /** Go rejects an unused variable: each unused channel gets one operation somewhere. */
    private static void ensureUsed(SplittableRandom r, Body body, List<List<Stmt>> workers, List<Stmt> main) {
        Set<String> used = new HashSet<>();
        List<List<Stmt>> all = new ArrayList<>(workers);
        all.add(main);
        all.forEach(b -> b.forEach(s -> used.addAll(ChannelScenario.channelsOf(s))));
        for (String ch : body.channels) {
            if (!used.contains(ch)) {
                List<Stmt> target = all.get(r.nextInt(all.size()));
                target.add(r.nextInt(target.size() + 1), body.simpleOn(ch));
            }
        }
    }

    /** Draws statements; owns the running value counter so every sent value is distinct. */
    private static final class Body {
        private final SplittableRandom r;
        private final List<String> channels;
        private int nextValue = 1;

        Body(SplittableRandom r, List<String> channels) {
            this.r = r;
            this.channels = channels;
        }

        List<Stmt> statements(String goroutine, int n, int[] weights) {
            List<Stmt> out = new ArrayList<>();
            int prints = 0;
            int total = java.util.Arrays.stream(weights).sum();
            for (int i = 0; i < n; i++) {
                String ch = channels.get(r.nextInt(channels.size()));
                int roll = r.nextInt(total);
                int kind = 0;
                while (roll >= weights[kind]) {
                    roll -= weights[kind++];
                }
                switch (kind) {
                    case SEND -> out.add(new Send(ch, nextValue++));
                    case RECV -> out.add(new Recv(ch));
                    case RECV_OK -> out.add(new RecvOk(ch));
                    case CLOSE -> out.add(new Close(ch));
                    case LEN_CAP -> out.add(new LenCap(ch));
                    case RANGE -> out.add(new Range(ch));
                    case SELECT -> out.add(select(goroutine));
                    case SELECT_EMPTY -> out.add(new Select(List.of(), null));
                    case PRINT -> out.add(new Print(goroutine + " " + WORDS[prints++ % WORDS.length]));
                    default -> throw new IllegalStateException("no statement kind " + kind);
                }
            }
            return out;
        }

        /** 1 case (20 %), 2 (65 %) or 3 (15 %), on distinct channels; a default 40 % of the time. */
        private Select select(String goroutine) {
            int roll = r.nextInt(100);
            int n = Math.min(channels.size(), roll < 20 ? 1 : roll < 85 ? 2 : 3);
            List<String> pool = new ArrayList<>(channels);
            List<Case> cases = new ArrayList<>();
            for (int i = 0; i < n; i++) {
                String ch = pool.remove(r.nextInt(pool.size()));
                cases.add(r.nextBoolean() ? new SendCase(ch, nextValue++) : new RecvCase(ch));
            }
            return new Select(cases, r.nextInt(10) < 4 ? goroutine + " default" : null);
        }

        /** A plain operation on {@code ch}, for a channel nothing else used. */
        Stmt simpleOn(String ch) {
            int roll = r.nextInt(4);
            return roll == 0 ? new Send(ch, nextValue++) : roll == 1 ? new Recv(ch) : roll == 2 ? new Close(ch)
                    : new LenCap(ch);
        }
    }

    /**
     * The stand-in when no draw matched: ch1 unbuffered, the others buffered with room for
     * one; every worker sends one value on ch1 and main receives them all, then each
     * buffered channel does a send and a receive. A panic closes ch1 twice; a deadlock
     * receives once more from ch1, which nobody will send on.
     */
    static ChannelScenario fallback(int workers, int channels, Outcome target) {
        List<ChanDecl> decls = new ArrayList<>();
        decls.add(ChanDecl.unbuffered("ch1"));
        for (int i = 2; i <= channels; i++) {
            decls.add(ChanDecl.buffered("ch" + i, 1));
        }
        int value = 1;
        List<List<Stmt>> bodies = new ArrayList<>();
        List<Stmt> main = new ArrayList<>();
        for (int k = 0; k < workers; k++) {
            bodies.add(List.of(new Send("ch1", value++), new Print(ChannelScenario.workerName(k) + " done")));
            main.add(new Go(k));
        }
        if (workers == 0) {
            main.add(new LenCap("ch1"));
        }
        for (int k = 0; k < workers; k++) {
            main.add(new Recv("ch1"));
        }
        for (int i = 2; i <= channels; i++) {
            main.add(new Send("ch" + i, value++));
            main.add(new Recv("ch" + i));
        }
        if (target == Outcome.PANIC) {
            main.add(new Close("ch1"));
            main.add(new Close("ch1"));
        } else if (target == Outcome.DEADLOCK) {
            main.add(new Recv("ch1"));
        } else {
            main.add(new Print("main done"));
        }
        return new ChannelScenario(decls, false, main, bodies);
    }
}
