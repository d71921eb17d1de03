package dev.gopherdrill.simulation.gc;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.SplittableRandom;

import dev.gopherdrill.simulation.GoVersion;
import dev.gopherdrill.simulation.Language;
import dev.gopherdrill.simulation.Parameter;
import dev.gopherdrill.simulation.Question;
import dev.gopherdrill.simulation.Simulation;
import dev.gopherdrill.simulation.Step;
import dev.gopherdrill.simulation.Verification;
import dev.gopherdrill.simulation.gc.TriColor.Action;
import dev.gopherdrill.simulation.gc.TriColor.Barrier;
import dev.gopherdrill.simulation.gc.TriColor.Colour;
import dev.gopherdrill.simulation.gc.TriColor.Graph;
import dev.gopherdrill.simulation.gc.TriColor.MarkState;
import dev.gopherdrill.simulation.gc.TriColor.Write;

/**
 * Tri-colour marking with the mutator's writes interleaved ({@link TriColor}, {@link MarkScenario}).
 *
 * {@code ask}:
 * <ul>
 * <li>{@code freed}: which objects does this cycle free? (white at the end of marking)</li>
 * <li>{@code colour}: what colour is X right after step k?</li>
 * <li>{@code lost}: without a barrier, which reachable object is freed? The schedule is redrawn
 * until one is; the trace then says which write hid it and which write Go's hybrid barrier would
 * have shaded it at.</li>
 * </ul>
 * The verification program ({@link MarkPrograms}) makes the same writes on real Go and prints the
 * objects freed by two forced GCs: the objects unreachable at the end. That equals the
 * {@code freed} answer when the cycle leaves no floating garbage, and is a superset otherwise;
 * for {@code lost} it shows that Go keeps the object a barrier-less collector would lose.
 *
 * Covers Go 1.8 (the hybrid barrier) to 1.24; the other barriers are the textbook ones, asked
 * about by name. Verified on 1.19.
 */
public final class MarkSimulation implements Simulation {

    public static final String ID = "gc.mark";

    static final List<String> ASKS = List.of("freed", "colour", "lost");

    /** Steps a {@code lost} question has at least: shorter schedules rarely lose anything. */
    static final int LOST_MIN_STEPS = 10;
    /** Draws before a {@code lost} question gives up (measured: 1–2 % of draws lose an object). */
    static final int LOST_ATTEMPTS = 20_000;

    @Override
    public About about() {
        return new About(ID, Texts.TITLE,
                new GoVersion(1, 8), new GoVersion(1, 24));
    }

    @Override
    public List<Parameter> parameters() {
        return List.of(
                new Parameter("ask", Texts.ASK_MARK, 0, 0, ASKS, null),
                new Parameter("barrier", Texts.BARRIER, 0, 0, List.of("hybrid", "dijkstra", "yuasa", "none"),
                        "[hybrid]"),
                Parameter.range("objects", Texts.OBJECTS, 3, 8, "4..6"),
                Parameter.range("steps", Texts.STEPS, 1, 24,
                        "6..12"));
    }

    @Override
    public Question generate(long seed, GoVersion version, Map<String, String> values, SplittableRandom random,
                             Language language) {
        String ask = values.get("ask");
        int objects = Integer.parseInt(values.get("objects"));
        int steps = Integer.parseInt(values.get("steps"));
        Barrier barrier = ask.equals("lost") ? Barrier.NONE : Barrier.of(values.get("barrier"));
        MarkScenario s;
        MarkScenario.Run run;
        if (ask.equals("lost")) {
            s = null;
            run = null;
            for (int i = 0; i < LOST_ATTEMPTS && (run == null || run.lost().isEmpty()); i++) {
                s = MarkScenario.draw(random, barrier, objects, Math.max(steps, LOST_MIN_STEPS));
                run = s.run(language);
            }
            if (run.lost().isEmpty()) {
                throw new IllegalStateException("no losing schedule in " + LOST_ATTEMPTS + " draws");
            }
        } else {
            s = MarkScenario.draw(random, barrier, objects, steps);
            run = s.run(language);
        }
        String scenario = scenario(s, language);
        String answer;
        String ending;
        List<Step> trace = new ArrayList<>(run.trace());
        Map<String, String> params;
        if (ask.equals("colour")) {
            int k = s.schedule().isEmpty() ? 0 : 1 + random.nextInt(s.schedule().size());
            String object = s.graph().names().get(random.nextInt(objects));
            Colour c = colourOf(run.after(k), object);
            answer = c.name().toLowerCase(Locale.ROOT);
            ending = Texts.ASK_COLOUR.in(language, object, k);
            params = Map.of("object", object, "step", Integer.toString(k));
        } else {
            answer = run.freed().isEmpty() ? "none" : String.join(" ", run.freed());
            if (ask.equals("lost")) {
                ending = Texts.ASK_LOST.in(language);
                trace.add(new Step(whyLost(s, run, language), run.states().get(run.states().size() - 1)));
            } else {
                ending = Texts.ASK_FREED.in(language, barrier == Barrier.DIJKSTRA ? Texts.AND_RESCAN.in(language) : "");
            }
            params = Map.of();
        }
        List<String> accepted = new ArrayList<>(List.of(answer));
        if (answer.equals("none")) {
            accepted.add("nothing");
        }
        Map<String, String> all = new LinkedHashMap<>(params);
        all.put("ask", ask);
        all.put("barrier", barrier.param);
        all.put("objects", Integer.toString(objects));
        all.put("steps", Integer.toString(s.schedule().size()));
        all.put("scenario", scenario);
        return new Question(ID, seed, version.toString(), all, scenario + "\n\n" + ending, answer, accepted, trace,
                new Verification(version.toString(), MarkPrograms.program(s), MarkPrograms.stdout(run), 0, ""));
    }

    private static Colour colourOf(MarkState state, String object) {
        return state.objects().stream().filter(o -> o.name().equals(object)).findFirst().orElseThrow().colour();
    }

    /** The heap, the roots, the barrier and the numbered schedule, as markdown. */
    static String scenario(MarkScenario s, Language language) {
        Graph g = s.graph();
        StringBuilder b = new StringBuilder();
        b.append(Texts.HEAP.in(language, TriColor.describe(g))).append("\n\n");
        List<String> globals = new ArrayList<>();
        for (int i = 0; i < g.globals().length; i++) {
            globals.add("g" + (i + 1) + " = " + TriColor.n(g, g.globals()[i]));
        }
        List<String> slots = new ArrayList<>();
        for (int i = 0; i < g.slots().length; i++) {
            slots.add("s" + (i + 1) + " = " + TriColor.n(g, g.slots()[i]));
        }
        b.append(Texts.ROOTS.in(language, String.join(", ", globals), String.join(", ", slots))).append("\n\n");
        b.append(Texts.WRITE_BARRIER.in(language, s.barrier().description.in(language))).append("\n\n");
        b.append((s.barrier() == Barrier.YUASA ? Texts.BEGINS_SNAPSHOT : Texts.BEGINS_WHITE).in(language)).append("\n\n");
        if (s.schedule().isEmpty()) {
            b.append(Texts.NOTHING_HAPPENS.in(language)).append('\n');
        }
        for (int k = 1; k <= s.schedule().size(); k++) {
            b.append(k).append(". ").append(s.stepText(k, language)).append('\n');
        }
        return b.toString().stripTrailing();
    }

    /** Which write hid the lost object, what still reaches it, and where Go's barrier would have shaded it. */
    static String whyLost(MarkScenario s, MarkScenario.Run run, Language language) {
        List<String> parts = new ArrayList<>();
        for (String lost : run.lost()) {
            int hiddenFrom = -1;
            for (int k = 0; k <= s.schedule().size(); k++) {
                boolean hidden = run.after(k).hidden().contains(lost);
                if (hidden && hiddenFrom < 0) {
                    hiddenFrom = k;
                } else if (!hidden) {
                    hiddenFrom = -1;
                }
            }
            MarkState end = run.states().get(run.states().size() - 1);
            List<String> holders = new ArrayList<>();
            end.objects().forEach(o -> {
                if (lost.equals(o.l())) {
                    holders.add(o.name() + ".l");
                }
                if (lost.equals(o.r())) {
                    holders.add(o.name() + ".r");
                }
            });
            end.roots().stream().filter(r -> lost.equals(r.target())).forEach(r -> holders.add(r.name()));
            String how = hiddenFrom > 0
                    ? Texts.HIDDEN_BY_STEP.in(language, hiddenFrom, s.stepText(hiddenFrom, language))
                    : Texts.NEVER_A_PATH.in(language);
            String part = Texts.WHY_LOST.in(language, lost, how, String.join(", ", holders))
                    + hybridRescue(s, lost, language);
            parts.add(part);
        }
        return String.join(" ", parts);
    }

    private static String hybridRescue(MarkScenario s, String lost, Language language) {
        MarkScenario hybrid = new MarkScenario(s.graph(), Barrier.HYBRID, s.schedule());
        MarkScenario.Run run = hybrid.run();
        if (!run.lost().isEmpty()) {
            throw new IllegalStateException("the hybrid barrier lost " + run.lost());
        }
        for (int k = 1; k <= s.schedule().size(); k++) {
            Action a = s.schedule().get(k - 1);
            if (a instanceof Write && colourOf(run.after(k - 1), lost) == Colour.WHITE
                    && colourOf(run.after(k), lost) != Colour.WHITE) {
                return Texts.HYBRID_SHADES.in(language, k, hybrid.stepText(k, language), lost);
            }
        }
        return Texts.HYBRID_REACHES.in(language, lost);
    }
}
