package dev.gopherdrill.content;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import org.opentest4j.TestAbortedException;

import dev.gopherdrill.testing.GoTest;
import dev.gopherdrill.testing.GoToolchain;

/**
 * Runs every {@code predict} card's program on the Go toolchain of this machine and
 * compares what it does with the card's {@code Output}: stdout line by line, the exit
 * status, and the first stderr line when the program panics or dies with a fatal error.
 *
 * One test per card, named by its {@code file:line}. A card whose {@code go:} range does
 * not include the installed Go is reported as aborted with the reason ("not verified"),
 * never as passed. Skips only when no Go toolchain is installed; .ci/run installs
 * golang-1.19. {@code -Dgopherdrill.verify.content=DIR} checks another content folder.
 */
@GoTest
class PredictVerificationTest {

    private static final Pattern GO_BLOCK = Pattern.compile("(?s)```go\\s*\\n(.*?)\\n```");
    /** Packages a bare snippet may use; wrapping imports those it mentions. */
    private static final List<String> SNIPPET_IMPORTS = List.of("fmt", "errors", "strings", "sync", "time", "runtime",
            "context", "os", "sort", "strconv", "unsafe", "sync/atomic", "runtime/debug");

    @TestFactory
    Stream<DynamicTest> everyPredictCardPrintsItsOutputOnRealGo() throws Exception {
        GoToolchain go = GoToolchain.require();
        Path root = Path.of(System.getProperty("gopherdrill.verify.content", "content"));
        ContentSet content = ContentDirectory.read(root);
        Path work = Files.createDirectories(Path.of("target", "predict").toAbsolutePath());
        List<DynamicTest> tests = new ArrayList<>();
        for (Card card : content.cards()) {
            if (card.kind() != CardKind.PREDICT) {
                continue;
            }
            String where = card.file() + ":" + card.line();
            tests.add(DynamicTest.dynamicTest(where + " " + card.id(), () -> {
                if (!card.go().contains(go.major(), go.minor())) {
                    throw new TestAbortedException(where + ": not verified: go " + card.go().text()
                            + " excludes the installed go" + go.version());
                }
                verify(go, work.resolve(card.id()), card, where);
            }));
        }
        assertTrue(content.problems().isEmpty() || !root.toString().equals("content"),
                "content/ has problems; run bin/lint-content");
        return tests.stream();
    }

    private static void verify(GoToolchain go, Path dir, Card card, String where) throws Exception {
        Matcher m = GO_BLOCK.matcher(card.text(Card.CANONICAL_LANGUAGE).prompt());
        if (!m.find()) {
            throw new AssertionError(where + ": no ```go block in the prompt");
        }
        String[] errors = new String[1];
        Path prog = go.build(dir, program(m.group(1)), errors)
                .orElseThrow(() -> new AssertionError(where + ": the program does not compile:\n" + errors[0]));
        GoToolchain.Run run = GoToolchain.exec(prog, List.of(), null);
        Expected expected = Expected.of(card.output());
        List<String> stdout = AnswerChecker.outputLines(run.stdout());
        String firstStderr = run.firstStderrLine();
        List<String> differences = new ArrayList<>();
        if (!stdout.equals(expected.stdout)) {
            differences.add("stdout\n  expected: " + expected.stdout + "\n  actual:   " + stdout);
        }
        if (run.exit() != expected.exit) {
            differences.add("exit status: expected " + expected.exit + ", actual " + run.exit());
        }
        if (expected.stderrFirstLine != null && !firstStderr.equals(expected.stderrFirstLine)) {
            differences.add("first stderr line\n  expected: " + expected.stderrFirstLine + "\n  actual:   " + firstStderr);
        }
        if (!differences.isEmpty()) {
            throw new AssertionError(where + ": " + card.id() + ": the Output does not match Go's\n"
                    + String.join("\n", differences));
        }
    }

    /** What an Output block promises: stdout, then possibly one panic/fatal line (exit status 2). */
    record Expected(List<String> stdout, String stderrFirstLine, int exit) {
        static Expected of(String output) {
            List<String> lines = new ArrayList<>(AnswerChecker.outputLines(output));
            if (!lines.isEmpty()) {
                String last = lines.get(lines.size() - 1);
                if (last.startsWith("panic: ") || last.startsWith("fatal error: ")) {
                    lines.remove(lines.size() - 1);
                    return new Expected(lines, last, 2);
                }
            }
            return new Expected(lines, null, 0);
        }
    }

    /** A snippet without a package clause becomes the body of main, importing what it names. */
    static String program(String code) {
        if (code.lines().anyMatch(l -> l.startsWith("package "))) {
            return code + "\n";
        }
        StringBuilder p = new StringBuilder("package main\n\n");
        for (String imp : SNIPPET_IMPORTS) {
            String name = imp.substring(imp.lastIndexOf('/') + 1);
            if (Pattern.compile("\\b" + name + "\\.").matcher(code).find()) {
                p.append("import \"").append(imp).append("\"\n");
            }
        }
        p.append("\nfunc main() {\n").append(code).append("\n}\n");
        return p.toString();
    }
}
