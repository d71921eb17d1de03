package dev.gopherdrill.scheduling;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Replaying a history must give what grading it live gives: each row below is a history as
 * "day offset:button[:requeue]" and is checked against the scheduler stepped by hand.
 */
class ReplayTest {

    private static final LocalDate START = LocalDate.of(2026, 3, 1);

    @ParameterizedTest(name = "{0}")
    @CsvSource(textBlock = """
        0:3 2:3 13:3
        0:1 0:3 1:3 9:1 10:2
        0:4 400:1 401:3
        0:3 5:1:requeue 5:3 8:3
        """)
    void replayingAHistoryEqualsGradingItOneReviewAtATime(String history) {
        for (Scheduler scheduler : List.of(new Sm2Scheduler(), new Fsrs6Scheduler(0.9), new Fsrs6Scheduler(0.8))) {
            List<Replay.Review> reviews = new ArrayList<>();
            CardState state = CardState.newCard();
            LocalDate previous = null;
            LocalDate due = null;
            for (String r : history.split(" ")) {
                String[] f = r.split(":");
                LocalDate day = START.plusDays(Integer.parseInt(f[0]));
                boolean requeue = f.length == 3;
                reviews.add(new Replay.Review(day, Rating.ofButton(Integer.parseInt(f[1])), requeue));
                state = scheduler.next(state, Rating.ofButton(Integer.parseInt(f[1])),
                        previous == null ? 0 : (int) (day.toEpochDay() - previous.toEpochDay()));
                due = requeue ? day : day.plusDays(state.interval());
                previous = day;
            }
            assertEquals(new Replay.Replayed(state, due), Replay.replay(scheduler, reviews), scheduler.name());
        }
    }

    @Test
    void aRequeueMakesTheCardDueTheSameDayAndTheNextReviewThatDayIsASameDayReview() {
        Fsrs6Scheduler f = new Fsrs6Scheduler(0.9);
        Replay.Replayed requeued = Replay.replay(f, List.of(new Replay.Review(START, Rating.GOOD, false),
                new Replay.Review(START.plusDays(3), Rating.AGAIN, true)));
        assertEquals(START.plusDays(3), requeued.due());
        Replay.Replayed sameDay = Replay.replay(f, List.of(new Replay.Review(START, Rating.GOOD, false),
                new Replay.Review(START.plusDays(3), Rating.AGAIN, true), new Replay.Review(START.plusDays(3), Rating.GOOD, false)));
        assertEquals(f.next(requeued.state(), Rating.GOOD, 0), sameDay.state());
    }

    @Test
    void anEmptyOrBackwardsHistoryIsRefused() {
        Sm2Scheduler s = new Sm2Scheduler();
        assertThrows(IllegalArgumentException.class, () -> Replay.replay(s, List.of()));
        assertThrows(IllegalArgumentException.class, () -> Replay.replay(s, List.of(
                new Replay.Review(START, Rating.GOOD, false), new Replay.Review(START.minusDays(1), Rating.GOOD, false))));
    }
}
