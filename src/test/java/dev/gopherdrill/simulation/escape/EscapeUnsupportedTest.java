package dev.gopherdrill.simulation.escape;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Input the analyzer must refuse rather than answer: valid Go outside the subset
 * (src/test/resources/escape/unsupported, each file naming on its first line the exact
 * message it must get) and code Go itself rejects.
 */
class EscapeUnsupportedTest {

    static Stream<Path> unsupportedFiles() throws Exception {
        List<Path> files;
        try (Stream<Path> s = Files.list(Path.of("src/test/resources/escape/unsupported"))) {
            files = s.filter(p -> p.toString().endsWith(".go")).sorted().toList();
        }
        assertTrue(files.size() >= 10, "too few unsupported files: " + files.size());
        return files.stream();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("unsupportedFiles")
    void aFileOutsideTheSubsetIsRefusedWithTheConstructAndItsPosition(Path file) throws Exception {
        String source = Files.readString(file);
        String first = source.lines().findFirst().orElseThrow();
        assertTrue(first.startsWith("// want: "), file + " must start with // want: line:col: unsupported: ...");
        String want = first.substring("// want: ".length());
        EscapeSourceException e = assertThrows(EscapeSourceException.class, () -> EscapeAnalyzer.analyze(source));
        assertEquals(want, e.getMessage());
        assertTrue(e.unsupported(), "an unsupported construct is not reported as a Go error");
        assertEquals(want, e.line() + ":" + e.col() + ": " + e.getMessage().substring(want.indexOf(' ') + 1));
    }

    @Test
    void deeplyNestedInputIsRefusedInsteadOfOverflowingTheStack() {
        String deep = "package p\n\nvar x = " + "(".repeat(5000) + "1" + ")".repeat(5000) + "\n";
        EscapeSourceException e = assertThrows(EscapeSourceException.class, () -> EscapeAnalyzer.analyze(deep));
        assertEquals("3:209: unsupported: nesting deeper than 200 levels", e.getMessage());
        String blocks = "package p\n\nfunc f() {\n" + "{".repeat(300) + "}".repeat(300) + "\n}\n";
        assertTrue(assertThrows(EscapeSourceException.class, () -> EscapeAnalyzer.analyze(blocks)).unsupported());
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            a missing closing brace is a syntax error         | package p\\nfunc f() {\\n                          | 3:1: syntax error: unexpected EOF, expecting }
            an undefined name is an error                     | package p\\nfunc f() int { return y }\\n        | 2:23: undefined: y
            an unused variable is an error                    | package p\\nfunc f() { x := 1 }\\n              | 2:12: x declared but not used
            an unused import is an error                      | package p\\nimport "fmt"\\n                     | 2:8: imported and not used: "fmt"
            a missing return is an error                      | package p\\nfunc f() int { }\\n                 | 2:16: missing return
            a string assigned to an int is an error           | package p\\nfunc f() { var x int = "s"; _ = x }\\n | 2:24: cannot use "s" (untyped string constant) as int value in variable declaration
            a byte constant that overflows is an error        | package p\\nvar b byte = 256\\n                 | 2:14: cannot use 256 (untyped int constant) as byte value in variable declaration (overflows)
            a value missing a method is not an interface      | package p\\ntype I interface{ M() }\\nvar x I = 1\\n | 3:11: cannot use 1 (constant of type int) as type I in variable declaration:\\n\\tint does not implement I (missing M method)
            := without a new variable is an error             | package p\\nfunc f() { x := 1; x := 2; _ = x }\\n | 2:22: no new variables on left side of :=
            a function without a body is an error             | package p\\nfunc f(p *int)\\n                   | 2:6: missing function body
            a ... before the last parameter is an error       | package p\\nfunc f(a ...int, b int) {}\\n       | 2:10: can only use ... with final parameter in list
            names sharing a ... type are an error             | package p\\nfunc f(a, b ...int) {}\\n          | 2:13: can only use ... with final parameter in list
            an unused label is an error                       | package p\\nfunc f() {\\nL:\\n\\tfor {\\n\\t}\\n}\\n  | 3:1: label L defined and not used
            a goto to no label is an error                    | package p\\nfunc f() {\\n\\tgoto Q\\n}\\n        | 3:7: label Q not defined
            a break to no label is an error                   | package p\\nfunc f() {\\n\\tfor { break Z }\\n}\\n | 3:14: break label not defined: Z
            a continue naming an if is an error               | package p\\nfunc f() {\\nL:\\n\\tif true {\\n\\t\\tcontinue L\\n\\t}\\n}\\n | 5:12: invalid continue label L
            a break naming a label not around it is an error  | package p\\nfunc f() {\\nL:\\n\\tfor {\\n\\t}\\n\\tfor { break L }\\n}\\n | 6:14: invalid break label L
            a type error before a branch error comes first    | package p\\nfunc f() {\\n\\tx := y\\nL:\\n}\\n | 3:7: undefined: y
            a branch error before a type error comes first    | package p\\nfunc f() {\\nL:\\n\\tx := y\\n}\\n | 3:1: label L defined and not used
            a break outside a loop is an error                | package p\\nfunc f() {\\n\\tif true { break }\\n}\\n | 3:12: break is not in a loop, switch, or select
            constants that refer to each other are an error   | package p\\nconst a = b\\nconst b = a\\n | 2:7: initialization loop for a
            len of an array holding a call is not constant    | package p\\nfunc f() int { return 1 }\\nfunc g() {\\n\\tconst n = len([2]int{f(), 1})\\n}\\n | 4:12: len([2]int{…}) (value of type int) is not constant
            len of an array holding a receive is not constant | package p\\nvar ch chan int\\nfunc g() {\\n\\tconst n = len([1]int{<-ch})\\n}\\n | 4:12: len([1]int{…}) (value of type int) is not constant
            a for whose label a nested break names can end    | package p\\nfunc f() int {\\nL:\\n\\tfor {\\n\\t\\tfor { break L }\\n\\t}\\n}\\n | 7:1: missing return
            """)
    void codeGoRejectsIsAnErrorNotAnAnswer(String what, String source, String message) {
        EscapeSourceException e = assertThrows(EscapeSourceException.class,
                () -> EscapeAnalyzer.analyze(source.replace("\\n", "\n").replace("\\t", "\t")), what);
        assertEquals(message.replace("\\n", "\n").replace("\\t", "\t"), e.getMessage(), what);
        assertEquals(false, e.unsupported(), what);
    }
}
