package dev.gopherdrill.simulation.gc;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;

import dev.gopherdrill.simulation.Language;
import dev.gopherdrill.simulation.Step;
import dev.gopherdrill.simulation.gc.TriColor.Action;
import dev.gopherdrill.simulation.gc.TriColor.Barrier;
import dev.gopherdrill.simulation.gc.TriColor.Expr;
import dev.gopherdrill.simulation.gc.TriColor.Field;
import dev.gopherdrill.simulation.gc.TriColor.Global;
import dev.gopherdrill.simulation.gc.TriColor.Graph;
import dev.gopherdrill.simulation.gc.TriColor.Loc;
import dev.gopherdrill.simulation.gc.TriColor.MarkState;
import dev.gopherdrill.simulation.gc.TriColor.Nil;
import dev.gopherdrill.simulation.gc.TriColor.Read;
import dev.gopherdrill.simulation.gc.TriColor.ScanGlobals;
import dev.gopherdrill.simulation.gc.TriColor.ScanObject;
import dev.gopherdrill.simulation.gc.TriColor.ScanStack;
import dev.gopherdrill.simulation.gc.TriColor.Slot;
import dev.gopherdrill.simulation.gc.TriColor.Write;

/**
 * A graph, a barrier and an interleaving of collector steps and mutator writes, drawn from a
 * {@link SplittableRandom}; and its {@link #run} through {@link TriColor}.
 *
 * The draw: {@code objects} objects named A, B, ...; each pointer field points to another object
 * with probability 0.55 (cycles are allowed); one or two globals, the first non-nil; two stack
 * slots, each non-nil half the time. Each schedule step is a collector step or a mutator write
 * with equal odds (the other when one has no move): the collector scans the globals, the stack
 * (not for Yuasa, whose snapshot did) or a grey object; the mutator writes {@code nil} (1 in 6)
 * or a pointer it reads from a root or a reachable object's field into a stack slot (40 %), a
 * reachable object's field (45 %) or a global (15 %), and never a write that changes nothing.
 */
public record MarkScenario(Graph graph, Barrier barrier, List<Action> schedule) {

    public MarkScenario {
        schedule = List.copyOf(schedule);
    }

    static final int SLOTS = 2;

    /** What happened: the trace, the state after each step, and the verdicts. */
    public record Run(List<Step> trace, List<MarkState> states, List<String> freed, List<String> unreachable,
                      List<String> lost) {
        public Run {
            trace = List.copyOf(trace);
            states = List.copyOf(states);
        }

        /** The state right after schedule step {@code k} (0 = mark start). */
        public MarkState after(int k) {
            return states.get(k);
        }
    }

    public static MarkScenario draw(SplittableRandom r, Barrier barrier, int objects, int steps) {
        List<String> names = new ArrayList<>();
        for (int i = 0; i < objects; i++) {
            names.add(String.valueOf((char) ('A' + i)));
        }
        int[][] fields = new int[objects][2];
        for (int x = 0; x < objects; x++) {
            for (int f = 0; f < 2; f++) {
                fields[x][f] = r.nextInt(100) < 55 ? other(r, objects, x) : TriColor.NIL;
            }
        }
        int[] globals = new int[1 + r.nextInt(2)];
        for (int g = 0; g < globals.length; g++) {
            globals[g] = g == 0 || r.nextBoolean() ? r.nextInt(objects) : TriColor.NIL;
        }
        int[] slots = new int[SLOTS];
        for (int s = 0; s < SLOTS; s++) {
            slots[s] = r.nextBoolean() ? r.nextInt(objects) : TriColor.NIL;
        }
        Graph graph = new Graph(names, fields, globals, slots);
        TriColor m = new TriColor(graph, barrier);
        m.start();
        List<Action> schedule = new ArrayList<>();
        for (int i = 0; i < steps; i++) {
            List<Action> gc = gcMoves(m, objects);
            Action write = mutatorMove(r, m, graph, objects);
            boolean collector = write == null || !gc.isEmpty() && r.nextBoolean();
            Action a = collector ? (gc.isEmpty() ? null : gc.get(r.nextInt(gc.size()))) : write;
            if (a == null) {
                break;
            }
            m.apply(a);
            schedule.add(a);
        }
        return new MarkScenario(graph, barrier, schedule);
    }

    private static int other(SplittableRandom r, int objects, int x) {
        int t = r.nextInt(objects - 1);
        return t >= x ? t + 1 : t;
    }

    private static List<Action> gcMoves(TriColor m, int objects) {
        List<Action> moves = new ArrayList<>();
        for (Action a : List.of(new ScanGlobals(), new ScanStack())) {
            if (m.allowed(a)) {
                moves.add(a);
            }
        }
        for (int x = 0; x < objects; x++) {
            if (m.allowed(new ScanObject(x))) {
                moves.add(new ScanObject(x));
            }
        }
        return moves;
    }

    /** A random useful write, or null after a few tries without one. */
    private static Action mutatorMove(SplittableRandom r, TriColor m, Graph g, int objects) {
        boolean[] reach = m.reachable();
        List<Integer> reachable = new ArrayList<>();
        for (int x = 0; x < objects; x++) {
            if (reach[x]) {
                reachable.add(x);
            }
        }
        for (int attempt = 0; attempt < 20; attempt++) {
            int kind = r.nextInt(100);
            Loc dest;
            if (kind < 40) {
                dest = new Slot(r.nextInt(SLOTS));
            } else if (kind < 85 && !reachable.isEmpty()) {
                dest = new Field(reachable.get(r.nextInt(reachable.size())), r.nextInt(2));
            } else {
                dest = new Global(r.nextInt(g.globals().length));
            }
            Expr value = r.nextInt(6) == 0 ? new Nil() : new Read(source(r, g, reachable));
            Write w = new Write(dest, value);
            if (m.allowed(w) && !value.equals(new Read(dest)) && changes(m, w)) {
                return w;
            }
        }
        return null;
    }

    private static Loc source(SplittableRandom r, Graph g, List<Integer> reachable) {
        int kind = r.nextInt(100);
        if (kind < 30) {
            return new Slot(r.nextInt(SLOTS));
        } else if (kind < 45) {
            return new Global(r.nextInt(g.globals().length));
        } else if (!reachable.isEmpty()) {
            return new Field(reachable.get(r.nextInt(reachable.size())), r.nextInt(2));
        }
        return new Slot(r.nextInt(SLOTS));
    }

    /** Whether the write stores a different pointer than the destination holds. */
    private static boolean changes(TriColor m, Write w) {
        String before = target(m, w.dest());
        String after = w.value() instanceof Read rd ? target(m, rd.from()) : null;
        return before == null ? after != null : !before.equals(after);
    }

    private static String target(TriColor m, Loc l) {
        MarkState s = m.state("marking");
        if (l instanceof Slot sl) {
            return s.roots().get(s.roots().size() - SLOTS + sl.index()).target();
        } else if (l instanceof Global gl) {
            return s.roots().get(gl.index()).target();
        }
        Field f = (Field) l;
        TriColor.ObjectState o = s.objects().get(f.object());
        return f.field() == 0 ? o.l() : o.r();
    }

    /** Replays the scenario from mark start through sweep. */
    public Run run() {
        return run(Language.EN);
    }

    /** As above, the trace written in {@code language}. */
    public Run run(Language language) {
        TriColor m = new TriColor(graph, barrier, language);
        List<Step> trace = new ArrayList<>();
        List<MarkState> states = new ArrayList<>();
        String start = m.start();
        MarkState s0 = m.state("marking");
        states.add(s0);
        trace.add(new Step("0. " + start, s0));
        int k = 0;
        for (Action a : schedule) {
            k++;
            String text = m.apply(a);
            MarkState s = m.state("marking");
            states.add(s);
            trace.add(new Step(k + ". " + text, s));
        }
        List<MarkState> ends = new ArrayList<>();
        List<String> texts = m.terminate(ends);
        for (int i = 0; i < texts.size(); i++) {
            trace.add(new Step(texts.get(i), ends.get(i)));
        }
        states.addAll(ends);
        return new Run(trace, states, m.freed(), m.unreachable(), m.lost());
    }

    /** Text of step {@code k} (1-based) of the schedule, as the question lists it. */
    public String stepText(int k, Language language) {
        TriColor m = new TriColor(graph, barrier, language);
        Action a = schedule.get(k - 1);
        return a instanceof Write ? Texts.MUTATOR.in(language, "`" + m.text(a) + "`") : m.text(a);
    }
}
