package dev.gopherdrill.simulation.escape;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import dev.gopherdrill.testing.GoTest;
import dev.gopherdrill.testing.GoToolchain;

/** The playground's examples teach what the compiler does: each one's analysis equals Go 1.19's -m -l output. */
@GoTest
class EscapeExamplesTest {

    @Test
    void everyPlaygroundExampleGetsExactlyWhatGo119Prints() throws Exception {
        GoToolchain go = GoToolchain.require();
        Map<String, String> sources = new LinkedHashMap<>();
        EscapeExamples.NAMES.forEach(n -> sources.put(n, EscapeExamples.source(n)));
        Map<String, List<String>> compiler = CompilerDiagnostics.of(go, Path.of("target", "escape-examples"), sources);
        for (String name : EscapeExamples.NAMES) {
            assertFalse(compiler.get(name).isEmpty(), name + ": an example should show at least one decision");
            assertEquals(compiler.get(name), EscapeAnalyzer.analyze(EscapeExamples.source(name)).lines(), name);
        }
    }
}
