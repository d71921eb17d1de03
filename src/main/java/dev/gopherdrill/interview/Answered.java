package dev.gopherdrill.interview;

/**
 * A turn once answered.
 *
 * @param score            0..1: the share of key points covered, or 1/0 for a checked answer
 * @param answeredAtMillis the interview clock (ms since the start) when the answer arrived
 */
public record Answered(Turn turn, double score, long answeredAtMillis) {

    public Answered {
        if (!(score >= 0 && score <= 1)) {
            throw new IllegalArgumentException("score: must be between 0 and 1, got " + score);
        }
    }

    /** Strong enough to go deeper: {@link Scoring#STRONG} or more. */
    public boolean strong() {
        return score >= Scoring.STRONG;
    }
}
