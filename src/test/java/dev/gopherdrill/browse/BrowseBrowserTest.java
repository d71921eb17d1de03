package dev.gopherdrill.browse;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URL;
import java.time.Duration;
import java.util.List;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
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
 * In a real headless Chromium: a wrong typed answer shows its difference, a card suspended in
 * practice is confirmed with an undo and is unsuspended from Browse, and a bury is undone with u.
 */
@QuarkusTest
@QuarkusTestResource(PostgresTestResource.class)
@BrowserTest
class BrowseBrowserTest {

    @TestHTTPResource("/")
    URL root;

    private HeadlessChromium browser;
    private WebDriver driver;
    private WebDriverWait wait;

    @BeforeEach
    void startBrowser() throws Exception {
        browser = HeadlessChromium.start();
        driver = browser.driver();
        // htmx replaces #card and #rows on every action: an element found just before a swap goes stale
        wait = new WebDriverWait(driver, Duration.ofSeconds(15));
        wait.ignoring(StaleElementReferenceException.class);
    }

    @AfterEach
    void stopBrowser() throws Exception {
        if (browser != null) {
            browser.close();
        }
    }

    /** Signs up in the browser and grades the first three new cards over the API: practice shows alpha-exact. */
    private String learnerAtTheExactCard() {
        String username = "br" + System.nanoTime() % 1_000_000_000L;
        driver.get(root + "signup");
        browser.keys(username, Keys.TAB, Api.PASSWORD, Keys.ENTER);
        wait.until(ExpectedConditions.presenceOfElementLocated(By.id("start")));
        Api.Learner api = Api.as(username);
        for (String id : List.of("alpha-recall-1", "alpha-recall-2", "alpha-choice")) {
            api.grade(id, 0, 3, null);
        }
        driver.get(root + "practice");
        wait.until(ExpectedConditions.attributeToBe(By.id("card"), "data-card-id", "alpha-exact"));
        return username;
    }

    @Test
    void aWrongPredictedOutputShowsTheWrongAndMissingCharacters() {
        String username = learnerAtTheExactCard();
        Api.as(username).grade("alpha-exact", 0, 3, "6");
        driver.get(root + "practice");
        wait.until(ExpectedConditions.attributeToBe(By.id("card"), "data-card-id", "alpha-predict"));
        // the program prints "hi"; the learner predicts "ho"
        WebElement output = wait.until(ExpectedConditions.elementToBeClickable(By.id("answer-input")));
        output.sendKeys("ho");
        output.sendKeys(Keys.chord(Keys.CONTROL, Keys.ENTER));
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("type-compare")));
        WebElement compare = driver.findElement(By.id("type-compare"));
        assertEquals("ho", compare.findElement(By.cssSelector(".typed")).getText());
        assertEquals("h", compare.findElement(By.cssSelector(".typed .d-SAME")).getText());
        assertEquals("o", compare.findElement(By.cssSelector(".typed .d-WRONG")).getText());
        assertEquals("hi", compare.findElement(By.cssSelector(".expected")).getText());
        assertEquals("i", compare.findElement(By.cssSelector(".expected .d-MISSING")).getText());
        String wrong = compare.findElement(By.cssSelector(".typed .d-WRONG")).getCssValue("text-decoration-line");
        assertTrue(wrong.contains("line-through"), wrong);
        browser.screenshot("verdict-type-compare");
    }

    @Test
    void aCardSuspendedInPracticeIsConfirmedAndUnsuspendedFromBrowse() {
        learnerAtTheExactCard();
        browser.keys(Keys.ESCAPE, "@");
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("notice")));
        assertTrue(driver.findElement(By.id("notice")).getText().contains("Suspended"),
                driver.findElement(By.id("notice")).getText());
        assertEquals("alpha-predict", driver.findElement(By.id("card")).getDomAttribute("data-card-id"));
        browser.screenshot("practice-suspended-notice");

        driver.get(root + "browse?state=suspended");
        wait.until(ExpectedConditions.presenceOfElementLocated(By.id("row-alpha-exact")));
        assertEquals(1, driver.findElements(By.cssSelector("#rows tr")).size());
        driver.findElement(By.id("pick-alpha-exact")).click();
        driver.findElement(By.id("act-unsuspend")).click();
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("browse-outcome")));
        assertTrue(driver.findElement(By.id("browse-outcome")).getText().contains("1"));
        assertTrue(driver.findElements(By.id("row-alpha-exact")).isEmpty());
        browser.screenshot("browse-unsuspended");

        // on a 390 px phone the list, with its state column and the actions, does not scroll sideways
        driver.manage().window().setSize(new org.openqa.selenium.Dimension(390, 844));
        driver.get(root + "browse");
        wait.until(ExpectedConditions.presenceOfElementLocated(By.id("row-alpha-exact")));
        Object overflow = ((org.openqa.selenium.JavascriptExecutor) driver).executeScript(
                "return document.documentElement.scrollWidth - document.documentElement.clientWidth;");
        assertEquals(0L, ((Number) overflow).longValue(), "the browse page scrolls sideways at 390 px");
        browser.screenshot("browse-390");

        driver.get(root + "practice");
        wait.until(ExpectedConditions.attributeToBe(By.id("card"), "data-card-id", "alpha-exact"));
    }

    @Test
    void aBuryInPracticeIsUndoneWithU() {
        learnerAtTheExactCard();
        browser.keys(Keys.ESCAPE, "-");
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("notice")));
        assertEquals("alpha-predict", driver.findElement(By.id("card")).getDomAttribute("data-card-id"));
        browser.keys(Keys.ESCAPE, "u");
        wait.until(ExpectedConditions.attributeToBe(By.id("card"), "data-card-id", "alpha-exact"));
        assertTrue(driver.findElements(By.id("notice")).isEmpty());
    }
}
