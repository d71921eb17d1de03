package dev.gopherdrill.practice.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URL;
import java.time.Duration;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

import dev.gopherdrill.simulation.GoVersion;
import dev.gopherdrill.simulation.slices.GrowSlice;
import dev.gopherdrill.testing.Api;
import dev.gopherdrill.testing.BrowserTest;
import dev.gopherdrill.testing.HeadlessChromium;
import dev.gopherdrill.testing.PostgresTestResource;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;

/**
 * A learner meets a sim card in the browser: buries the other new cards with "-", reads
 * the generated question, types the cap Go would give, sees it accepted with the trace,
 * and grades with the keyboard.
 */
@QuarkusTest
@QuarkusTestResource(PostgresTestResource.class)
@BrowserTest
class SimCardBrowserTest {

    private static final Pattern SHOWN = Pattern.compile("make\\(\\[\\]int64, (\\d+), (\\d+)\\), then append (\\d+) more");

    @TestHTTPResource("/")
    URL root;

    @Test
    void aSimCardIsAnsweredCheckedAndExplainedWithTheKeyboard() throws Exception {
        try (HeadlessChromium browser = HeadlessChromium.start()) {
            WebDriver driver = browser.driver();
            WebDriverWait wait = new WebDriverWait(driver, Duration.ofSeconds(15));
            wait.ignoring(StaleElementReferenceException.class);
            String username = "sim" + System.nanoTime() % 1_000_000_000L;
            driver.get(root + "signup");
            browser.keys(username, Keys.TAB, Api.PASSWORD, Keys.ENTER);
            wait.until(ExpectedConditions.presenceOfElementLocated(By.id("start")));
            browser.keys(" ");
            wait.until(ExpectedConditions.presenceOfElementLocated(By.id("card")));
            for (int i = 0; i < 10 && !"alpha-sim".equals(cardId(driver)); i++) {
                String before = cardId(driver);
                browser.keys(Keys.ESCAPE, "-");
                wait.until(d -> !before.equals(cardId(d)));
            }
            assertEquals("alpha-sim", cardId(driver));

            Matcher m = SHOWN.matcher(driver.findElement(By.cssSelector("#card .prompt")).getText());
            assertTrue(m.find(), driver.findElement(By.cssSelector("#card .prompt")).getText());
            long cap = GrowSlice.append(new GoVersion(1, 19), 8, Long.parseLong(m.group(1)), Long.parseLong(m.group(2)),
                    Long.parseLong(m.group(3))).cap();
            driver.findElement(By.id("answer-input")).sendKeys(Long.toString(cap), Keys.ENTER);
            wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("verdict-result")));
            assertEquals("true", driver.findElement(By.id("verdict-result")).getDomAttribute("data-correct"));
            assertTrue(driver.findElement(By.cssSelector("#verdict-result .trace")).getText().contains("growslice"));
            browser.screenshot("practice-sim-verdict");

            browser.keys("3");
            wait.until(d -> !"alpha-sim".equals(cardId(d)));
            Api.as(username).get("/api/practice/cards/alpha-sim").then()
                    .body("history[0].rating", org.hamcrest.Matchers.equalTo(3))
                    .body("history[0].correct", org.hamcrest.Matchers.equalTo(true));
        }
    }

    private static String cardId(WebDriver d) {
        var cards = d.findElements(By.id("card"));
        return cards.isEmpty() ? "" : String.valueOf(cards.get(0).getDomAttribute("data-card-id"));
    }
}
