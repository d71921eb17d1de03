package dev.gopherdrill.interview;

/** A topic of the schedule: the deck and the interview time {@code [fromMillis, untilMillis)} planned for it. */
public record TopicSlot(String deck, long fromMillis, long untilMillis) {

    public long lengthMillis() {
        return untilMillis - fromMillis;
    }
}
