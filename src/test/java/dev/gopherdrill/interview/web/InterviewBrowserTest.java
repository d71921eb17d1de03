package dev.gopherdrill.interview.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URL;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.interactions.Actions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

import dev.gopherdrill.testing.Api;
import dev.gopherdrill.testing.BrowserTest;
import dev.gopherdrill.testing.HeadlessChromium;
import dev.gopherdrill.testing.PostgresTestResource;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;

/**
 * A learner sets up a 15-minute junior interview on the fixture deck, answers with the
 * keyboard only until alpha-recall-1 (the card with a key point) has been answered among
 * at least three questions, finishes with Esc, and reads the report: the per-topic
 * chart, the key point ticked with the words that matched, the requeue action on.
 */
@QuarkusTest
@QuarkusTestResource(PostgresTestResource.class)
@BrowserTest
class InterviewBrowserTest {

    /** Keys that answer each fixture card; Ctrl+Enter submits from any field. */
    private static final Map<String, List<CharSequence>> KEYS = Map.of(
            "alpha-recall-1", List.of("One plus one is two: the sum is 2."),
            "alpha-recall-2", List.of("four, I think"),
            "alpha-choice", List.of("1", "3"),
            "alpha-exact", List.of("6"),
            "alpha-predict", List.of("hi"),
            "alpha-sim", List.of("0"));

    @TestHTTPResource("/")
    URL root;

    @Test
    void aShortInterviewIsSetUpAnsweredAndFinishedWithTheKeyboardAndReported() throws Exception {
        try (HeadlessChromium browser = HeadlessChromium.start()) {
            WebDriver driver = browser.driver();
            WebDriverWait wait = new WebDriverWait(driver, Duration.ofSeconds(15));
            wait.ignoring(StaleElementReferenceException.class);
            String username = "iv" + System.nanoTime() % 1_000_000_000L;
            driver.get(root + "signup");
            browser.keys(username, Keys.TAB, Api.PASSWORD, Keys.ENTER);
            wait.until(ExpectedConditions.presenceOfElementLocated(By.id("start")));

            driver.get(root + "interview");
            wait.until(ExpectedConditions.presenceOfElementLocated(By.id("interview-setup")));
            assertTrue(driver.findElement(By.cssSelector("input[name=minutes][value='15']")).isSelected());
            // focus starts on the 15-minute length: Tab to the deck, tick it, Tab to the level, J for Junior
            browser.keys(Keys.TAB, " ", Keys.TAB, "j");
            assertTrue(driver.findElement(By.cssSelector("input[name=deck][value=alpha]")).isSelected());
            assertEquals("junior", driver.findElement(By.id("level")).getDomProperty("value"));
            browser.screenshot("interview-setup");
            ctrlEnter(driver);

            wait.until(ExpectedConditions.attributeToBe(By.id("interview"), "data-turn", "0"));
            String clock = driver.findElement(By.id("countdown")).getText();
            assertTrue(clock.matches("1[0-5]:\\d\\d"), clock);

            List<String> answered = new ArrayList<>();
            while (answered.size() < 3 || !answered.contains("alpha-recall-1")) {
                String card = driver.findElement(By.id("interview")).getDomAttribute("data-card-id");
                browser.keys(KEYS.get(card).toArray(CharSequence[]::new));
                if (answered.isEmpty()) {
                    browser.screenshot("interview-question");
                }
                ctrlEnter(driver);
                answered.add(card);
                String turn = Integer.toString(answered.size());
                wait.until(d -> d.getCurrentUrl().endsWith("/report")
                        || turn.equals(d.findElement(By.id("interview")).getDomAttribute("data-turn")));
                if (driver.getCurrentUrl().endsWith("/report")) {
                    break;
                }
            }
            if (!driver.getCurrentUrl().endsWith("/report")) {
                // Esc leaves the answer field; Esc again asks whether to finish; Enter confirms
                if (List.of("input", "textarea").contains(driver.switchTo().activeElement().getTagName())) {
                    browser.keys(Keys.ESCAPE);
                }
                browser.keys(Keys.ESCAPE);
                wait.until(d -> d.findElement(By.id("finish-dialog")).getDomAttribute("open") != null);
                browser.keys(Keys.ENTER);
            }

            wait.until(ExpectedConditions.presenceOfElementLocated(By.id("report")));
            assertTrue(driver.getCurrentUrl().endsWith("/report"), driver.getCurrentUrl());
            List<WebElement> bars = driver.findElements(By.cssSelector("#topic-chart svg rect.bar"));
            assertEquals(1, bars.size(), "one topic, one bar");
            assertTrue(driver.findElement(By.id("topic-chart")).getText().contains("Alpha"));
            assertEquals(Integer.toString(answered.size()), driver.findElement(By.id("answered-count")).getText());

            WebElement recall = driver.findElement(By.cssSelector("article.turn[data-card-id=alpha-recall-1]"));
            WebElement point = recall.findElement(By.cssSelector(".points li"));
            assertTrue(point.getText().contains("the sum is 2"), point.getText());
            assertTrue(point.findElement(By.cssSelector("input[type=checkbox]")).isSelected(),
                    "the matcher ticked the key point the answer covered");
            assertTrue(point.getText().contains("“"), "the words that matched are quoted: " + point.getText());
            assertTrue(recall.findElement(By.cssSelector(".given")).getText().contains("the sum is 2"));
            assertTrue(recall.findElement(By.cssSelector(".reference")).getText().contains("Two."));
            browser.screenshot("interview-report");

            List<WebElement> requeue = driver.findElements(By.id("requeue"));
            if (!driver.findElements(By.id("weak-cards")).isEmpty()) {
                assertTrue(requeue.get(0).isSelected(), "the requeue action is on by default");
            } else {
                assertFalse(driver.findElements(By.id("no-weak")).isEmpty());
            }
        }
    }

    /** Control held down while Enter is pressed (a chord string would leave the modifier's state to the driver). */
    private static void ctrlEnter(WebDriver driver) {
        new Actions(driver).keyDown(Keys.CONTROL).sendKeys(Keys.ENTER).keyUp(Keys.CONTROL).perform();
    }
}
