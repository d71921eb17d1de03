package dev.gopherdrill.account;

/**
 * Fired, synchronously and inside the settings transaction, when a learner switches between
 * SM-2 and FSRS: the practice feature converts the learner's cards in the same transaction
 * (so a failed conversion leaves the old scheduler in place), without the account feature
 * having to know how cards are scheduled.
 */
public record SchedulerChanged(UserEntity user) {
}
