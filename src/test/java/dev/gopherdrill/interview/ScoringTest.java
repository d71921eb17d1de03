package dev.gopherdrill.interview;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ScoringTest {

    @ParameterizedTest(name = "{0} → {1}")
    @CsvSource(textBlock = """
        '',              0
        x,               1
        -,               0
        x-,              0.5
        xx-,             0.6666666666666666
        x---,            0.25
        xxxx,            1
        """)
    void aRecallAnswerScoresTheShareOfConfirmedKeyPoints(String ticks, double score) {
        List<Boolean> confirmed = new ArrayList<>();
        for (char c : ticks.toCharArray()) {
            confirmed.add(c == 'x');
        }
        assertEquals(score, Scoring.recall(confirmed), 1e-12);
    }

    @Test
    void aCheckedAnswerScoresAllOrNothing() {
        assertEquals(1.0, Scoring.checked(true));
        assertEquals(0.0, Scoring.checked(false));
    }

    @ParameterizedTest(name = "{0} strong: {1}")
    @CsvSource(textBlock = """
        0.0,   false
        0.59,  false
        0.6,   true
        0.75,  true
        1.0,   true
        """)
    void anAnswerIsStrongFromSixTenthsUp(double score, boolean strong) {
        assertEquals(strong, answered(0, "c", "d", score).strong());
    }

    @ParameterizedTest(name = "score {0} is rejected")
    @CsvSource(textBlock = """
        -0.1
        1.01
        NaN
        """)
    void aScoreOutsideZeroToOneIsRejectedNamingTheField(double score) {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> answered(0, "c", "d", score));
        assertTrue(e.getMessage().startsWith("score:"));
    }

    /** Rows: the interview as card:deck:score items → overall, per topic (deck:questions:score), weak cards. */
    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
        a1:slice:1 a2:slice:0.5 b1:map:0 b2:map:1 a3:slice:0.25 | 0.55   | slice:3:0.5833 map:2:0.5000 | a2 b1 a3
        a1:slice:0.6                                            | 0.6    | slice:1:0.6000              | -
        a1:slice:0.59                                           | 0.59   | slice:1:0.5900              | a1
        m1:map:0 s1:slice:0 m2:map:0                            | 0      | map:2:0.0000 slice:1:0.0000 | m1 s1 m2
        """)
    void theReportAveragesEveryQuestionAlikeAndListsTheWeakCards(String turns, double overall, String byTopic,
                                                                 String weak) {
        List<Answered> answered = new ArrayList<>();
        for (String t : turns.trim().split("\\s+")) {
            String[] f = t.split(":");
            answered.add(answered(answered.size(), f[0], f[1], Double.parseDouble(f[2])));
        }
        assertEquals(overall, Scoring.overall(answered), 1e-12);
        assertEquals(byTopic, String.join(" ", Scoring.byTopic(answered).stream()
                .map(s -> s.deck() + ":" + s.questions() + ":" + String.format(java.util.Locale.ROOT, "%.4f", s.score()))
                .toList()));
        assertEquals(weak.equals("-") ? List.of() : Arrays.asList(weak.split(" ")), Scoring.weakCards(answered));
    }

    @Test
    void anInterviewWithoutAnswersScoresZeroAndHasNoTopicsOrWeakCards() {
        assertEquals(0.0, Scoring.overall(List.of()));
        assertTrue(Scoring.byTopic(List.of()).isEmpty());
        assertTrue(Scoring.weakCards(List.of()).isEmpty());
        assertFalse(Scoring.byTopic(List.of(answered(0, "a", "d", 1))).isEmpty());
    }

    private static Answered answered(int index, String card, String deck, double score) {
        return new Answered(new Turn(index, card, deck, Reason.OPENER, null, 0), score, 1_000L * (index + 1));
    }
}
