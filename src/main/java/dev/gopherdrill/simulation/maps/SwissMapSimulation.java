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
                new Verification(version.toString(), program(hint, inserts, ask), answer + "\n", 0, ""));
    }

    static long slots(SwissMap.State s) {
        if (s.small()) {
            return s.smallGroup() == null ? 0 : SwissGrowth.GROUP_SLOTS;
        }
        return s.tables().stream().mapToLong(SwissMap.TableState::capacity).sum();
    }

    /** For a Go 1.24 toolchain: reads Map.dirLen/dirPtr and each table's capacity after every insert. */
    static String program(long hint, long inserts, String ask) {
        String print = switch (ask) {
            case "slots" -> "slots(m)";
            case "groups" -> "slots(m) / 8";
            default -> "grows";
        };
        return """
                package main

                import (
                \t"fmt"
                \t"unsafe"
                )

                // The first fields of internal/runtime/maps.Map and .table in Go 1.24.
                type swissMap struct {
                \tused   uint64
                \tseed   uintptr
                \tdirPtr unsafe.Pointer
                \tdirLen int
                }

                type table struct {
                \tused, capacity, growthLeft uint16
                }

                var sink map[int64]int64

                // slots: 8 for a small map's group (0 before the first insert), else every table's capacity.
                func slots(m map[int64]int64) int {
                \th := *(**swissMap)(unsafe.Pointer(&m))
                \tif h.dirLen == 0 {
                \t\tif h.dirPtr == nil {
                \t\t\treturn 0
                \t\t}
                \t\treturn 8
                \t}
                \ttotal, seen := 0, map[*table]bool{}
                \tfor _, t := range unsafe.Slice((**table)(h.dirPtr), h.dirLen) {
                \t\tif !seen[t] {
                \t\t\tseen[t] = true
                \t\t\ttotal += int(t.capacity)
                \t\t}
                \t}
                \treturn total
                }

                func main() {
                \tm := make(map[int64]int64, %d)
                \tsink = m
                \tn, grows := slots(m), 0
                \tfor i := 0; i < %d; i++ {
                \t\tm[int64(i)] = int64(i)
                \t\tif s := slots(m); s > n && n > 0 {
                \t\t\tgrows++
                \t\t\tn = s
                \t\t} else if s > n {
                \t\t\tn = s
                \t\t}
                \t}
                \tfmt.Println(%s)
                }
                """.formatted(hint, inserts, print);
    }
}
