package dev.gopherdrill.testing;

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

/**
 * The real Go toolchain of this machine, for the tests that prove content and
 * simulations against it. Everything Go writes (build cache, GOPATH) stays under
 * target/, whatever HOME the CI machine has. Tests call {@link #require()}, which skips
 * only when no toolchain is installed; .ci/run installs golang-1.19.
 */
public final class GoToolchain {

    private static final Pattern GO_VERSION = Pattern.compile("go(\\d+)\\.(\\d+).*");
    private static final long RUN_SECONDS = 120;

    private final Path go;
    private final int major;
    private final int minor;

    private GoToolchain(Path go, int major, int minor) {
        this.go = go;
        this.major = major;
        this.minor = minor;
    }

    /** What a process did. */
    public record Run(int exit, String stdout, String stderr) {
        public String firstStderrLine() {
            return stderr.lines().findFirst().orElse("");
        }
    }

    /** The installed toolchain; the calling test is skipped (not passed) when there is none. */
    public static GoToolchain require() throws IOException, InterruptedException {
        Optional<Path> go = binary();
        assumeTrue(go.isPresent(), "no Go toolchain (apt-get install golang-1.19)");
        Path tmp = Files.createDirectories(Path.of("target", "go-work"));
        Run v = run(tmp, List.of(go.get().toString(), "env", "GOVERSION"), null);
        Matcher m = GO_VERSION.matcher(v.stdout.trim());
        if (!m.matches()) {
            throw new IllegalStateException("cannot read the Go version from: " + v.stdout + v.stderr);
        }
        return new GoToolchain(go.get(), Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)));
    }

    public int major() {
        return major;
    }

    public int minor() {
        return minor;
    }

    /** "1.19" */
    public String version() {
        return major + "." + minor;
    }

    /**
     * Writes {@code source} to {@code dir/main.go} and builds it.
     *
     * @return the binary, or empty with the compiler's message in {@code errors[0]}
     */
    public Optional<Path> build(Path dir, String source, String[] errors) throws IOException, InterruptedException {
        Files.createDirectories(dir);
        Files.writeString(dir.resolve("main.go"), source, StandardCharsets.UTF_8);
        Run build = run(dir, List.of(go.toString(), "build", "-o", "prog", "main.go"), null);
        if (build.exit != 0) {
            errors[0] = build.stderr;
            return Optional.empty();
        }
        return Optional.of(dir.resolve("prog"));
    }

    /** Builds {@code source} or fails the test with the compiler's message. */
    public Path buildOrFail(Path dir, String source) throws IOException, InterruptedException {
        String[] errors = new String[1];
        return build(dir, source, errors).orElseThrow(
                () -> new AssertionError("the Go program in " + dir + " does not compile:\n" + errors[0]));
    }

    /**
     * Runs the {@code go} command itself in {@code dir} with this class's environment (GOPATH
     * mode, caches under target/), e.g. {@code build -gcflags=-m -l ./a ./b} to collect the
     * compiler's diagnostics, which it writes to stderr.
     */
    public Run go(Path dir, List<String> args) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>();
        command.add(go.toString());
        command.addAll(args);
        return run(dir, command, null);
    }

    /** Runs a built program with arguments and optional stdin. */
    public static Run exec(Path binary, List<String> args, String stdin) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>();
        command.add(binary.toString());
        command.addAll(args);
        return run(binary.getParent(), command, stdin);
    }

    private static Run run(Path dir, List<String> command, String stdin) throws IOException, InterruptedException {
        ProcessBuilder pb = new ProcessBuilder(command).directory(dir.toFile());
        pb.environment().put("GOCACHE", Path.of("target", "go-cache").toAbsolutePath().toString());
        pb.environment().put("GOPATH", Path.of("target", "gopath").toAbsolutePath().toString());
        pb.environment().put("GO111MODULE", "off");
        pb.environment().put("GOTOOLCHAIN", "local");
        String tag = Long.toString(System.nanoTime());
        File out = dir.resolve("stdout-" + tag + ".txt").toFile();
        File err = dir.resolve("stderr-" + tag + ".txt").toFile();
        pb.redirectOutput(out).redirectError(err);
        if (stdin != null) {
            File in = dir.resolve("stdin-" + tag + ".txt").toFile();
            Files.writeString(in.toPath(), stdin, StandardCharsets.UTF_8);
            pb.redirectInput(in);
        }
        Process p = pb.start();
        if (!p.waitFor(RUN_SECONDS, TimeUnit.SECONDS)) {
            p.destroyForcibly();
            throw new AssertionError(String.join(" ", command) + " ran longer than " + RUN_SECONDS + " s");
        }
        Run r = new Run(p.exitValue(), Files.readString(out.toPath()), Files.readString(err.toPath()));
        Files.deleteIfExists(out.toPath());
        Files.deleteIfExists(err.toPath());
        if (stdin != null) {
            Files.deleteIfExists(dir.resolve("stdin-" + tag + ".txt"));
        }
        return r;
    }

    static Optional<Path> binary() {
        for (String candidate : new String[] {System.getenv("GO"), "/usr/lib/go-1.19/bin/go", "/usr/lib/go/bin/go",
                "/usr/local/go/bin/go", "/usr/bin/go"}) {
            if (candidate != null && Files.isExecutable(Path.of(candidate))) {
                return Optional.of(Path.of(candidate));
            }
        }
        return Optional.empty();
    }
}
