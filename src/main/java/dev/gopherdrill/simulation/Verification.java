package dev.gopherdrill.simulation;

/**
 * A complete Go program whose run on the named release reproduces a question's answer.
 * The differential tests run exactly this; a learner can paste it into a terminal.
 *
 * @param stderrFirstLine the first line a panic or fatal error writes, "" when none
 */
public record Verification(String goVersion, String program, String stdout, int exitCode, String stderrFirstLine) {
}
