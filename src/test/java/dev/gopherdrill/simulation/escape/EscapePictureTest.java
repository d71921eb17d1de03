package dev.gopherdrill.simulation.escape;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import dev.gopherdrill.simulation.Language;

/** The picture of an escape step: the diagnostic in its verdict's colour, then one box per step of its flow. */
class EscapePictureTest {

    private static final EscapeSimulation.State RETURNED = new EscapeSimulation.State(4, 2, "moved to heap: x",
            List.of("x flows to ~r0 by address (return at 5:2, address-of at 5:9)",
                    "~r0 is a result of f: it outlives the call → x moved to heap"), true);

    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            moved to heap: x                             | heap
            &T{...} escapes to heap                      | heap
            make([]byte, 65536) does not escape          | stack
            leaking param: p to result ~r0 level=0       | leak
            leaking param content: s                     | leak
            p does not escape                            | stack
            """)
    void eachMessageGetsTheVerdictOfWhatItSays(String message, String verdict) {
        assertEquals(verdict, EscapePicture.verdict(message.strip()));
    }

    @Test
    void theDiagnosticComesFirstThenEveryStepOfTheFlowInItsOwnBox() {
        String svg = EscapePicture.svg(RETURNED, Language.EN);
        assertTrue(svg.startsWith("<svg class=\"sim-svg\""), svg);
        assertTrue(svg.indexOf("4:2: moved to heap: x") < svg.indexOf("x flows to ~r0"), svg);
        assertTrue(svg.contains("var(--bad)"), "a heap verdict is drawn in the heap colour");
        assertTrue(svg.contains("decides the answer"));
        assertEquals(3 + 1, count(svg, "<rect"), "three boxes and the verdict's colour bar");
        assertEquals(2, count(svg, "<line"), "an arrow between consecutive boxes");
    }

    @Test
    void inChineseThePicturesLabelsAreChineseAndTheCompilersWordsStayAsGoPrintsThem() {
        String zh = EscapePicture.svg(RETURNED, Language.ZH);
        assertTrue(zh.contains("aria-label=\"原因：moved to heap: x\""), zh);
        assertTrue(zh.contains("4:2: moved to heap: x（决定答案的一行）"), zh);
        assertTrue(zh.contains("x flows to ~r0 by address"), "the flow is the compiler's explanation, verbatim");
        assertTrue(!zh.contains("decides the answer") && !zh.contains("why:"), zh);
    }

    @Test
    void longStepsWrapAtWordsInsteadOfRunningOffThePicture() {
        List<String> lines = EscapePicture.wrap("word ".repeat(40).strip());
        assertTrue(lines.size() > 1);
        lines.forEach(l -> assertTrue(l.length() <= 68, l));
        assertEquals("word ".repeat(40).strip(), String.join(" ", lines));
    }

    private static int count(String s, String part) {
        return s.split(java.util.regex.Pattern.quote(part), -1).length - 1;
    }
}
