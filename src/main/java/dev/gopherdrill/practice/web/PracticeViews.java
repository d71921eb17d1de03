package dev.gopherdrill.practice.web;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import dev.gopherdrill.content.CardContent;
import dev.gopherdrill.content.SimCard;
import dev.gopherdrill.content.store.CardEntity;
import dev.gopherdrill.content.store.MarkdownRenderer;
import dev.gopherdrill.practice.store.PracticeService;
import dev.gopherdrill.practice.store.ReviewLogEntity;
import dev.gopherdrill.scheduling.CardState;
import dev.gopherdrill.scheduling.NextStates;
import dev.gopherdrill.scheduling.Rating;
import dev.gopherdrill.simulation.Question;
import dev.gopherdrill.simulation.Step;

/** The JSON shapes of the practice API, built from entities at the boundary. */
public final class PracticeViews {

    /** Sim card prompts are filled per question, so they are rendered per view rather than at sync. */
    private static final MarkdownRenderer MARKDOWN = new MarkdownRenderer();

    private PracticeViews() {
    }

    /**
     * A card as the learner sees it before answering; {@code outputAnswer}: the answer is a
     * program's output (several lines), so the page offers a text area. {@code answer} and key points are
     * included for recall cards only (the client reveals them); checked kinds get their
     * answer from {@code /check} or after grading, so a client cannot peek.
     */
    public record CardView(String id, String deck, String kind, int level, String goVersions, String title,
                           String prompt, String answer, List<String> keyPoints, String explanation,
                           List<String> choices, boolean multipleChoice, String source, boolean outputAnswer) {

        /** @param question the question a sim card asks now (its prompt is filled from it), else null */
        public static CardView of(CardEntity c, String language, Question question) {
            CardContent.RenderedText t = c.content.text(language);
            boolean recall = !c.cardKind().isChecked();
            long right = c.content.correctChoices().stream().filter(b -> b).count();
            String prompt = question == null ? t.prompt()
                    : MARKDOWN.block(SimCard.prompt(c.content.sim(), language, question));
            return new CardView(c.id, c.deckId, c.kind, c.level, c.goVersions, t.title(), prompt,
                    recall ? t.answer() : null, recall ? t.keyPoints() : List.of(), recall ? t.explanation() : null,
                    t.choices(), right > 1, c.sourceFile + ":" + c.sourceLine,
                    c.cardKind() == dev.gopherdrill.content.CardKind.PREDICT
                            || question != null && question.answer().contains("\n"));
        }
    }

    public record StateView(int version, BigDecimal easeFactor, int interval, int repetitions, int lapses,
                            LocalDate due, boolean leech) {
        static StateView of(CardState s, int version, LocalDate due, boolean leech) {
            return new StateView(version, s.easeFactor(), s.interval(), s.repetitions(), s.lapses(), due, leech);
        }
    }

    /** One answer button and the interval (days) it would give; null during a same-session drill. */
    public record Button(int rating, String name, Integer intervalDays) {
    }

    public record Progress(int done, int remaining) {
    }

    public record NextView(CardView card, String queue, StateView state, List<Button> buttons, Progress progress) {

        public static NextView of(PracticeService.Next n, String language) {
            return new NextView(CardView.of(n.card(), language, n.question()), n.source().name().toLowerCase(java.util.Locale.ROOT),
                    StateView.of(n.state(), n.version(), n.due(), n.leech()), PracticeViews.buttons(n.buttons()),
                    new Progress(n.done(), n.remaining()));
        }
    }

    public static List<Button> buttons(NextStates next) {
        return java.util.Arrays.stream(Rating.values())
                .map(r -> new Button(r.button, r.name().toLowerCase(java.util.Locale.ROOT),
                        next == null ? null : next.of(r).interval()))
                .toList();
    }

    public record GradeResult(String cardId, String kind, StateView state, boolean repeatThisSession,
                              boolean suspended) {
        static GradeResult of(PracticeService.Graded g) {
            return new GradeResult(g.cardId(), g.kind().id(), StateView.of(g.state(), g.version(), g.due(), g.leech()),
                    g.drill(), g.suspended());
        }
    }

    /**
     * @param expected     the right answer as the checker sees it (choice: 0-based indexes, "0,2")
     * @param rightChoices choice cards: the right options as HTML, for people
     */
    public record Verdict(boolean correct, String expected, List<String> rightChoices, int suggestedRating,
                          String answer, String explanation, List<String> trace) {
        public static Verdict of(PracticeService.Checked checked, CardEntity card, String language) {
            dev.gopherdrill.content.AnswerChecker.Verdict v = checked.verdict();
            CardContent.RenderedText t = card.content.text(language);
            List<String> right = new java.util.ArrayList<>();
            for (int i = 0; i < t.choices().size(); i++) {
                if (card.content.correctChoices().get(i)) {
                    right.add(t.choices().get(i));
                }
            }
            Question q = checked.question();
            return new Verdict(v.correct(), v.expected(), right, (v.correct() ? Rating.GOOD : Rating.AGAIN).button,
                    t.answer(), t.explanation(), q == null ? null : q.trace().stream().map(Step::text).toList());
        }
    }

    public record Overview(LocalDate today, long dueToday, long newAvailable, long repeatThisSession, long doneToday,
                           int streak, LocalDate nextDue, long totalCards, long unseenCards) {
        public boolean hasWork() {
            return dueToday + newAvailable + repeatThisSession > 0;
        }

        static Overview of(PracticeService.Overview o) {
            return new Overview(o.today(), o.counts().due(), o.counts().newAvailable(), o.counts().drill(),
                    o.counts().doneToday(), o.streak(), o.nextDue(), o.totalCards(), o.newUnseen());
        }
    }

    public record LogRow(Instant reviewedAt, LocalDate day, Integer rating, String kind, String answer, Boolean correct,
                         Integer timeTakenMs, BigDecimal easeBefore, int intervalBefore, BigDecimal easeAfter,
                         int intervalAfter, LocalDate dueAfter, String scheduler, Instant undoneAt, Long interviewId) {
        static LogRow of(ReviewLogEntity l) {
            return new LogRow(l.reviewedAt, l.day, l.rating == null ? null : l.rating.intValue(), l.kind, l.answer, l.correct, l.timeTakenMs, l.easeBefore,
                    l.intervalBefore, l.easeAfter, l.intervalAfter, l.dueAfter, l.scheduler, l.undoneAt, l.interviewId);
        }
    }

    /**
     * @param memory FSRS's view of the card; null until FSRS has graded it
     */
    public record CardInfo(CardView card, StateView state, boolean suspended, LocalDate buriedUntil,
                           List<LogRow> history, Memory memory) {
    }

    /**
     * FSRS's memory of a card and its current retrievability R (probability of recall today).
     * The display methods are for the page, the components for the API.
     */
    public record Memory(double stability, double difficulty, double retrievability) {
        public String retrievabilityPercent() {
            return String.format(java.util.Locale.ROOT, "%.1f %%", retrievability * 100);
        }

        public String stabilityDays() {
            return String.format(java.util.Locale.ROOT, "%.1f", stability);
        }

        public String difficultyText() {
            return String.format(java.util.Locale.ROOT, "%.2f", difficulty);
        }
    }

    public record LeechView(String cardId, String title, int lapses, boolean suspended, int version) {
    }

    public static CardInfo info(PracticeService practice, dev.gopherdrill.account.UserEntity u, String id) {
        CardEntity card = practice.card(id);
        var state = practice.state(u, id);
        int version = state.map(s -> s.version).orElse(0);
        return new CardInfo(CardView.of(card, u.locale, PracticeService.simQuestion(u, card, version)),
                state.map(s -> StateView.of(s.cardState(), s.version, s.due, s.leech)).orElse(null),
                state.map(s -> s.suspended).orElse(false), state.map(s -> s.buriedUntil).orElse(null),
                practice.history(u, id).stream().map(LogRow::of).toList(),
                state.flatMap(s -> practice.retrievability(u, s).map(r -> new Memory(s.stability, s.difficulty, r)))
                        .orElse(null));
    }

    public static List<LeechView> leeches(PracticeService practice, dev.gopherdrill.account.UserEntity u) {
        return practice.leeches(u).stream().map(s -> new LeechView(s.cardId,
                practice.card(s.cardId).content.text(u.locale).title(), s.lapses, s.suspended, s.version)).toList();
    }
}
