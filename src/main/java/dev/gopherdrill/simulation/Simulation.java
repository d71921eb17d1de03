package dev.gopherdrill.simulation;

import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;

/**
 * The contract every simulation follows, so the API, the playground, sim cards and the
 * mock interview treat them alike: a list entry (id, title, Go releases, parameters) and
 * a seeded question generator whose answers the model computes.
 *
 * Determinism is the point: {@link #question} draws from one {@link SplittableRandom}
 * seeded by the caller, so a seed names a question for good (a card shows the same one
 * after a refresh; the check endpoint recomputes it instead of storing it).
 */
public interface Simulation {

    /**
     * What the list shows: the id, a title, and the oldest and newest release the model
     * covers (every minor release between is supported).
     */
    record About(String id, Text title, GoVersion oldest, GoVersion newest) {
    }

    About about();

    default String id() {
        return about().id();
    }

    default String title(Language language) {
        return about().title().in(language);
    }

    default GoVersion oldest() {
        return about().oldest();
    }

    default GoVersion newest() {
        return about().newest();
    }

    /** Releases this machine's differential tests prove the model on. */
    default List<GoVersion> verifiedOn() {
        return List.of(GoVersion.VERIFIED);
    }

    List<Parameter> parameters();

    /** The release a question uses when the caller names none: the verified one if covered. */
    default GoVersion defaultVersion() {
        return supports(GoVersion.VERIFIED) ? GoVersion.VERIFIED : newest();
    }

    default boolean supports(GoVersion v) {
        return v.compareTo(oldest()) >= 0 && v.compareTo(newest()) <= 0;
    }

    /**
     * @param ranges optional narrower ranges, in the card syntax ({@code "0..12"},
     *               {@code "startLen..16"}, {@code "[int8, int64]"}); missing ones use the full range
     * @throws SimulationInputException naming the field when a range or the version is not allowed
     */
    default Question question(long seed, GoVersion version, Map<String, String> ranges) {
        return question(seed, version, ranges, Language.EN);
    }

    /**
     * The question in {@code language}: the same seed gives the same values and answer in
     * every language, only the words differ.
     */
    default Question question(long seed, GoVersion version, Map<String, String> ranges, Language language) {
        if (!supports(version)) {
            throw new SimulationInputException("goVersion", id() + " covers Go " + oldest() + " to " + newest()
                    + ", not " + version);
        }
        SplittableRandom random = new SplittableRandom(seed);
        return generate(seed, version, Draw.values(parameters(), ranges, random), random, language);
    }

    /**
     * Only the parameter values {@link #question} would draw for {@code seed}: microseconds,
     * where a question may run a model for milliseconds. The linter uses it to try many draws.
     *
     * @throws SimulationInputException naming the field when a range is not allowed or is empty
     */
    default Map<String, String> drawValues(long seed, Map<String, String> ranges) {
        return Draw.values(parameters(), ranges, new SplittableRandom(seed));
    }

    /**
     * Builds the question from drawn values; {@code random} is for any further choices, and
     * is drawn from the same way in every language.
     */
    Question generate(long seed, GoVersion version, Map<String, String> values, SplittableRandom random,
                      Language language);

    /** The verdict for {@code answer} to the question {@code seed} names. */
    default Check check(long seed, GoVersion version, Map<String, String> ranges, String answer, Language language) {
        Question q = question(seed, version, ranges, language);
        return new Check(q.accepts(answer), q.answer(), String.join("\n", q.trace().stream().map(Step::text).toList()));
    }

    record Check(boolean correct, String expected, String explanation) {
    }
}
