package dev.gopherdrill.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.File;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Comparator;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.interactions.Actions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

import dev.gopherdrill.testing.Api;
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
class KeyboardPracticeBrowserTest {

    private static final File CHROMIUM = new File("/usr/bin/chromium");
    private static final File CHROMEDRIVER = new File("/usr/bin/chromedriver");

    @TestHTTPResource("/")
    URL root;

    private WebDriver driver;
    private Path profile;

    @BeforeEach
    void startBrowser() throws Exception {
        assumeTrue(CHROMIUM.canExecute() && CHROMEDRIVER.canExecute(),
                "needs Debian's chromium and chromium-driver (apt-get install chromium chromium-driver)");
        profile = Files.createTempDirectory("gd-chromium");
        ChromeOptions options = new ChromeOptions();
        options.setBinary(CHROMIUM);
        // Without the background-networking flags Chromium keeps dialling Google and this machine refuses it.
        options.addArguments("--headless", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                "--disable-background-networking", "--disable-component-update", "--disable-sync",
                "--no-first-run", "--window-size=412,915", "--user-data-dir=" + profile);
        ChromeDriverService service = new ChromeDriverService.Builder().usingDriverExecutable(CHROMEDRIVER)
                .usingAnyFreePort().build();
        driver = new ChromeDriver(service, options);
    }

    @AfterEach
    void stopBrowser() throws Exception {
        if (driver != null) {
            driver.quit();
        }
        if (profile != null) {
            try (var files = Files.walk(profile)) {
                files.sorted(Comparator.reverseOrder()).map(Path::toFile).forEach(File::delete);
            }
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
        assertEquals("5", driver.findElement(By.id("new-count")).getText());

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

    /** Kept in target/screenshots for a human to look at; nothing asserts on pixels. */
    private void screenshot(String name) {
        try {
            Path dir = Files.createDirectories(Path.of("target", "screenshots"));
            byte[] png = ((org.openqa.selenium.TakesScreenshot) driver).getScreenshotAs(org.openqa.selenium.OutputType.BYTES);
            Files.write(dir.resolve(name + ".png"), png);
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    private void keys(CharSequence... keys) {
        new Actions(driver).sendKeys(keys).perform();
    }

    private void waitForCard(WebDriverWait wait, String cardId) {
        wait.until(ExpectedConditions.attributeToBe(By.id("card"), "data-card-id", cardId));
    }
}
