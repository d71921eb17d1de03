package dev.gopherdrill.interview;

import java.util.List;
import java.util.Optional;

/** Decides the next question of a mock interview. */
public final class Interviewer {

    private final Settings settings;
    private final List<Prospect> pool;
    private final long seed;

    public Interviewer(Settings settings, List<Prospect> pool, long seed) {
        this.settings = settings;
        this.pool = List.copyOf(pool);
        this.seed = seed;
    }

    public List<TopicSlot> plan() {
        return List.of(new TopicSlot(settings.decks().get(0), 0, settings.durationMillis()));
    }

    /**
     * The next question given everything answered so far and the clock now; empty = the
     * interview is over (time up or nothing left to ask). Pure: same (settings, pool, seed,
     * history, clock) → same Turn.
     */
    public Optional<Turn> next(List<Answered> history, long elapsedMillis) {
        if (elapsedMillis >= settings.durationMillis()) {
            return Optional.empty();
        }
        return pool.stream().filter(p -> history.stream().noneMatch(a -> a.turn().cardId().equals(p.cardId())))
                .findFirst().map(p -> new Turn(history.size(), p.cardId(), p.deck(), Reason.OPENER, null, 0));
    }
}
