package dev.gopherdrill.quiz.web;

import java.time.Instant;
import java.util.List;

import dev.gopherdrill.content.store.CardEntity;
import dev.gopherdrill.practice.web.PracticeViews.CardView;
import dev.gopherdrill.quiz.store.QuizEntity;
import dev.gopherdrill.quiz.store.QuizItemEntity;
import dev.gopherdrill.quiz.store.QuizService;

/** The JSON shapes of quizzes, built from entities at the boundary; the pages use the same. */
public final class QuizViews {

    private QuizViews() {
    }

    /** The card waiting at {@code position}; a sim card's prompt is filled from the item's own question. */
    public record ItemView(int position, CardView card) {
    }

    public record MissedCard(String cardId, String title) {
    }

    /**
     * How a quiz went: grades by button, typed answers checked and right, and the cards
     * graded Again. {@code percent}: the share of answers not graded Again, as Anki's
     * cram summary counts a pass.
     */
    public record Summary(int answered, int again, int hard, int good, int easy, int checked, int correct,
                          int percent, List<MissedCard> missed) {
    }

    /**
     * @param current the item waiting for an answer; null once finished
     * @param summary the score so far (final once {@code finishedAt} is set)
     */
    public record QuizView(long id, String selection, String simulation, List<String> decks, List<String> tags,
                           int size, boolean reschedule, Instant startedAt, Instant finishedAt, Instant requeuedAt,
                           int total, ItemView current, Summary summary) {
        public boolean finished() {
            return finishedAt != null;
        }
    }

    public record HistoryRow(long id, String selection, String simulation, List<String> decks, Instant startedAt,
                             Instant finishedAt, int total, int answered, int missed, int percent) {
    }

    public static QuizView of(QuizService quizzes, QuizEntity q, String language) {
        List<QuizItemEntity> items = quizzes.items(q);
        QuizItemEntity next = QuizService.next(q, items);
        ItemView current = null;
        if (next != null) {
            CardEntity card = quizzes.card(next.cardId);
            current = new ItemView(next.position, CardView.of(card, language, QuizService.question(card, next, language)));
        }
        return new QuizView(q.id, q.selection, q.simulation, q.decks, q.tags, q.size, q.reschedule, q.startedAt,
                q.finishedAt, q.requeuedAt, items.size(), current, summary(quizzes, items, language));
    }

    private static Summary summary(QuizService quizzes, List<QuizItemEntity> items, String language) {
        int[] buttons = new int[5];
        int answered = 0;
        int checked = 0;
        int correct = 0;
        for (QuizItemEntity i : items) {
            if (i.rating != null) {
                answered++;
                buttons[i.rating]++;
            }
            if (i.correct != null) {
                checked++;
                correct += i.correct ? 1 : 0;
            }
        }
        List<MissedCard> missed = QuizService.missedCards(items).stream().map(id -> {
            CardEntity c = quizzes.card(id);
            return new MissedCard(id, c.content.text(language).title());
        }).toList();
        return new Summary(answered, buttons[1], buttons[2], buttons[3], buttons[4], checked, correct,
                passPercent(answered, buttons[1]), missed);
    }

    public static HistoryRow row(QuizService quizzes, QuizEntity q) {
        List<QuizItemEntity> items = quizzes.items(q);
        int answered = (int) items.stream().filter(i -> i.rating != null).count();
        int again = (int) items.stream().filter(QuizItemEntity::missed).count();
        return new HistoryRow(q.id, q.selection, q.simulation, q.decks, q.startedAt, q.finishedAt, items.size(),
                answered, QuizService.missedCards(items).size(), passPercent(answered, again));
    }

    static int passPercent(int answered, int again) {
        return answered == 0 ? 0 : Math.round(100f * (answered - again) / answered);
    }
}
