package dev.gopherdrill.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URL;
import java.time.Duration;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.StaleElementReferenceException;
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
 * A learner signs up and practises three cards in a real headless Chromium, with the
 * keyboard only. Skips only where Chromium is not installed; .ci/run installs it.
 */
@QuarkusTest
@QuarkusTestResource(PostgresTestResource.class)
@BrowserTest
class KeyboardPracticeBrowserTest {

    @TestHTTPResource("/")
    URL root;

    private HeadlessChromium browser;
    private WebDriver driver;

    @BeforeEach
    void startBrowser() throws Exception {
        browser = HeadlessChromium.start();
        driver = browser.driver();
    }

    @AfterEach
    void stopBrowser() throws Exception {
        if (browser != null) {
            browser.close();
        }
    }

    @Test
    void aNewLearnerSignsUpAndPractisesThreeCardsWithTheKeyboardOnly() {
        // htmx replaces #card on every action: an element found just before a swap goes stale
        WebDriverWait wait = new WebDriverWait(driver, Duration.ofSeconds(15));
        wait.ignoring(StaleElementReferenceException.class);
        String username = "kb" + System.nanoTime() % 1_000_000_000L;

        driver.get(root + "signup");
        keys(username, Keys.TAB, Api.PASSWORD, Keys.ENTER);
        wait.until(ExpectedConditions.presenceOfElementLocated(By.id("start")));
        assertEquals("6", driver.findElement(By.id("new-count")).getText());

        keys(" ");
        waitForCard(wait, "alpha-recall-1");
        keys(" ");
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("answer")));
        assertTrue(driver.findElement(By.id("answer")).getText().contains("Two."));
        screenshot("practice-revealed");
        keys("3");

        waitForCard(wait, "alpha-recall-2");
        keys(" ");
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("grades")));
        keys(" ");  // Space on a revealed card = Good

        waitForCard(wait, "alpha-choice");
        keys("1", "3", Keys.ENTER);
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("verdict-result")));
        assertEquals("true", driver.findElement(By.id("verdict-result")).getDomAttribute("data-correct"));
        screenshot("practice-verdict");
        keys("4");

        waitForCard(wait, "alpha-exact");
        assertTrue(driver.findElement(By.id("progress-text")).getText().startsWith("3 done"),
                driver.findElement(By.id("progress-text")).getText());

        // the three grades are on the server, as given
        Api.as(username).get("/api/practice/overview").then().statusCode(200)
                .body("doneToday", org.hamcrest.Matchers.equalTo(3));
        Api.as(username).get("/api/practice/cards/alpha-choice").then()
                .body("history[0].rating", org.hamcrest.Matchers.equalTo(4))
                .body("history[0].answer", org.hamcrest.Matchers.equalTo("0,2"))
                .body("history[0].correct", org.hamcrest.Matchers.equalTo(true));

        // the exact card's answer field has the focus; Escape leaves it, u undoes the last grade
        keys(Keys.ESCAPE, "u");
        waitForCard(wait, "alpha-choice");
        Api.as(username).get("/api/practice/overview").then().body("doneToday", org.hamcrest.Matchers.equalTo(2));
    }

    private void screenshot(String name) {
        browser.screenshot(name);
    }

    private void keys(CharSequence... keys) {
        browser.keys(keys);
    }

    private void waitForCard(WebDriverWait wait, String cardId) {
        wait.until(ExpectedConditions.attributeToBe(By.id("card"), "data-card-id", cardId));
    }
}
