package dev.gopherdrill.simulation;

/**
 * One step of a trace: what happened, in words, and the model's state right after it
 * (null where a step is words only, such as an escape question's conclusion).
 */
public record Step(String text, StepState state) {

    /** The state's picture, or nothing for a step without one. */
    public String svg(Language language) {
        return state == null ? "" : state.svg(language);
    }
}
