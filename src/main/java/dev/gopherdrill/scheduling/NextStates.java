package dev.gopherdrill.scheduling;

/** The state each of the four buttons would lead to. */
public record NextStates(CardState again, CardState hard, CardState good, CardState easy) {

    public CardState of(Rating rating) {
        return switch (rating) {
            case AGAIN -> again;
            case HARD -> hard;
            case GOOD -> good;
            case EASY -> easy;
        };
    }
}
