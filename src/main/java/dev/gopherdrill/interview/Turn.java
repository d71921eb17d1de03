package dev.gopherdrill.interview;

/**
 * One question the interviewer asks.
 *
 * @param index        0-based position in the interview
 * @param parentCardId the card this one follows up or eases; null for openers and mixed-in questions
 * @param depth        steps below the topic's opener: 0 for an opener and a mixed-in question,
 *                     the parent's depth + 1 for a follow-up, the parent's depth for an easier card
 */
public record Turn(int index, String cardId, String deck, Reason reason, String parentCardId, int depth) {
}
