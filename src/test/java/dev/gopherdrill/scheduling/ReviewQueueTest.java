package dev.gopherdrill.scheduling;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The review queue's rules, without a database: each row is a card's state, what the learner
 * does, and what must come of it.
 *
 * <p>A state is written as words: {@code new} or {@code due+N} / {@code due-N} (learner days
 * from today), then any of {@code drill}, {@code buried+N}, {@code suspended}, {@code leech},
 * {@code lapses=N}, {@code v=N}. A card that is not new has SM-2's second interval (6 days,
 * 2 repetitions, ease 2.50), so the next interval is worked out by hand: Good 6 × 2.50 = 15,
 * Hard 6 × 2.36 = 14.16 rounded up to 15, Easy 6 × 2.60 = 15.6 up to 16, Again 1 (a lapse).
 * A new card's first grade is 1 day whatever the button.
 */
class ReviewQueueTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 3, 10);
    private static final Instant NOW = Instant.parse("2026-03-10T08:30:00Z");
    private static final Instant EARLIER = Instant.parse("2026-03-10T08:00:00Z");
    private static final String CARD = "go-slices-1";

    private static final ReviewQueue SM2 = new ReviewQueue(new Sm2Scheduler(), TODAY, NOW);
    private static final ReviewQueue FSRS = new ReviewQueue(new Fsrs6Scheduler(0.9), TODAY, NOW);

    @ParameterizedTest(name = "{0} is {1}")
    @CsvSource(delimiter = '|', textBlock = """
        new                          | NEW
        new buried+1                 | BURIED
        new suspended                | SUSPENDED
        new buried+0                 | NEW
        due+0                        | REVIEW
        due-30                       | REVIEW
        due+1                        | WAITING
        due+1 drill                  | DRILL
        due+0 drill                  | REVIEW
        due-1 buried+1               | BURIED
        due-1 buried+1 suspended     | SUSPENDED
        due-1 buried-1               | REVIEW
        due-1 leech                  | REVIEW
        due+5 leech                  | WAITING
        due-1 suspended leech        | SUSPENDED
        """)
    void aCardStandsInTheFirstQueueWhoseRuleHolds(String state, Queue expected) {
        assertEquals(expected, card(state).queue(TODAY));
    }

    @ParameterizedTest(name = "{0}, {1}: {2}")
    @CsvSource(delimiter = '|', textBlock = """
        new v=0                        | grade good          | NEW due+1 v=1
        new v=0                        | grade again         | NEW due+1 drill v=1
        new v=0                        | grade hard          | NEW due+1 drill v=1
        new v=0                        | grade easy          | NEW due+1 v=1
        new buried-1 v=2               | grade good          | NEW due+1 buried-1 v=3
        due+0 v=4                      | grade good          | REVIEW due+15 v=5
        due-9 v=4                      | grade good          | REVIEW due+15 v=5
        due+0 v=4                      | grade hard          | REVIEW due+15 drill v=5
        due+0 v=4                      | grade easy          | REVIEW due+16 v=5
        due+0 v=4                      | grade again         | REVIEW due+1 drill lapses=1 v=5
        due+0 drill v=4                | grade good          | REVIEW due+15 v=5
        due+1 drill lapses=1 v=5       | grade again         | DRILL due+1 drill lapses=1 v=6
        due+1 drill lapses=1 v=5       | grade hard          | DRILL due+1 drill lapses=1 v=6
        due+1 drill lapses=1 v=5       | grade good          | DRILL due+1 lapses=1 v=6
        due+0 lapses=7 v=9             | grade again         | REVIEW due+1 suspended leech lapses=8 v=10
        due+0 lapses=8 leech v=9       | grade again         | REVIEW due+1 drill leech lapses=9 v=10
        due+0 lapses=11 leech v=9      | grade again         | REVIEW due+1 suspended leech lapses=12 v=10
        due+0 lapses=7 v=9             | grade good          | REVIEW due+15 lapses=7 v=10
        new lapses=7 v=3               | grade again         | NEW due+1 drill lapses=7 v=4
        due+0 v=4                      | grade good seen=3   | 409 the card changed since it was shown (version 3, now 4); reload to see it as it is
        due+1 v=4                      | grade good seen=3   | 409 the card changed since it was shown (version 3, now 4); reload to see it as it is
        due+0 suspended v=4            | grade good          | 409 card go-slices-1 is suspended
        new suspended v=1              | grade good          | 409 card go-slices-1 is suspended
        due+0 buried+1 v=4             | grade good          | 409 card go-slices-1 is buried until 2026-03-11
        new buried+1 v=1               | grade good          | 409 card go-slices-1 is buried until 2026-03-11
        due+0 buried+1 suspended v=4   | grade good          | 409 card go-slices-1 is suspended
        due+3 v=4                      | grade good          | 409 card go-slices-1 is not due until 2026-03-13
        due+3 leech v=4                | grade again         | 409 card go-slices-1 is not due until 2026-03-13
        due+0 v=4                      | bury                | changed due+0 buried+1 v=5
        due+0 v=4                      | bury seen=2         | 409 the card changed since it was shown (version 2, now 4); reload to see it as it is
        new v=0                        | suspend             | changed new suspended v=1
        due+0 suspended v=4            | suspend             | changed due+0 suspended v=5
        due+0 v=4                      | suspend seen=5      | 409 the card changed since it was shown (version 5, now 4); reload to see it as it is
        due+0 suspended leech v=4      | unsuspend           | changed due+0 leech v=5
        due+0 v=4                      | unsuspend           | changed due+0 v=5
        due+0 v=4                      | browse-suspend      | changed due+0 suspended v=5
        due+0 suspended v=4            | browse-suspend      | unchanged
        due+0 suspended leech v=4      | browse-unsuspend    | changed due+0 leech v=5
        due+0 v=4                      | browse-unsuspend    | unchanged
        due+0 buried+1 v=4             | unbury              | changed due+0 v=5
        due+0 buried-1 v=4             | unbury              | unchanged
        due+0 buried+0 v=4             | unbury              | unchanged
        due+5 drill lapses=3 v=4       | reset               | RESET new v=5
        due+5 buried+1 suspended leech lapses=9 v=4 | reset  | RESET new buried+1 suspended leech v=5
        new drill v=2                  | reset               | RESET new v=3
        new v=2                        | reset               | unchanged
        due+5 v=4                      | due-today           | changed due+0 v=5
        new buried+1 v=1               | due-today           | changed due+0 v=2
        due+0 v=4                      | due-today           | unchanged
        due-3 v=4                      | due-today           | unchanged
        due+5 suspended v=4            | due-today           | unchanged
        due+5 drill v=4                | interview           | INTERVIEW due+0 lapses=1 v=5
        new v=0                        | interview           | INTERVIEW due+0 v=1
        due+5 lapses=7 v=4             | interview           | INTERVIEW due+0 suspended leech lapses=8 v=5
        due+5 suspended v=4            | interview           | unchanged
        due+5 buried+1 v=4             | interview           | unchanged
        due+5 drill v=4                | quiz good           | QUIZ due+5 drill v=4
        new v=0                        | quiz again          | QUIZ new v=0
        due+5 drill v=4                | quiz-rescheduled good  | QUIZ_RESCHEDULED due+15 v=5
        due+5 lapses=7 v=4             | quiz-rescheduled again | QUIZ_RESCHEDULED due+1 suspended leech lapses=8 v=5
        due+5 suspended v=4            | quiz-rescheduled good  | QUIZ due+5 suspended v=4
        """)
    void eachTransitionLeavesTheCardAsTheRulesSay(String state, String action, String expected) {
        assertEquals(expected, describe(act(SM2, card(state), action)));
    }

    @ParameterizedTest(name = "{0}, {1}: {2}")
    @CsvSource(delimiter = '|', textBlock = """
        new v=0                  | grade again | NEW due+1 drill v=1
        new v=0                  | grade hard  | NEW due+1 v=1
        due+1 drill v=3          | grade hard  | DRILL due+1 v=4
        due+1 drill v=3          | grade again | DRILL due+1 drill v=4
        """)
    void fsrsDrillsOnlyAForgottenCard(String state, String action, String expected) {
        String described = describe(act(FSRS, card(state), action));
        // FSRS's intervals are its own: only the queue's part of the outcome is compared here
        assertEquals(expected, described.replaceAll("due\\+\\d+", "due+1"));
    }

    @Test
    void aGradeLogsTheStateBeforeAndAfterWithTheButtonTheDayAndTheScheduler() {
        QueueCard before = card("due+0 lapses=2 v=4");
        Outcome.Logged t = (Outcome.Logged) SM2.apply(before, 4, Rating.AGAIN, null);
        assertEquals(before, t.before());
        assertEquals(Rating.AGAIN, t.rating());
        assertEquals(NOW, t.at());
        assertEquals(TODAY, t.day());
        assertEquals("sm2-1990", t.scheduler());
        assertEquals(new CardState(new BigDecimal("2.50"), 1, 0, 3), t.after().schedule());
        assertEquals(NOW, t.after().drillSince(), "a drilled card joins the drill queue now");
        assertFalse(t.leech());
    }

    @Test
    void aGradeThatMakesALeechSaysSoAndKeepsTheCardOutOfTheDrill() {
        Outcome.Logged t = (Outcome.Logged) SM2.apply(card("due+0 lapses=7 v=1"), 1, Rating.AGAIN, null);
        assertTrue(t.leech());
        assertFalse(t.after().drill());
        assertEquals(NOW, t.after().drillSince(), "the grade asked for a repeat, so it is timed like one");
    }

    @Test
    void aPassingReviewLeavesTheDrillAndForgetsWhenItJoined() {
        QueueCard drilled = new QueueCard(schedule(0), TODAY, true, EARLIER, null, false, false, 2);
        Outcome.Logged t = (Outcome.Logged) SM2.apply(drilled, 2, Rating.GOOD, null);
        assertFalse(t.after().drill());
        assertNull(t.after().drillSince());
    }

    @Test
    void aDrillRepeatChangesNeitherTheScheduleNorTheDueDayButTimesTheRepeat() {
        QueueCard drilled = new QueueCard(schedule(1), TODAY.plusDays(1), true, EARLIER, null, false, false, 5);
        Outcome.Logged t = (Outcome.Logged) SM2.apply(drilled, 5, Rating.GOOD, null);
        assertEquals(ReviewKind.DRILL, t.kind());
        assertEquals(drilled.schedule(), t.after().schedule());
        assertEquals(drilled.due(), t.after().due());
        assertEquals(NOW, t.after().drillSince());
    }

    @Test
    void fsrsCountsTheElapsedDaysFromTheLastReviewAndSm2IgnoresThem() {
        Fsrs6Scheduler fsrs = new Fsrs6Scheduler(0.9);
        CardState remembered = fsrs.next(CardState.newCard(), Rating.GOOD, 0);
        QueueCard card = new QueueCard(remembered, TODAY, false, null, null, false, false, 1);
        Outcome.Logged late = (Outcome.Logged) FSRS.apply(card, 1, Rating.GOOD, TODAY.minusDays(10));
        Outcome.Logged sameDay = (Outcome.Logged) FSRS.apply(card, 1, Rating.GOOD, TODAY);
        assertEquals(fsrs.next(remembered, Rating.GOOD, 10), late.after().schedule());
        assertEquals(fsrs.next(remembered, Rating.GOOD, 0), sameDay.after().schedule());
        assertEquals(TODAY.plusDays(late.after().schedule().interval()), late.after().due());
        Outcome.Logged sm2 = (Outcome.Logged) SM2.apply(card("due+0 v=1"), 1, Rating.GOOD, TODAY.minusDays(10));
        assertEquals(15, sm2.after().schedule().interval());
    }

    @ParameterizedTest(name = "last review {1} days ago, memory {0}: {2} days")
    @CsvSource(textBlock = """
        true,  10, 10
        true,   0,  0
        true,  -3,  0
        false, 10,  0
        """)
    void elapsedDaysCountFromTheLastReviewOnlyForACardWithAMemory(boolean memory, int daysAgo, int expected) {
        CardState schedule = memory ? new CardState(new BigDecimal("2.50"), 3, 1, 0, new MemoryState(3, 5))
                : schedule(0);
        assertEquals(expected, ReviewQueue.elapsedDays(schedule, TODAY.minusDays(daysAgo), TODAY));
    }

    @Test
    void aCardNeverReviewedHasNoElapsedDays() {
        assertEquals(0, ReviewQueue.elapsedDays(new CardState(new BigDecimal("2.50"), 3, 1, 0, new MemoryState(3, 5)),
                null, TODAY));
    }

    @Test
    void undoPutsBackExactlyTheStateBeforeTheGradeAtTheNextVersion() {
        QueueCard before = new QueueCard(schedule(2), TODAY, false, EARLIER, null, false, false, 7);
        Outcome.Logged t = (Outcome.Logged) SM2.apply(before, 7, Rating.AGAIN, null);
        Outcome undone = SM2.undo(t.after(), t.before(), t.after().version());
        QueueCard expected = new QueueCard(before.schedule(), before.due(), before.drill(), before.drillSince(),
                before.buriedUntil(), before.suspended(), before.leech(), 9);
        assertEquals(new Outcome.Changed(expected), undone);
    }

    @Test
    void undoTakesBackTheLeechTagAndTheSuspensionAGradeGave() {
        QueueCard before = card("due+0 lapses=7 v=3");
        Outcome.Logged t = (Outcome.Logged) SM2.apply(before, 3, Rating.AGAIN, null);
        QueueCard undone = ((Outcome.Changed) SM2.undo(t.after(), t.before(), t.after().version())).after();
        assertFalse(undone.leech());
        assertFalse(undone.suspended());
        assertEquals(7, undone.schedule().lapses());
    }

    @Test
    void undoIsRefusedOnceTheCardHasMovedOnSinceTheGrade() {
        Outcome.Logged t = (Outcome.Logged) SM2.apply(card("due+0 v=3"), 3, Rating.GOOD, null);
        QueueCard buriedSince = ((Outcome.Changed) SM2.bury(t.after(), t.after().version())).after();
        Outcome refused = SM2.undo(buriedSince, t.before(), t.after().version());
        assertEquals("409 card go-slices-1 changed after that grade (buried, suspended or graded elsewhere); "
                + "it cannot be undone", describe(refused));
    }

    @Test
    void aQuizAnswerThatReschedulesNothingChangesNoState() {
        QueueCard card = card("due+5 v=4");
        assertFalse(SM2.quizAnswer(card, Rating.GOOD, null, false).changesState());
        assertTrue(SM2.quizAnswer(card, Rating.GOOD, null, true).changesState());
    }

    @Test
    void aResetIsLoggedWithoutAButton() {
        Outcome.Logged t = (Outcome.Logged) SM2.reset(card("due+5 lapses=3 v=4"));
        assertNull(t.rating());
        assertEquals(CardState.newCard(), t.after().schedule());
    }

    @Test
    void theLeechCountIsEightThenEveryFourLapses() {
        List<Integer> leeches = new ArrayList<>();
        for (int lapses = 0; lapses <= 20; lapses++) {
            if (ReviewQueue.isLeech(lapses)) {
                leeches.add(lapses);
            }
        }
        assertEquals(List.of(8, 12, 16, 20), leeches);
    }

    @Test
    void aNewRowIsANewCardAtVersionZero() {
        QueueCard unseen = QueueCard.unseen();
        assertEquals(Queue.NEW, unseen.queue(TODAY));
        assertEquals(0, unseen.version());
        assertInstanceOf(Outcome.Logged.class, SM2.apply(unseen, 0, Rating.GOOD, null));
    }

    /** Does {@code action} to {@code card}; {@code seen=N} stands for a page showing version N. */
    private static Outcome act(ReviewQueue queue, QueueCard card, String action) {
        String[] words = action.trim().split("\\s+");
        int seen = card.version();
        for (String w : words) {
            if (w.startsWith("seen=")) {
                seen = Integer.parseInt(w.substring(5));
            }
        }
        return switch (words[0]) {
            case "grade" -> queue.apply(card, seen, rating(words[1]), null);
            case "bury" -> queue.bury(card, seen);
            case "suspend" -> queue.suspend(card, seen);
            case "unsuspend" -> queue.unsuspend(card);
            case "browse-suspend" -> queue.setSuspended(card, true);
            case "browse-unsuspend" -> queue.setSuspended(card, false);
            case "unbury" -> queue.unbury(card);
            case "reset" -> queue.reset(card);
            case "due-today" -> queue.dueToday(card);
            case "interview" -> queue.requeueFromInterview(card, null);
            case "quiz" -> queue.quizAnswer(card, rating(words[1]), null, false);
            case "quiz-rescheduled" -> queue.quizAnswer(card, rating(words[1]), null, true);
            default -> throw new IllegalArgumentException("no action " + action);
        };
    }

    private static Rating rating(String word) {
        return Rating.valueOf(word.toUpperCase(java.util.Locale.ROOT));
    }

    /** An outcome in the table's words: the log row's kind or "changed", then the state; or the 409. */
    private static String describe(Outcome outcome) {
        if (outcome instanceof Outcome.Refused r) {
            return "409 " + r.message(CARD);
        }
        if (outcome instanceof Outcome.Unchanged) {
            return "unchanged";
        }
        if (outcome instanceof Outcome.Logged t) {
            return t.kind() + " " + describe(t.after());
        }
        return "changed " + describe(((Outcome.Changed) outcome).after());
    }

    private static String describe(QueueCard c) {
        List<String> words = new ArrayList<>();
        words.add(c.isNew() ? "new" : "due" + offset(c.due()));
        if (c.drill()) {
            words.add("drill");
        }
        if (c.buriedUntil() != null) {
            words.add("buried" + offset(c.buriedUntil()));
        }
        if (c.suspended()) {
            words.add("suspended");
        }
        if (c.leech()) {
            words.add("leech");
        }
        if (c.schedule().lapses() > 0) {
            words.add("lapses=" + c.schedule().lapses());
        }
        words.add("v=" + c.version());
        return String.join(" ", words);
    }

    private static String offset(LocalDate day) {
        long days = day.toEpochDay() - TODAY.toEpochDay();
        return days < 0 ? String.valueOf(days) : "+" + days;
    }

    /** The table's words as a card; see the class comment. */
    private static QueueCard card(String state) {
        LocalDate due = null;
        boolean drill = false;
        LocalDate buriedUntil = null;
        boolean suspended = false;
        boolean leech = false;
        int lapses = 0;
        int version = 0;
        for (String w : state.trim().split("\\s+")) {
            if (w.startsWith("due")) {
                due = TODAY.plusDays(Integer.parseInt(w.substring(3)));
            } else if (w.startsWith("buried")) {
                buriedUntil = TODAY.plusDays(Integer.parseInt(w.substring(6)));
            } else if (w.startsWith("lapses=")) {
                lapses = Integer.parseInt(w.substring(7));
            } else if (w.startsWith("v=")) {
                version = Integer.parseInt(w.substring(2));
            } else {
                switch (w) {
                    case "new" -> { }
                    case "drill" -> drill = true;
                    case "suspended" -> suspended = true;
                    case "leech" -> leech = true;
                    default -> throw new IllegalArgumentException("no state word " + w);
                }
            }
        }
        CardState schedule = due == null ? new CardState(new BigDecimal("2.50"), 0, 0, lapses) : schedule(lapses);
        return new QueueCard(schedule, due, drill, drill ? EARLIER : null, buriedUntil, suspended, leech, version);
    }

    /** SM-2's state after two passes: 6 days, ease 2.50. */
    private static CardState schedule(int lapses) {
        return new CardState(new BigDecimal("2.50"), 6, 2, lapses);
    }
}
