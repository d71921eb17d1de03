package dev.gopherdrill.quiz.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URL;
import java.time.Duration;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebDriver;
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
 * A learner runs a ten-question simulation quiz in headless Chromium with the keyboard only:
 * Tab to the start button, then for each question type an answer, Enter to check, 1 or 3 to
 * grade; the summary shows the score and the missed cards, which go into today's reviews;
 * then {@code /stats} counts the ten answers.
 */
@QuarkusTest
@QuarkusTestResource(PostgresTestResource.class)
@BrowserTest
class QuizBrowserTest {

    private static final int QUESTIONS = 10;

    @TestHTTPResource("/")
    URL root;

    @Test
    void aTenCardQuizRunsOnTheKeyboardAndItsAnswersShowInTheStatistics() throws Exception {
        Api.Learner me = Api.newLearner();
        try (HeadlessChromium browser = HeadlessChromium.start()) {
            WebDriver driver = browser.driver();
            WebDriverWait wait = new WebDriverWait(driver, Duration.ofSeconds(15));
            // htmx swaps #card after each answer: an element read mid-swap is stale, read it again
            wait.ignoring(org.openqa.selenium.StaleElementReferenceException.class);
            startSimulationQuiz(browser, wait, me);

            int wrong = 0;
            for (int i = 0; i < QUESTIONS; i++) {
                int position = i;
                wait.until(d -> String.valueOf(position).equals(
                        d.findElement(By.id("card")).getAttribute("data-position")));
                assertEquals("Card " + (i + 1) + " of " + QUESTIONS, driver.findElement(By.id("progress-text")).getText());
                wait.until(d -> d.switchTo().activeElement().getAttribute("id").equals("answer-input"));
                // an impossible capacity for even questions, so some answers are wrong; a right one for odd ones
                browser.keys(i % 2 == 0 ? "-1" : expectedFor(driver), Keys.ENTER);
                wait.until(ExpectedConditions.presenceOfElementLocated(By.id("verdict-result")));
                boolean correct = Boolean.parseBoolean(driver.findElement(By.id("verdict-result"))
                        .getAttribute("data-correct"));
                assertEquals(i % 2 == 1, correct, "question " + i);
                wrong += correct ? 0 : 1;
                browser.keys(correct ? "3" : "1");
            }
            wait.until(ExpectedConditions.presenceOfElementLocated(By.id("quiz-summary")));
            assertEquals(QUESTIONS / 2, wrong);
            assertTrue(driver.findElement(By.id("quiz-score")).getText().startsWith("50 % passed"),
                    driver.findElement(By.id("quiz-score")).getText());
            assertEquals(1, driver.findElements(By.cssSelector("#missed-cards li")).size(),
                    "the one sim card, missed five times, is listed once");
            tabTo(browser, "requeue");
            browser.keys(Keys.ENTER);
            wait.until(ExpectedConditions.presenceOfElementLocated(By.id("requeued")));
            browser.screenshot("quiz-summary");

            driver.get(root + "stats");
            wait.until(ExpectedConditions.presenceOfElementLocated(By.id("stats-reviews")));
            assertEquals(String.valueOf(QUESTIONS), driver.findElement(By.id("stats-reviews")).getText());
            browser.screenshot("stats-after-quiz");
        }
        me.get("/api/practice/overview").then().statusCode(200)
                .body("dueToday", org.hamcrest.Matchers.equalTo(1));
    }

    /**
     * htmx wires up the content it swaps in only when it settles, 20 ms later (more on a busy
     * machine). A key pressed in between must still answer through htmx, not submit the bare
     * form as a page load that leaves the question unanswered. The settle delay is stretched to
     * two seconds so every key below lands inside that window.
     */
    @Test
    void keysPressedBeforeASwapSettlesStillAnswer() throws Exception {
        Api.Learner me = Api.newLearner();
        try (HeadlessChromium browser = HeadlessChromium.start()) {
            WebDriver driver = browser.driver();
            WebDriverWait wait = new WebDriverWait(driver, Duration.ofSeconds(15));
            wait.ignoring(org.openqa.selenium.StaleElementReferenceException.class);
            startSimulationQuiz(browser, wait, me);
            String page = driver.getCurrentUrl();
            JavascriptExecutor js = (JavascriptExecutor) driver;
            js.executeScript("htmx.config.defaultSettleDelay = 2000; window.samePage = true;");

            for (int i = 0; i < 3; i++) {
                int position = i;
                wait.until(d -> String.valueOf(position).equals(
                        d.findElement(By.id("card")).getAttribute("data-position")));
                // the card was swapped in less than two seconds ago (but the first): answer at once
                browser.keys("-1", Keys.ENTER);
                wait.until(ExpectedConditions.presenceOfElementLocated(By.id("verdict-result")));
                browser.keys("1");
            }
            wait.until(d -> "3".equals(d.findElement(By.id("card")).getAttribute("data-position")));
            assertEquals(Boolean.TRUE, js.executeScript("return window.samePage === true"),
                    "no key made a page load");
            assertEquals(page, driver.getCurrentUrl());
            String quiz = driver.findElement(By.id("card")).getAttribute("data-quiz");
            me.get("/api/quizzes/" + quiz).then().statusCode(200)
                    .body("summary.answered", org.hamcrest.Matchers.equalTo(3))
                    .body("summary.again", org.hamcrest.Matchers.equalTo(3));
        }
    }

    /** The right answer of the question shown, asked over the page's own API with its session. */
    private static String expectedFor(WebDriver driver) {
        String quiz = driver.findElement(By.id("card")).getAttribute("data-quiz");
        String position = driver.findElement(By.id("card")).getAttribute("data-position");
        return (String) ((JavascriptExecutor) driver).executeAsyncScript("""
                const done = arguments[arguments.length - 1];
                const token = document.querySelector('meta[name="csrf-token"]').content;
                fetch('/api/quizzes/' + arguments[0] + '/check', {method: 'POST',
                    headers: {'Content-Type': 'application/json', 'X-CSRF-TOKEN': token},
                    body: JSON.stringify({position: Number(arguments[1]), answer: '-1'})})
                  .then(r => r.json()).then(v => done(v.expected));""", quiz, position);
    }

    /** Signs {@code me} in and starts a simulation quiz with the keyboard, up to its first question. */
    private void startSimulationQuiz(HeadlessChromium browser, WebDriverWait wait, Api.Learner me) {
        WebDriver driver = browser.driver();
        driver.get(root + "login");
        wait.until(ExpectedConditions.presenceOfElementLocated(By.id("username")));
        browser.keys(me.username(), Keys.TAB, Api.PASSWORD, Keys.ENTER);
        wait.until(ExpectedConditions.presenceOfElementLocated(By.id("start")));
        driver.get(root + "quiz");
        wait.until(ExpectedConditions.presenceOfElementLocated(By.id("quiz-setup")));
        tabTo(browser, "start-sim-quiz");
        browser.keys(Keys.ENTER);
        wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("#card[data-position]")));
    }

    /** Presses Tab until the element with {@code id} has the focus, as a keyboard user would. */
    private static void tabTo(HeadlessChromium browser, String id) {
        for (int i = 0; i < 80; i++) {
            if (id.equals(browser.driver().switchTo().activeElement().getAttribute("id"))) {
                return;
            }
            browser.keys(Keys.TAB);
        }
        throw new AssertionError("80 presses of Tab never reached #" + id);
    }
}
