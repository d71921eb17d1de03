package dev.gopherdrill.scheduling;

/**
 * FSRS's memory of one card: how long it keeps ({@code stability}, days until recall
 * falls to 90 %) and how hard it is ({@code difficulty}, 1..10). SM-2 has no such thing;
 * a card an SM-2 learner reviews carries none.
 */
public record MemoryState(double stability, double difficulty) {

    public MemoryState {
        if (!(stability > 0) || Double.isInfinite(stability)) {
            throw new IllegalArgumentException("stability must be a positive number of days: " + stability);
        }
        if (!(difficulty >= 1 && difficulty <= 10)) {
            throw new IllegalArgumentException("difficulty outside 1..10: " + difficulty);
        }
    }
}
