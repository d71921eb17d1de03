package dev.gopherdrill.simulation;

/**
 * One step of a trace: what happened, in words, and the model's state right after it
 * (a record per model, drawn by the playground and returned as JSON by the API).
 */
public record Step(String text, Object state) {
}
