package dev.gopherdrill.simulation.scheduler;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.SplittableRandom;

import dev.gopherdrill.simulation.GoVersion;
import dev.gopherdrill.simulation.Language;
import dev.gopherdrill.simulation.Parameter;
import dev.gopherdrill.simulation.Question;
import dev.gopherdrill.simulation.Simulation;
import dev.gopherdrill.simulation.Verification;
import dev.gopherdrill.simulation.scheduler.SchedulerModel.Fing;
import dev.gopherdrill.simulation.scheduler.SchedulerModel.MainWaits;
import dev.gopherdrill.simulation.scheduler.SchedulerModel.Result;

/**
 * "In what order do the goroutines run?" for the classic loop of {@code go func(i int)
 * { record(i) }(i)} with one P, answered and traced by {@link SchedulerModel}, shown and
 * verified as the program {@link SchedulerPrograms} prints.
 *
 * Only what real Go 1.19 does the same way on every unperturbed run is asked. When the
 * model finds one order for every starting schedtick and every place of the finalizer
 * goroutine ({@link SchedulerModel#deterministic}), the program is the plain loop (N up
 * to 256 with a WaitGroup, a sleep or a channel). Otherwise (a Gosched, or more than 256
 * goroutines) the program first calls {@code alignSchedtick(phase)} with the drawn
 * {@code schedtick}, which fixes the one thing left open, and the question says so.
 *
 * {@code ask} picks the question: the whole order, the first goroutine, the last one
 * before main prints, or how many ran before main printed (the Gosched lesson: about 61).
 * Orders may be typed with spaces or commas, as printed with brackets, or with runs
 * written {@code 0…8}, {@code 0...8}, {@code 0..8} or {@code 0-8}.
 */
public final class SchedulerSimulation implements Simulation {

    public static final String ID = "scheduler.run";

    static final List<String> ASKS = List.of("order", "first", "last", "ran");

    /** Orders longer than this are shown with runs written {@code a…b}. */
    static final int SHOW_FULL_UP_TO = 20;

    private static final GoVersion GO_1_19 = GoVersion.VERIFIED;

    @Override
    public About about() {
        return new About(ID, Texts.TITLE,
                GO_1_19, GO_1_19);
    }

    @Override
    public List<Parameter> parameters() {
        return List.of(
                Parameter.range("goroutines", Texts.GOROUTINES, 1, SchedulerModel.MAX_GOROUTINES,
                        "1..300"),
                Parameter.choice("mainWaits", Texts.MAIN_WAITS, MainWaits.ids()),
                Parameter.choice("ask", Texts.ASK, ASKS),
                Parameter.range("schedtick", Texts.SCHEDTICK, 0, SchedulerModel.FAIRNESS_TICKS - 1));
    }

    @Override
    public Question generate(long seed, GoVersion version, Map<String, String> values, SplittableRandom random,
                             Language language) {
        int n = Integer.parseInt(values.get("goroutines"));
        MainWaits waits = MainWaits.parse("params.mainWaits", values.get("mainWaits"));
        String ask = values.get("ask");
        int phase = Integer.parseInt(values.get("schedtick"));
        boolean aligned = !SchedulerModel.deterministic(n, waits);
        Integer alignedSchedtick = aligned ? phase : null;
        Result run = SchedulerModel.execute(1, n, waits, aligned ? phase : SchedulerModel.DEFAULT_START_SCHEDTICK,
                Fing.PARKED, true, language);
        List<Integer> order = run.order();
        String program = SchedulerPrograms.program(new SchedulerPrograms.Spec(n, waits, alignedSchedtick));
        String block = "```go\n" + program + "```";
        StringBuilder question = new StringBuilder(block).append("\n\n").append(Texts.ONE_P.in(language));
        if (aligned) {
            question.append(Texts.ALIGNED.in(language, phase, phase));
        }
        question.append(prompt(ask, language)).append(Texts.ORDINARY_RUN.in(language));
        List<String> accepted = accepted(ask, order);
        return new Question(ID, seed, version.toString(), Map.of("goroutines", Integer.toString(n), "mainWaits",
                waits.id(), "ask", ask, "schedtick", aligned ? Integer.toString(phase) : "any", "program", block),
                question.toString(), accepted.get(0), accepted, run.trace(),
                new Verification(version.toString(), program, SchedulerPrograms.stdout(order), 0, ""));
    }

    private static String prompt(String ask, Language language) {
        return switch (ask) {
            case "order" -> Texts.ASK_ORDER.in(language);
            case "first" -> Texts.ASK_FIRST.in(language);
            case "last" -> Texts.ASK_LAST.in(language);
            default -> Texts.ASK_RAN.in(language);
        };
    }

    /** The shown answer first, then every accepted spelling. */
    static List<String> accepted(String ask, List<Integer> order) {
        Set<String> out = new LinkedHashSet<>();
        if (ask.equals("ran")) {
            out.add(Integer.toString(order.size()));
            out.add(order.size() + " goroutines");
            return List.copyOf(out);
        }
        if (order.isEmpty()) {
            out.add("none");
            out.addAll(List.of("nothing", "no goroutine", "[]"));
            if (ask.equals("order")) {
                out.add("0 goroutines");
            } else {
                out.add("main");
            }
            return List.copyOf(out);
        }
        if (!ask.equals("order")) {
            int g = ask.equals("first") ? order.get(0) : order.get(order.size() - 1);
            out.add(Integer.toString(g));
            out.add("g" + g);
            return List.copyOf(out);
        }
        String full = String.join(" ", order.stream().map(String::valueOf).toList());
        String compact = compact(order, 3, "…");
        out.add(order.size() <= SHOW_FULL_UP_TO ? full : compact);
        out.add(full);
        out.add("[" + full + "]");
        for (int shortest : new int[] {2, 3}) {
            for (String dash : List.of("…", "...", "..", "-")) {
                out.add(compact(order, shortest, dash));
            }
        }
        return List.copyOf(out);
    }

    /** Runs of at least {@code shortest} consecutive numbers written first{@code dash}last. */
    static String compact(List<Integer> order, int shortest, String dash) {
        List<String> parts = new ArrayList<>();
        int i = 0;
        while (i < order.size()) {
            int j = i;
            while (j + 1 < order.size() && order.get(j + 1) == order.get(j) + 1) {
                j++;
            }
            if (j - i + 1 >= shortest) {
                parts.add(order.get(i) + dash + order.get(j));
            } else {
                for (int k = i; k <= j; k++) {
                    parts.add(Integer.toString(order.get(k)));
                }
            }
            i = j + 1;
        }
        return String.join(" ", parts);
    }
}
