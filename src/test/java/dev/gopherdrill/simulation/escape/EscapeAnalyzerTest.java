package dev.gopherdrill.simulation.escape;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The public API on small programs whose output was recorded from go1.19.8
 * ({@code go build -gcflags='-m -l'}); the differential test checks the same against the
 * compiler on the whole corpus, this one pins the API's shape and the explanations.
 */
class EscapeAnalyzerTest {

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            returning the address of a local moves it to the heap | func f() *int { x := 1; return &x }                 | 3:17: moved to heap: x
            a parameter returned leaks to the result              | func f(p *int) *int { return p }                      | 3:8: leaking param: p to result ~r0 level=0
            a parameter only read does not escape                 | func f(p *int) int { return *p }                      | 3:8: p does not escape
            64 KiB of make stays on the stack                      | func f() int { b := make([]byte, 65536); return len(b) } | 3:25: make([]byte, 65536) does not escape
            one byte more goes to the heap                        | func f() int { b := make([]byte, 65537); return len(b) } | 3:25: make([]byte, 65537) escapes to heap
            a variable size goes to the heap                      | func f(n int) int { b := make([]byte, n); return len(b) } | 3:30: make([]byte, n) escapes to heap
            """)
    void oneLinePrograms(String what, String func, String line) {
        Analysis a = EscapeAnalyzer.analyze("package p\n\n" + func + "\n");
        assertEquals(List.of(line), a.lines(), what);
        Diagnostic d = a.diagnostics().get(0);
        assertEquals(line, d.text());
        assertEquals(line, d.line() + ":" + d.col() + ": " + d.message());
        assertFalse(d.path().isEmpty(), "every diagnostic explains itself");
        assertTrue(d.path().get(d.path().size() - 1).endsWith(d.message().startsWith("moved to heap: ")
                ? d.message().substring("moved to heap: ".length()) + " moved to heap" : d.message()),
                "the path ends with the verdict: " + d.path());
    }

    @Test
    void theExplanationOfAMovedVariableFollowsTheFlowToTheResult() {
        Analysis a = EscapeAnalyzer.analyze("""
                package p

                func f() *int {
                	x := 1
                	return &x
                }
                """);
        Diagnostic d = a.diagnostics().get(0);
        assertEquals("4:2: moved to heap: x", d.text());
        assertEquals(List.of("x flows to ~r0 by address (return at 5:2, address-of at 5:9)",
                "~r0 is a result of f: it outlives the call → x moved to heap"), d.path());
    }

    @Test
    void diagnosticsComeInTheCompilersOrderCalleesFirstNotLineOrder() {
        Analysis a = EscapeAnalyzer.analyze("""
                package p

                func caller() *int {
                	x := 2
                	return callee(&x)
                }

                func callee(p *int) *int { return p }
                """);
        assertEquals(List.of("8:13: leaking param: p to result ~r0 level=0", "4:2: moved to heap: x"), a.lines());
    }

    @Test
    void aLoopVariableStoredOutsideTheLoopIsExplainedByLoopDepth() {
        Analysis a = EscapeAnalyzer.analyze("""
                package p

                func f(n int) *int {
                	var p *int
                	for i := 0; i < n; i++ {
                		z := i
                		p = &z
                	}
                	return p
                }
                """);
        Diagnostic d = a.diagnostics().get(0);
        assertEquals("6:3: moved to heap: z", d.text());
        assertTrue(String.join("\n", d.path()).contains("declared outside the loop"), d.path().toString());
    }
}
