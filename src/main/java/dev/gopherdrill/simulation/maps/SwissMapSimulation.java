package dev.gopherdrill.simulation.maps;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;

import dev.gopherdrill.simulation.GoVersion;
import dev.gopherdrill.simulation.Language;
import dev.gopherdrill.simulation.Parameter;
import dev.gopherdrill.simulation.Question;
import dev.gopherdrill.simulation.Simulation;
import dev.gopherdrill.simulation.Step;
import dev.gopherdrill.simulation.Verification;

/**
 * "make(map[int64]int64, hint), then n inserts, Go 1.24: how many slots / groups / grows?"
 * answered by {@link SwissMap}. Hints and inserts stay at or below 896 (7/8 of one
 * 1,024-slot table), where the map has a single table and every answer is independent
 * of the hash seed; past that, which table splits first is random in Go.
 *
 * Not verified here: only Go 1.19 is installed, so {@link #verifiedOn()} is empty and
 * every question says so. The verification program reads the 1.24 {@code Map} and
 * {@code table} headers through unsafe (layout from internal/runtime/maps and the
 * compiler's copy of it in reflectdata), for whoever runs it on a 1.24 toolchain.
 */
public final class SwissMapSimulation implements Simulation {

    public static final String ID = "map.swiss";

    /** 7/8 of maxTableCapacity: the most keys one table holds, so the largest exact question. */
    static final long MAX_SINGLE_TABLE_KEYS = SwissGrowth.MAX_TABLE_CAPACITY * 7L / 8;

    @Override
    public About about() {
        return new About(ID, Texts.SWISS_TITLE,
                new GoVersion(1, 24), new GoVersion(1, 24));
    }

    @Override
    public List<GoVersion> verifiedOn() {
        return List.of();
    }

    @Override
    public List<Parameter> parameters() {
        return List.of(
                Parameter.range("hint", Texts.HINT, 0, MAX_SINGLE_TABLE_KEYS, "0..200"),
                Parameter.range("inserts", Texts.INSERTS, 0, MAX_SINGLE_TABLE_KEYS, "0..600"),
                Parameter.choice("ask", Texts.ASK, List.of("slots", "groups", "grows")));
    }

    @Override
    public Question generate(long seed, GoVersion version, Map<String, String> values, SplittableRandom random,
                             Language language) {
        long hint = Long.parseLong(values.get("hint"));
        long inserts = Long.parseLong(values.get("inserts"));
        String ask = values.get("ask");
        SwissMap map = new SwissMap(version, hint, random);
        List<Step> trace = new ArrayList<>();
        trace.add(new Step(SwissGrowth.make(version, hint).explain(language), map.state()));
        int grows = 0;
        for (long k = 0; k < inserts; k++) {
            map.assign(k);
            for (SwissGrowth.Event e : map.drainEvents()) {
                if (e instanceof SwissGrowth.GrowToTable || e instanceof SwissGrowth.Grow) {
                    grows++;
                }
                trace.add(new Step(e.describe(language), map.state()));
            }
        }
        long slots = slots(map.state());
        trace.add(new Step(Texts.SWISS_AFTER.in(language, inserts, slots, slots / SwissGrowth.GROUP_SLOTS, grows),
                map.state()));
        String answer = switch (ask) {
            case "slots" -> Long.toString(slots);
            case "groups" -> Long.toString(slots / SwissGrowth.GROUP_SLOTS);
            default -> Integer.toString(grows);
        };
        String what = switch (ask) {
            case "slots" -> Texts.ASK_SLOTS.in(language);
            case "groups" -> Texts.ASK_GROUPS.in(language);
            default -> Texts.ASK_SWISS_GROWS.in(language);
        };
        String question = Texts.SWISS_QUESTION.in(language, version, "m := make(map[int64]int64, " + hint + ")\n"
                + "for i := 0; i < " + inserts + "; i++ {\n\tm[int64(i)] = int64(i)\n}", what);
        return new Question(ID, seed, version.toString(), Map.of("hint", "" + hint, "inserts", "" + inserts,
                "ask", ask), question, answer, List.of(answer), trace,
                new Verification(version.toString(), MapPrograms.swiss(hint, inserts, ask), answer + "\n", 0, ""));
    }

    static long slots(SwissMap.State s) {
        if (s.small()) {
            return s.smallGroup() == null ? 0 : SwissGrowth.GROUP_SLOTS;
        }
        return s.tables().stream().mapToLong(SwissMap.TableState::capacity).sum();
    }
}
