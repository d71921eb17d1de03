package dev.gopherdrill.interview.web;

import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import dev.gopherdrill.content.AnswerChecker;
import dev.gopherdrill.content.AnswerDiff;
import dev.gopherdrill.content.CardContent;
import dev.gopherdrill.content.CardKind;
import dev.gopherdrill.content.store.CardEntity;
import dev.gopherdrill.interview.Answered;
import dev.gopherdrill.interview.KeyPoint;
import dev.gopherdrill.interview.PointMatch;
import dev.gopherdrill.interview.Scoring;
import dev.gopherdrill.interview.store.InterviewEntity;
import dev.gopherdrill.interview.store.InterviewService;
import dev.gopherdrill.interview.store.InterviewTurnEntity;

/**
 * The JSON shapes of the interview API (the pages render the same records), built from
 * entities at the boundary. Scores are 0..1. What a candidate may see depends on the
 * interview's reveal mode: while it runs and answers are revealed only at the end, a
 * scored turn carries no reference answer and no key-point text.
 */
public final class InterviewViews {

    private InterviewViews() {
    }

    public record SettingsView(int minutes, List<String> decks, String level, String language, boolean revealEach) {
        static SettingsView of(InterviewEntity i) {
            return new SettingsView(i.minutes, i.decks, i.level, i.language, i.revealEach);
        }
    }

    /**
     * A question as asked. {@code prompt} is HTML (a sim card's with its generated values);
     * {@code choices} HTML, answered as 0-based indexes ("0,2"); {@code outputAnswer}: the
     * answer is a program's output, several lines.
     */
    public record QuestionView(int turn, String cardId, String deck, String deckTitle, String kind, int level,
                               String reason, String parentCardId, int depth, String title, String prompt,
                               List<String> choices, boolean multipleChoice, boolean outputAnswer) {
        /** 1-based, for people. */
        public int number() {
            return turn + 1;
        }

        static QuestionView of(InterviewTurnEntity t, CardEntity c, String deckTitle, String language) {
            CardContent.RenderedText text = c.content.text(language);
            long right = c.content.correctChoices().stream().filter(b -> b).count();
            boolean output = c.cardKind() == CardKind.PREDICT
                    || t.question != null && t.question.answer().contains("\n");
            return new QuestionView(t.turn, c.id, t.deckId, deckTitle, c.kind,
                    c.level,
                    t.reason.toLowerCase(java.util.Locale.ROOT), t.parentCardId, t.depth, text.title(),
                    t.question != null ? t.question.prompt() : text.prompt(), text.choices(), right > 1, output);
        }
    }

    /** @param serverNow the server's clock when this was read: a client counts down from {@code endsAt} against it */
    public record InterviewView(long id, String status, SettingsView settings, Instant startedAt, Instant endsAt,
                                Instant finishedAt, Instant serverNow, long remainingSeconds, int asked, int answered,
                                QuestionView current) {
    }

    public static InterviewView interview(InterviewService service, InterviewEntity i) {
        List<InterviewTurnEntity> turns = service.turns(i);
        Instant now = service.now();
        QuestionView current = service.current(i, turns)
                .map(t -> QuestionView.of(t, service.card(t.cardId), service.deckTitle(t.deckId, i.language), i.language)).orElse(null);
        int answered = (int) turns.stream().filter(InterviewTurnEntity::isAnswered).count();
        return new InterviewView(i.id, i.status, SettingsView.of(i), i.startedAt, i.endsAt, i.finishedAt, now,
                i.remainingSeconds(now), turns.size(), answered, current);
    }

    /**
     * One key point of a recall answer: the matcher's suggestion, the tick that counts
     * (the suggestion until the candidate corrects it) and the words of the answer that
     * matched. {@code text} (markdown source) and {@code html} are null while hidden.
     */
    public record PointView(int index, String text, String html, boolean suggested, boolean covered,
                            List<String> evidence) {
    }

    /**
     * The right answer: {@code answer} and {@code explanation} HTML; {@code expected} what a
     * checked kind accepts, {@code given} what the candidate typed (null for other kinds).
     */
    public record Reference(String answer, String expected, List<String> rightChoices, List<String> keyPoints,
                            String explanation, List<String> trace, String given) {
        static Reference of(InterviewTurnEntity t, CardEntity c, String language) {
            CardContent.RenderedText text = c.content.text(language);
            String expected = null;
            List<String> right = new ArrayList<>();
            if (t.question != null) {
                expected = t.question.answer();
            } else if (c.cardKind().isChecked()) {
                expected = new AnswerChecker().check(c.toCard(), "").expected();
                for (int k = 0; k < text.choices().size(); k++) {
                    if (c.content.correctChoices().get(k)) {
                        right.add(text.choices().get(k));
                    }
                }
            }
            return new Reference(text.answer(), expected, right, text.keyPoints(), text.explanation(),
                    t.question == null ? List.of() : t.question.trace(), expected == null ? null : t.answer);
        }

        /** Where the typed answer differs from the expected one, as practice shows it (Anki's type-in compare). */
        public AnswerDiff.Comparison comparison() {
            return AnswerDiff.compare(given, expected);
        }
    }

    /**
     * An answer as scored: {@code correct} for checked kinds; {@code next} the question now
     * waiting, null when over.
     */
    public record ScoredView(int turn, String cardId, String kind, double score, Boolean correct,
                             List<PointView> keyPoints, Reference reference, boolean finished, QuestionView next) {
        public boolean strong() {
            return score >= Scoring.STRONG;
        }
    }

    public static ScoredView scored(InterviewService service, InterviewService.Scored s) {
        InterviewEntity i = s.interview();
        InterviewTurnEntity t = s.turn();
        boolean reveal = i.revealEach;
        return new ScoredView(t.turn, t.cardId, s.card().kind, t.score,
                s.card().cardKind().isChecked() ? t.score >= 1.0 : null, points(t, s.card(), i.language, reveal),
                reveal ? Reference.of(t, s.card(), i.language) : null, s.next().isEmpty(),
                s.next().map(n -> QuestionView.of(n, service.card(n.cardId), service.deckTitle(n.deckId, i.language),
                        i.language)).orElse(null));
    }

    static List<PointView> points(InterviewTurnEntity t, CardEntity c, String language, boolean withText) {
        if (t.suggestions == null) {
            return List.of();
        }
        List<KeyPoint> source = InterviewService.keyPoints(c, language);
        List<String> html = c.content.text(language).keyPoints();
        List<PointView> out = new ArrayList<>();
        for (PointMatch m : t.suggestions) {
            int k = m.index();
            out.add(new PointView(k, withText && k < source.size() ? source.get(k).text() : null,
                    withText && k < html.size() ? html.get(k) : null, m.covered(),
                    t.ticks != null && k < t.ticks.size() ? t.ticks.get(k) : m.covered(), m.evidence()));
        }
        return out;
    }

    /** A topic's line of the report: {@link Scoring#byTopic} with the deck's title. */
    public record TopicView(String deck, String title, int questions, double score) {
    }

    /**
     * One question of the report. {@code path}: the follow-up chain that led here, opener
     * first, this card last, as card ids and as titles (HTML); {@code givenChoices}: a choice
     * answer ("0,2") as the picked options' text (HTML), null for other kinds;
     * {@code timeTakenMs} from asking to answering.
     */
    public record TurnReport(int turn, String cardId, String deck, String deckTitle, String kind, String title,
                             String prompt, String reason, String parentCardId, int depth, List<String> path,
                             List<String> pathTitles, boolean answered, String answer, List<String> givenChoices,
                             Double score, Double autoScore, Long timeTakenMs,
                             List<PointView> keyPoints, Reference reference) {
        public int number() {
            return turn + 1;
        }

        public boolean strong() {
            return score != null && score >= Scoring.STRONG;
        }
    }

    public record WeakCard(int turn, String cardId, String title, String deck, double score) {
    }

    /**
     * @param overallScore mean score of the answered questions (a question left unanswered
     *                     when time ran out is not counted)
     */
    public record Report(long id, String status, SettingsView settings, Instant startedAt, Instant endsAt,
                         Instant finishedAt, double overallScore, int asked, int answered, List<TopicView> topics,
                         List<TurnReport> turns, List<WeakCard> weakCards, Instant requeuedAt) {
    }

    public static Report report(InterviewService service, InterviewEntity i) {
        List<InterviewTurnEntity> turns = service.turns(i);
        Map<String, InterviewTurnEntity> byCard = new HashMap<>();
        turns.forEach(t -> byCard.put(t.cardId, t));
        List<TurnReport> rows = new ArrayList<>();
        Map<String, CardEntity> cards = new HashMap<>();
        for (InterviewTurnEntity t : turns) {
            CardEntity c = cards.computeIfAbsent(t.cardId, service::card);
            CardContent.RenderedText text = c.content.text(i.language);
            List<String> path = path(t, byCard);
            List<String> pathTitles = path.stream()
                    .map(id -> cards.computeIfAbsent(id, service::card).content.text(i.language).title()).toList();
            rows.add(new TurnReport(t.turn, t.cardId, t.deckId, service.deckTitle(t.deckId, i.language), c.kind, text.title(),
                    t.question != null ? t.question.prompt() : text.prompt(),
                    t.reason.toLowerCase(java.util.Locale.ROOT),
                    t.parentCardId, t.depth, path, pathTitles, t.isAnswered(), t.answer,
                    c.cardKind() == dev.gopherdrill.content.CardKind.CHOICE ? pickedChoices(t.answer, text.choices()) : null,
                    t.score, t.autoScore, t.timeTakenMillis(), points(t, c, i.language, true),
                    Reference.of(t, c, i.language)));
        }
        List<WeakCard> weak = InterviewService.missed(turns).stream()
                .map(t -> new WeakCard(t.turn, t.cardId, cards.get(t.cardId).content.text(i.language).title(),
                        t.deckId, t.score))
                .toList();
        List<InterviewTurnEntity> answered = turns.stream().filter(InterviewTurnEntity::isAnswered).toList();
        return new Report(i.id, i.status, SettingsView.of(i), i.startedAt, i.endsAt, i.finishedAt, mean(i, answered),
                turns.size(), answered.size(), topics(service, i, answered), rows, weak, i.requeuedAt);
    }

    /** Scores per deck, in the order the interview reached them; decks nothing was answered in are left out. */
    static List<TopicView> topics(InterviewService service, InterviewEntity i, List<InterviewTurnEntity> answered) {
        return Scoring.byTopic(answers(i, answered)).stream()
                .map(s -> new TopicView(s.deck(), service.deckTitle(s.deck(), i.language), s.questions(), s.score()))
                .toList();
    }

    private static double mean(InterviewEntity i, List<InterviewTurnEntity> answered) {
        return Scoring.overall(answers(i, answered));
    }

    private static List<Answered> answers(InterviewEntity i, List<InterviewTurnEntity> answered) {
        return answered.stream().map(t -> t.toAnswered(i)).toList();
    }

    /**
     * The options a choice answer picked ("0,2": 0-based indexes), as their text; null, so the
     * report shows the answer as sent, when an index names no option (the card was edited since).
     */
    static List<String> pickedChoices(String answer, List<String> choices) {
        if (answer == null || answer.isBlank()) {
            return null;
        }
        List<String> picked = new ArrayList<>();
        for (String part : answer.split(",")) {
            try {
                int n = Integer.parseInt(part.strip());
                if (n < 0 || n >= choices.size()) {
                    return null;
                }
                picked.add(choices.get(n));
            } catch (NumberFormatException e) {
                return null;
            }
        }
        return picked;
    }

    private static List<String> path(InterviewTurnEntity t, Map<String, InterviewTurnEntity> byCard) {
        List<String> path = new ArrayList<>();
        InterviewTurnEntity at = t;
        // a chain is at most as long as the interview; the bound also stops a cycle in bad data
        for (int n = 0; at != null && n <= byCard.size(); n++) {
            path.add(0, at.cardId);
            at = at.parentCardId == null ? null : byCard.get(at.parentCardId);
        }
        return path;
    }

    /** A past interview in the history: its overall and per-topic scores. */
    public record HistoryRow(long id, String status, Instant startedAt, int minutes, List<String> decks, Double score,
                             int answered, List<TopicView> topics) {
    }

    public static HistoryRow historyRow(InterviewService service, InterviewEntity i) {
        List<InterviewTurnEntity> answered = service.turns(i).stream().filter(InterviewTurnEntity::isAnswered).toList();
        return new HistoryRow(i.id, i.status, i.startedAt, i.minutes, i.decks,
                answered.isEmpty() ? null : mean(i, answered),
                answered.size(), topics(service, i, answered));
    }

}
