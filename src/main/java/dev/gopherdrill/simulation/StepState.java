package dev.gopherdrill.simulation;

/**
 * A model's state right after one step of a trace: a record of plain values, which the API
 * returns as JSON, that draws itself for the playground. Each topic package owns its
 * picture ({@code XxxPicture}, drawn with {@link Svg}), so adding a simulation never
 * touches the shell, and the shell never asks which model a state came from.
 */
public interface StepState {

    /**
     * The state as one inline {@code <svg>} element: drawn on the server so a step is one
     * small HTML fragment, works without JavaScript and is testable as text; the viewBox
     * scales to a phone, colours come from the page's CSS variables (light and dark mode).
     */
    String svg(Language language);
}
