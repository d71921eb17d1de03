package dev.gopherdrill.scheduling;

/**
 * The four answer buttons, as in Anki, and the SM-2 quality each one stands for.
 *
 * SM-2 grades on a 0..5 scale; the trainer asks for four buttons because nobody can tell
 * a 0 from a 1 at seven in the morning. The mapping keeps the two thresholds that matter
 * in the 1990 text: q < 3 restarts the repetitions, q < 4 repeats the item again the same
 * day. Again is below both, Hard is between them, Good and Easy pass both.
 */
public enum Rating {
    AGAIN(1, 1),
    HARD(2, 3),
    GOOD(3, 4),
    EASY(4, 5);

    /** The key and button number the learner presses (1..4). */
    public final int button;
    /** SM-2 quality of response, 0..5. */
    public final int quality;

    Rating(int button, int quality) {
        this.button = button;
        this.quality = quality;
    }

    public static Rating ofButton(int button) {
        for (Rating r : values()) {
            if (r.button == button) {
                return r;
            }
        }
        throw new IllegalArgumentException("rating must be 1 (again), 2 (hard), 3 (good) or 4 (easy), got " + button);
    }
}
