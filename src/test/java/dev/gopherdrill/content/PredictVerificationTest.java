package dev.gopherdrill.content;

import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import org.opentest4j.TestAbortedException;

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
class PredictVerificationTest {

    private static final Pattern GO_VERSION = Pattern.compile("go(\\d+)\\.(\\d+).*");
    private static final Pattern GO_BLOCK = Pattern.compile("(?s)```go\\s*\\n(.*?)\\n```");
    /** Packages a bare snippet may use; wrapping imports those it mentions. */
    private static final List<String> SNIPPET_IMPORTS = List.of("fmt", "errors", "strings", "sync", "time", "runtime",
            "context", "os", "sort", "strconv", "unsafe", "sync/atomic", "runtime/debug");
    private static final long RUN_SECONDS = 20;

    @TestFactory
    Stream<DynamicTest> everyPredictCardPrintsItsOutputOnRealGo() throws Exception {
        Optional<Path> go = goBinary();
        assumeTrue(go.isPresent(), "no Go toolchain (apt-get install golang-1.19)");
        int[] version = installedVersion(go.get());
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
                if (!card.go().contains(version[0], version[1])) {
                    throw new TestAbortedException(where + ": not verified: go " + card.go().text()
                            + " excludes the installed go" + version[0] + "." + version[1]);
                }
                verify(go.get(), work.resolve(card.id()), card, where);
            }));
        }
        assertTrue(content.problems().isEmpty() || !root.toString().equals("content"),
                "content/ has problems; run bin/lint-content");
        return tests.stream();
    }

    private static void verify(Path go, Path dir, Card card, String where) throws Exception {
        Matcher m = GO_BLOCK.matcher(card.text(Card.CANONICAL_LANGUAGE).prompt());
        if (!m.find()) {
            throw new AssertionError(where + ": no ```go block in the prompt");
        }
        Files.createDirectories(dir);
        Files.writeString(dir.resolve("main.go"), program(m.group(1)), StandardCharsets.UTF_8);
        Run build = run(dir, List.of(go.toString(), "build", "-o", "prog", "main.go"));
        if (build.exit != 0) {
            throw new AssertionError(where + ": the program does not compile:\n" + build.stderr);
        }
        Run run = run(dir, List.of(dir.resolve("prog").toString()));
        Expected expected = Expected.of(card.output());
        List<String> stdout = AnswerChecker.outputLines(run.stdout);
        String firstStderr = run.stderr.lines().findFirst().orElse("");
        List<String> differences = new ArrayList<>();
        if (!stdout.equals(expected.stdout)) {
            differences.add("stdout\n  expected: " + expected.stdout + "\n  actual:   " + stdout);
        }
        if (run.exit != expected.exit) {
            differences.add("exit status: expected " + expected.exit + ", actual " + run.exit);
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

    private record Run(int exit, String stdout, String stderr) {
    }

    private static Run run(Path dir, List<String> command) throws IOException, InterruptedException {
        ProcessBuilder pb = new ProcessBuilder(command).directory(dir.toFile());
        // everything Go writes stays under target/, whatever HOME the CI machine has
        pb.environment().put("GOCACHE", Path.of("target", "go-cache").toAbsolutePath().toString());
        pb.environment().put("GOPATH", Path.of("target", "gopath").toAbsolutePath().toString());
        pb.environment().put("GO111MODULE", "off");
        pb.environment().put("GOTOOLCHAIN", "local");
        File out = dir.resolve("stdout.txt").toFile();
        File err = dir.resolve("stderr.txt").toFile();
        pb.redirectOutput(out).redirectError(err);
        Process p = pb.start();
        if (!p.waitFor(RUN_SECONDS, TimeUnit.SECONDS)) {
            p.destroyForcibly();
            throw new AssertionError(String.join(" ", command) + " ran longer than " + RUN_SECONDS + " s");
        }
        return new Run(p.exitValue(), Files.readString(out.toPath()), Files.readString(err.toPath()));
    }

    static Optional<Path> goBinary() {
        for (String candidate : new String[] {System.getenv("GO"), "/usr/lib/go-1.19/bin/go", "/usr/lib/go/bin/go",
                "/usr/local/go/bin/go", "/usr/bin/go"}) {
            if (candidate != null && Files.isExecutable(Path.of(candidate))) {
                return Optional.of(Path.of(candidate));
            }
        }
        return Optional.empty();
    }

    private static int[] installedVersion(Path go) throws Exception {
        Path tmp = Files.createDirectories(Path.of("target", "predict"));
        Run v = run(tmp, List.of(go.toString(), "env", "GOVERSION"));
        Matcher m = GO_VERSION.matcher(v.stdout.trim());
        if (!m.matches()) {
            throw new IllegalStateException("cannot read the Go version from: " + v.stdout + v.stderr);
        }
        return new int[] {Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2))};
    }
}
