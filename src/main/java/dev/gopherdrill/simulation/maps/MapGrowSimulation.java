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
import dev.gopherdrill.simulation.StepState;
import dev.gopherdrill.simulation.Verification;

/**
 * "make(map[K]V, hint), then n inserts: what is B / how many buckets / how many grows?"
 * Answers come from {@link MapGrowth} (exact); the trace's bucket pictures come from an
 * {@link Hmap} run with a seeded hash, which is one possible placement of the keys.
 *
 * The verification program reads {@code hmap.B} through {@code unsafe} (the header
 * layout is the same from Go 1.17 to 1.23) and lets the map escape, so a small map gets
 * its buckets lazily as on the heap rather than one bucket on the stack.
 */
public final class MapGrowSimulation implements Simulation {

    public static final String ID = "map.grow";

    /** Above this many inserts the trace shows counts only, no per-bucket pictures. */
    static final long MAX_PICTURED_INSERTS = 3000;

    /** The map as a playground draws it: per bucket, the number of keys in each bucket of its chain. */
    public record State(int b, long count, int noverflow, boolean growing, boolean sameSize, long nevacuate,
                        boolean bucketsAllocated, List<List<Integer>> chains, List<List<Integer>> oldChains) implements StepState {
        @Override
        public String svg(Language language) {
            return MapPicture.svg(this, language);
        }
    }

    @Override
    public About about() {
        return new About(ID, Texts.GROW_TITLE,
                new GoVersion(1, 17), new GoVersion(1, 23));
    }

    @Override
    public List<Parameter> parameters() {
        return List.of(
                Parameter.range("hint", Texts.HINT, 0, 5000, "0..300"),
                Parameter.range("inserts", Texts.INSERTS, 0, 20000, "0..1500"),
                Parameter.choice("ask", Texts.ASK, List.of("B", "buckets", "grows")));
    }

    @Override
    public Question generate(long seed, GoVersion version, Map<String, String> values, SplittableRandom random,
                             Language language) {
        long hint = Long.parseLong(values.get("hint"));
        long inserts = Long.parseLong(values.get("inserts"));
        String ask = values.get("ask");
        List<MapGrowth.Grow> grows = MapGrowth.grows(version, hint, inserts);
        int startB = MapGrowth.makeB(hint);
        int finalB = MapGrowth.finalB(version, hint, inserts);
        String answer = switch (ask) {
            case "B" -> Integer.toString(finalB);
            case "buckets" -> Long.toString(1L << finalB);
            default -> Integer.toString(grows.size());
        };
        String what = switch (ask) {
            case "B" -> Texts.ASK_B.in(language);
            case "buckets" -> Texts.ASK_BUCKETS.in(language);
            default -> Texts.ASK_GROWS.in(language);
        };
        String code = "m := make(map[int64]int64, " + hint + ")\nfor i := 0; i < " + inserts + "; i++ {\n"
                + "\tm[int64(i)] = int64(i)\n}";
        String question = Texts.GROW_QUESTION.in(language, version, code, what);
        return new Question(ID, seed, version.toString(), Map.of("hint", "" + hint, "inserts", "" + inserts,
                "ask", ask, "B", "" + finalB), question, answer, List.of(answer),
                trace(hint, inserts, startB, grows, random, language),
                new Verification(version.toString(), MapPrograms.grow(hint, inserts, ask), answer + "\n", 0, ""));
    }

    private static List<Step> trace(long hint, long inserts, int startB, List<MapGrowth.Grow> grows,
                                    SplittableRandom random, Language language) {
        boolean pictured = inserts <= MAX_PICTURED_INSERTS;
        Hmap map = new Hmap(hint, random);
        List<Step> steps = new ArrayList<>();
        steps.add(new Step(Texts.MAKE.in(language, hint, hint, startB, startB == 0 ? Texts.NO_ARRAY_YET.in(language)
                : Texts.ALLOCATED_NOW.in(language, 1 << startB)), pictured ? state(map) : null));
        long done = 0;
        for (MapGrowth.Grow g : grows) {
            if (pictured) {
                while (done < g.atInsert() - 1) {
                    map.assign(done++);
                }
                steps.add(new Step(Texts.FULL.in(language, done, done, g.fromB()), state(map)));
                map.drainEvents();
                map.assign(done++);
            }
            steps.add(new Step(Texts.HASH_GROW.in(language, g.atInsert(), g.atInsert(), g.fromB(),
                    MapGrowth.firstOverloadedCount(g.fromB()) - 1, g.fromB(), g.toB(), 1 << g.fromB()),
                    pictured ? state(map) : null));
        }
        if (pictured) {
            while (done < inserts) {
                map.assign(done++);
            }
        }
        int b = grows.isEmpty() ? startB : grows.get(grows.size() - 1).toB();
        steps.add(new Step(Texts.AFTER.in(language, inserts, b, 1L << b, MapGrowth.firstOverloadedCount(b),
                pictured && map.growing() ? Texts.EVACUATING.in(language, map.nevacuate(), map.oldbuckets().size())
                        : ""),
                pictured ? state(map) : null));
        return steps;
    }

    static State state(Hmap m) {
        return new State(m.b(), m.count(), m.noverflow(), m.growing(), m.sameSizeGrow(), m.nevacuate(),
                !m.buckets().isEmpty(), chains(m.buckets()), chains(m.oldbuckets()));
    }

    private static List<List<Integer>> chains(List<Hmap.Bucket> array) {
        List<List<Integer>> out = new ArrayList<>();
        for (Hmap.Bucket head : array) {
            List<Integer> chain = new ArrayList<>();
            for (Hmap.Bucket x = head; x != null; x = x.overflow()) {
                // an evacuated old bucket's keys live in the new array now
                chain.add(x.evacuated() ? 0 : (int) x.slots().stream().filter(k -> k != null).count());
            }
            out.add(chain);
        }
        return out;
    }
}
