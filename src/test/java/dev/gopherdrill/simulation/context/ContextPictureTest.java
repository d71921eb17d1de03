package dev.gopherdrill.simulation.context;

import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

import dev.gopherdrill.simulation.GoVersion;
import dev.gopherdrill.simulation.Language;
import dev.gopherdrill.simulation.context.ContextScenario.Key;

class ContextPictureTest {

    @Test
    void thePictureShowsEachContextWithItsTypeDeadlineErrorAndWhoCancelledIt() {
        ContextModel t = new ContextModel(new GoVersion(1, 19), "ctx", false);
        t.withDeadline("a", "ctx", 3_600_000, null, "WithTimeout(ctx, time.Hour)");
        t.withValue("b", "a", new Key(true, "user"), "alice");
        t.withCancel("c", "b", false);
        t.withDeadline("d", "a", 7_200_000, null, "WithTimeout(a, 2*time.Hour)");
        t.cancel("a", null, "cancelA()");
        String svg = ContextPicture.svg(t.state(), Language.EN);
        for (String label : new String[] {"ctx = context.Background()", "a = WithTimeout(ctx, time.Hour)",
                "*context.timerCtx", "*context.valueCtx", "key(&quot;user&quot;) = &quot;alice&quot;",
                "d = WithTimeout(a, 2*time.Hour)  *context.cancelCtx", "deadline t+1h0m0s (inherited)",
                "err: context canceled", "cancelled now: a (context canceled) by cancelA()",
                "cancelled now: c (context canceled) by its parent a", "var(--warn)", "clock: t+"}) {
            assertTrue(svg.contains(label), label + " missing from\n" + svg);
        }
        assertTrue(svg.startsWith("<svg") && svg.endsWith("</svg>"), svg);
    }

    @Test
    void liveContextsShowTheirRegisteredChildrenAndNoStatusColour() {
        ContextModel t = new ContextModel(new GoVersion(1, 19), "ctx", false);
        t.withCancel("a", "ctx", false);
        t.withCancel("b", "a", false);
        String svg = ContextPicture.svg(t.state(), Language.EN);
        assertTrue(svg.contains("children: b"), svg);
        assertTrue(!svg.contains("var(--warn)") && !svg.contains("var(--bad)"), svg);
    }
}
