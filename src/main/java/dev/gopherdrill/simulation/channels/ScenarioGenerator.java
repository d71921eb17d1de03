package dev.gopherdrill.simulation.channels;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.SplittableRandom;

import dev.gopherdrill.simulation.channels.ChannelModel.Outcome;
import dev.gopherdrill.simulation.channels.Scenario.Case;
import dev.gopherdrill.simulation.channels.Scenario.ChanDecl;
import dev.gopherdrill.simulation.channels.Scenario.Close;
import dev.gopherdrill.simulation.channels.Scenario.Go;
import dev.gopherdrill.simulation.channels.Scenario.LenCap;
import dev.gopherdrill.simulation.channels.Scenario.Print;
import dev.gopherdrill.simulation.channels.Scenario.Range;
import dev.gopherdrill.simulation.channels.Scenario.Recv;
import dev.gopherdrill.simulation.channels.Scenario.RecvCase;
import dev.gopherdrill.simulation.channels.Scenario.RecvOk;
import dev.gopherdrill.simulation.channels.Scenario.Select;
import dev.gopherdrill.simulation.channels.Scenario.Send;
import dev.gopherdrill.simulation.channels.Scenario.SendCase;
import dev.gopherdrill.simulation.channels.Scenario.Stmt;
import dev.gopherdrill.simulation.channels.Scenario.WgAdd;
import dev.gopherdrill.simulation.channels.Scenario.WgWait;

/**
 * Random small channel programs, drawn from one {@link SplittableRandom} so a seed names a
 * program for good. A draw is rejected, and the next one taken from the same random
 * stream, when the model says the run is {@link Outcome#NONDETERMINISTIC} (a select with
 * several ready cases), when it prints nothing before a clean exit (a question needs an
 * answer to type), or when it does not end the way the caller asked. After
 * {@link #MAX_ATTEMPTS} draws a hand-built scenario with the same channel and worker
 * counts and the asked outcome stands in, so the result is still a function of the seed.
 *
 * Shapes: 1–3 channels (about 8 % nil, 44 % unbuffered, 48 % buffered with cap 1–4);
 * main and each worker get 2–7 statements (short ones more often, so a question fits on a
 * screen); {@code go} statements sit in the first half of main, in worker order; a third
 * of the programs with workers use a WaitGroup. Every sent value is distinct (1, 2, 3 ...)
 * so each printed number traces back to one send. Statement mix, in percent of draws:
 * send 24, receive 18, {@code v, ok} 7, close 8, len/cap 5, range 6, select 15 (of which
 * {@code select {}} 1), print 10 — tuned so that with the target drawn 60/20/20 the
 * rejection loop needs a handful of draws and seldom falls back (see the tests).
 */
final class ScenarioGenerator {

    /** Draws before falling back; the worst targets need a few dozen on average. */
    static final int MAX_ATTEMPTS = 400;

    private static final String[] WORDS = {"start", "ready", "working", "done", "here", "next", "bye"};

    private ScenarioGenerator() {
    }

    /** A scenario, how it runs, and how many draws it took ({@code fallback} when none matched). */
    record Generated(Scenario scenario, ChannelModel.Run run, int attempts, boolean fallback) {
    }

    static Generated generate(SplittableRandom random, int workers, int channels, Outcome target) {
        for (int attempt = 1; attempt <= MAX_ATTEMPTS; attempt++) {
            Scenario s = draw(random, workers, channels);
            ChannelModel.Run run = ChannelModel.run(s);
            if (run.outcome() == target && !run.stdout().isEmpty()) {
                return new Generated(s, run, attempt, false);
            }
        }
        Scenario s = fallback(workers, channels, target);
        ChannelModel.Run run = ChannelModel.run(s);
        if (run.outcome() != target) {
            throw new IllegalStateException("fallback scenario ends in " + run.outcome() + ", not " + target);
        }
        return new Generated(s, run, MAX_ATTEMPTS, true);
    }

    /** One unfiltered draw. */
    static Scenario draw(SplittableRandom r, int workers, int channels) {
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
            bodies.add(body.statements(Scenario.workerName(k), length(r)));
        }
        List<Stmt> own = body.statements("main", length(r));
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
        return new Scenario(decls, waitGroup, main, bodies);
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
        all.forEach(b -> b.forEach(s -> used.addAll(Scenario.channelsOf(s))));
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

        List<Stmt> statements(String goroutine, int n) {
            List<Stmt> out = new ArrayList<>();
            int prints = 0;
            for (int i = 0; i < n; i++) {
                String ch = channels.get(r.nextInt(channels.size()));
                int roll = r.nextInt(100);
                if (roll < 24) {
                    out.add(new Send(ch, nextValue++));
                } else if (roll < 42) {
                    out.add(new Recv(ch));
                } else if (roll < 49) {
                    out.add(new RecvOk(ch));
                } else if (roll < 57) {
                    out.add(new Close(ch));
                } else if (roll < 62) {
                    out.add(new LenCap(ch));
                } else if (roll < 68) {
                    out.add(new Range(ch));
                } else if (roll < 82) {
                    out.add(select(goroutine));
                } else if (roll < 83) {
                    out.add(new Select(List.of(), null));
                } else {
                    out.add(new Print(goroutine + " " + WORDS[prints++ % WORDS.length]));
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
    static Scenario fallback(int workers, int channels, Outcome target) {
        List<ChanDecl> decls = new ArrayList<>();
        decls.add(ChanDecl.unbuffered("ch1"));
        for (int i = 2; i <= channels; i++) {
            decls.add(ChanDecl.buffered("ch" + i, 1));
        }
        int value = 1;
        List<List<Stmt>> bodies = new ArrayList<>();
        List<Stmt> main = new ArrayList<>();
        for (int k = 0; k < workers; k++) {
            bodies.add(List.of(new Send("ch1", value++), new Print(Scenario.workerName(k) + " done")));
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
        return new Scenario(decls, false, main, bodies);
    }
}
