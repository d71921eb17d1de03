package dev.gopherdrill.simulation.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URL;
import java.time.Duration;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

import dev.gopherdrill.testing.BrowserTest;
import dev.gopherdrill.testing.HeadlessChromium;
import dev.gopherdrill.testing.PostgresTestResource;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;

/** A visitor, not signed in, steps through a slice trace with the arrow keys on a phone-sized Chromium. */
@QuarkusTest
@QuarkusTestResource(PostgresTestResource.class)
@BrowserTest
class PlaygroundBrowserTest {

    @TestHTTPResource("/")
    URL root;

    @Test
    void aVisitorStepsThroughATraceWithTheArrowKeys() throws Exception {
        try (HeadlessChromium browser = HeadlessChromium.start()) {
            WebDriver driver = browser.driver();
            WebDriverWait wait = new WebDriverWait(driver, Duration.ofSeconds(15));
            wait.ignoring(StaleElementReferenceException.class);
            driver.get(root + "playground/slice.append?seed=3&goVersion=1.19&elem=int64&startLen=4&startCap=4&add=5");
            wait.until(ExpectedConditions.attributeToBe(By.id("step"), "data-step", "0"));
            assertTrue(driver.findElement(By.id("question")).getText().contains("s := make([]int64, 4, 4)"));

            browser.keys(Keys.ARROW_RIGHT);
            wait.until(ExpectedConditions.attributeToBe(By.id("step"), "data-step", "1"));
            browser.keys(Keys.ARROW_RIGHT);
            wait.until(ExpectedConditions.attributeToBe(By.id("step"), "data-step", "2"));
            assertTrue(driver.findElement(By.id("step-text")).getText().contains("size class 7 = 80 B"),
                    driver.findElement(By.id("step-text")).getText());
            assertEquals(1, driver.findElements(By.cssSelector("#step svg.sim-svg")).size());
            assertTrue(driver.getCurrentUrl().endsWith("step=2"), "each step has its own URL: " + driver.getCurrentUrl());
            browser.screenshot("playground-slice-step");

            browser.keys(Keys.ARROW_RIGHT);
            wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("sim-answer")));
            assertTrue(driver.findElement(By.id("sim-answer")).getText().contains("10"));
            browser.keys(Keys.ARROW_LEFT);
            wait.until(ExpectedConditions.attributeToBe(By.id("step"), "data-step", "2"));

            // n: a new question, from the next seed
            browser.keys("n");
            wait.until(ExpectedConditions.urlContains("seed=4"));
            // every model's picture renders in a real browser (kept as screenshots for a human to look at)
            for (String page : List.of("channel.program?seed=11&step=4", "map.grow?seed=1&hint=0&inserts=60&ask=B&step=8",
                    "map.swiss?seed=1&hint=0&inserts=40&ask=slots&step=4", "gc.mark?seed=2&step=3",
                    "gc.pacer?seed=2&step=1", "context.tree?seed=2&step=3", "leak.goroutines?seed=2&step=3")) {
                driver.get(root + "playground/" + page);
                wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("#step svg.sim-svg")));
                ((org.openqa.selenium.JavascriptExecutor) driver).executeScript(
                        "document.getElementById('step').scrollIntoView()");
                browser.screenshot("playground-" + page.substring(0, page.indexOf('?')));
            }
        }
    }
}
