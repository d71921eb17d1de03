package dev.gopherdrill.simulation.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URL;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Cookie;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

import dev.gopherdrill.simulation.Simulation;
import dev.gopherdrill.simulation.registry.Simulations;
import dev.gopherdrill.testing.BrowserTest;
import dev.gopherdrill.testing.HeadlessChromium;
import dev.gopherdrill.testing.PostgresTestResource;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;

/**
 * Every playground picture is readable on a 390 px phone, in English and Chinese: no two
 * of its text labels overlap (their boxes as Chromium lays them out), and a long line of
 * the escape listing wraps beside its own line number. Screenshots go to
 * target/screenshots/ for a human to look at.
 */
@QuarkusTest
@QuarkusTestResource(PostgresTestResource.class)
@BrowserTest
class PlaygroundPhoneBrowserTest {

    /** Pairs of overlapping text labels in the step's picture, as "a ⟷ b" (1 px of slack for anti-aliasing). */
    private static final String OVERLAPS = """
            const boxes = [...document.querySelectorAll('#step svg.sim-svg text')]
                .map(t => [t.textContent, t.getBoundingClientRect()]).filter(b => b[1].width > 0);
            const out = [];
            for (let i = 0; i < boxes.length; i++) for (let j = i + 1; j < boxes.length; j++) {
              const a = boxes[i][1], b = boxes[j][1];
              if (a.left < b.right - 1 && b.left < a.right - 1 && a.top < b.bottom - 1 && b.top < a.bottom - 1)
                out.push(boxes[i][0] + ' ⟷ ' + boxes[j][0]);
            }
            return out;""";

    @TestHTTPResource("/")
    URL root;

    @Test
    void everyModelsPictureHasNoOverlappingLabelsOnAPhoneInEitherLanguage() throws Exception {
        try (HeadlessChromium browser = HeadlessChromium.start()) {
            WebDriver driver = browser.driver();
            driver.manage().window().setSize(new Dimension(390, 844));
            WebDriverWait wait = new WebDriverWait(driver, Duration.ofSeconds(15));
            wait.ignoring(StaleElementReferenceException.class);
            JavascriptExecutor js = (JavascriptExecutor) driver;
            List<String> problems = new ArrayList<>();
            int pictures = 0;
            for (String lang : List.of("en", "zh")) {
                driver.get(root + "playground");
                driver.manage().addCookie(new Cookie("lang", lang));
                for (Simulation sim : Simulations.all()) {
                    for (long seed = 1; seed <= 2; seed++) {
                        int steps = sim.question(seed, sim.defaultVersion(), Map.of()).trace().size();
                        for (int step : List.of(0, steps / 2, steps - 1)) {
                            driver.get(root + "playground/" + sim.id() + "?seed=" + seed + "&step=" + step);
                            wait.until(ExpectedConditions.presenceOfElementLocated(By.id("step")));
                            if (driver.findElements(By.cssSelector("#step svg.sim-svg")).isEmpty()) {
                                continue;
                            }
                            pictures++;
                            Object overlaps = js.executeScript(OVERLAPS);
                            if (!((List<?>) overlaps).isEmpty()) {
                                problems.add(lang + " " + sim.id() + " seed " + seed + " step " + step + ": " + overlaps);
                            }
                            if (seed == 1 && step == steps / 2) {
                                js.executeScript("document.getElementById('step').scrollIntoView()");
                                browser.screenshot("phone-" + sim.id() + "-" + lang);
                            }
                        }
                    }
                }
            }
            assertTrue(pictures >= 40, "pictures checked: " + pictures);
            assertTrue(problems.isEmpty(), String.join("\n", problems));
        }
    }

    @Test
    void aLongEscapeListingLineWrapsBesideItsLineNumberOnAPhone() throws Exception {
        try (HeadlessChromium browser = HeadlessChromium.start()) {
            WebDriver driver = browser.driver();
            driver.manage().window().setSize(new Dimension(390, 844));
            WebDriverWait wait = new WebDriverWait(driver, Duration.ofSeconds(15));
            JavascriptExecutor js = (JavascriptExecutor) driver;
            driver.get(root + "playground/escape");
            String source = "package p\n\nfunc f(alpha, beta, gamma, delta, epsilon, zeta, eta, theta int) *int {\n"
                    + "\tx := alpha + beta + gamma + delta + epsilon + zeta + eta + theta + alpha + beta + gamma\n"
                    + "\treturn &x\n}\n";
            js.executeScript("document.getElementById('source').value = arguments[0]", source);
            driver.findElement(By.id("analyze")).click();
            wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("listing"), "moved to heap"));
            @SuppressWarnings("unchecked")
            Map<String, Object> line4 = (Map<String, Object>) js.executeScript("""
                    const li = document.getElementById('L4');
                    const ln = li.querySelector('.ln').getBoundingClientRect();
                    const code = li.querySelector('code').getBoundingClientRect();
                    return {rows: code.height / ln.height, lnRight: ln.right, minLeft: code.left,
                            lnTop: ln.top, codeTop: code.top};""");
            browser.screenshot("phone-escape-listing");
            assertTrue(((Number) line4.get("rows")).doubleValue() > 1.5, "the long line wraps on a phone: " + line4);
            assertTrue(((Number) line4.get("minLeft")).doubleValue() >= ((Number) line4.get("lnRight")).doubleValue(),
                    "every wrapped piece stays right of the line number: " + line4);
            assertEquals(((Number) line4.get("lnTop")).doubleValue(), ((Number) line4.get("codeTop")).doubleValue(), 4,
                    "the number sits on the line's first row: " + line4);
        }
    }
}
