package dev.gopherdrill.interview;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Score arithmetic of a mock interview, pure so that the report page, the API and the
 * tests compute the same numbers. Every question weighs the same: a follow-up is harder
 * than its opener, but weighting by depth would punish a candidate for being asked more.
 */
public final class Scoring {

    /** An answer scoring at least this is strong: the interviewer goes deeper, the report does not list it as weak. */
    public static final double STRONG = 0.6;

    private Scoring() {
    }

    /** Score of a recall answer: confirmed key points / all key points (0 when a card has none). */
    public static double recall(List<Boolean> confirmed) {
        if (confirmed.isEmpty()) {
            return 0;
        }
        return confirmed.stream().filter(Boolean::booleanValue).count() / (double) confirmed.size();
    }

    /** Score of a checked answer (choice, exact, predict, sim): all or nothing. */
    public static double checked(boolean correct) {
        return correct ? 1 : 0;
    }

    /** The mean score of every answered question; 0 when none was answered. */
    public static double overall(List<Answered> answered) {
        return answered.stream().mapToDouble(Answered::score).average().orElse(0);
    }

    /** Per topic, in the order the interview first reached it: questions asked and their mean score. */
    public static List<TopicScore> byTopic(List<Answered> answered) {
        Map<String, List<Answered>> byDeck = new LinkedHashMap<>();
        for (Answered a : answered) {
            byDeck.computeIfAbsent(a.turn().deck(), d -> new ArrayList<>()).add(a);
        }
        List<TopicScore> out = new ArrayList<>();
        byDeck.forEach((deck, list) -> out.add(new TopicScore(deck, list.size(), overall(list))));
        return out;
    }

    /** The cards answered weakly (score below {@link #STRONG}), in the order they were asked. */
    public static List<String> weakCards(List<Answered> answered) {
        Set<String> out = new LinkedHashSet<>();
        for (Answered a : answered) {
            if (!a.strong()) {
                out.add(a.turn().cardId());
            }
        }
        return List.copyOf(out);
    }
}
