package dev.gopherdrill.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URL;
import java.time.Duration;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Cookie;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.chromium.HasCdp;
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
 * The pages around the practice loop, in a real headless Chromium at a phone's 390 px: what a
 * visitor sees at the root, the account panels of the settings, and what a browser shows for
 * an error. Each picture is kept in
 * target/screenshots.
 */
@QuarkusTest
@QuarkusTestResource(PostgresTestResource.class)
@BrowserTest
class PagesBrowserTest {

    @TestHTTPResource("/")
    URL root;

    @Test
    void aBrowserShowsAMissingCardAsAPageInTheLayoutInEitherLanguageAndInDarkMode() throws Exception {
        Api.Learner me = Api.newLearner();
        try (HeadlessChromium browser = HeadlessChromium.start()) {
            WebDriver driver = browser.driver();
            WebDriverWait wait = new WebDriverWait(driver, Duration.ofSeconds(15));
            driver.manage().window().setSize(new Dimension(390, 844));
            signIn(browser, wait, me);
            dark(driver);

            driver.get(root + "cards/no-such-card");
            wait.until(ExpectedConditions.presenceOfElementLocated(By.id("error-page")));
            assertEquals("Page not found", driver.findElement(By.tagName("h1")).getText());
            assertTrue(driver.findElement(By.id("error-detail")).getText().contains("no-such-card"));
            assertEquals(me.username(), driver.findElement(By.cssSelector("header form button.link"))
                    .getAttribute("title"), "the layout's header, signed in");
            assertEquals(0L, overflow(driver), "nothing scrolls sideways at 390 px");
            assertEquals("rgba(232, 232, 234, 1)", driver.findElement(By.tagName("h1")).getCssValue("color"),
                    "dark mode's text colour");
            browser.screenshot("error-404-dark-390");

            driver.manage().addCookie(new Cookie("lang", "zh"));
            driver.get(root + "cards/no-such-card");
            wait.until(ExpectedConditions.presenceOfElementLocated(By.id("error-page")));
            assertEquals("找不到页面", driver.findElement(By.tagName("h1")).getText());
            driver.findElement(By.id("error-home")).click();
            wait.until(ExpectedConditions.presenceOfElementLocated(By.id("start")));
        }
    }

    @Test
    void aVisitorOnAPhoneReadsTheLandingPageThenOpensThePlaygroundAndSignsUp() throws Exception {
        try (HeadlessChromium browser = HeadlessChromium.start()) {
            WebDriver driver = browser.driver();
            WebDriverWait wait = new WebDriverWait(driver, Duration.ofSeconds(15));
            driver.manage().window().setSize(new Dimension(390, 844));
            driver.get(root.toString());
            wait.until(ExpectedConditions.presenceOfElementLocated(By.id("landing")));
            assertEquals(0L, overflow(driver), "nothing scrolls sideways at 390 px");
            assertTrue(driver.findElement(By.id("landing-counts")).getText().startsWith("6 cards"));
            browser.screenshot("landing-light-390");
            dark(driver);
            driver.navigate().refresh();
            wait.until(ExpectedConditions.presenceOfElementLocated(By.id("landing")));
            assertEquals("rgba(232, 232, 234, 1)", driver.findElement(By.tagName("h1")).getCssValue("color"));
            browser.screenshot("landing-dark-390");

            driver.findElement(By.id("landing-playground")).click();
            wait.until(ExpectedConditions.presenceOfElementLocated(By.id("simulations")));
            driver.navigate().back();
            wait.until(ExpectedConditions.elementToBeClickable(By.id("landing-signup"))).click();
            wait.until(ExpectedConditions.presenceOfElementLocated(By.name("j_username")));
            String username = "land" + System.nanoTime() % 1_000_000_000L;
            browser.keys(username, Keys.TAB, Api.PASSWORD, Keys.ENTER);
            wait.until(ExpectedConditions.presenceOfElementLocated(By.id("start")));
            driver.get(root.toString());
            wait.until(ExpectedConditions.presenceOfElementLocated(By.id("start")));
            assertTrue(driver.findElements(By.id("landing")).isEmpty(), "signed in, / is the overview again");

            driver.manage().deleteAllCookies();
            driver.manage().addCookie(new Cookie("lang", "zh"));
            driver.get(root.toString());
            wait.until(ExpectedConditions.presenceOfElementLocated(By.id("landing")));
            assertEquals("免费注册", driver.findElement(By.id("landing-signup")).getText());
            assertEquals(0L, overflow(driver), "nothing scrolls sideways in Chinese either");
        }
    }

    @Test
    void aLearnerOnAPhoneChangesTheirPasswordThenDeletesTheirAccountAndLandsSignedOut() throws Exception {
        Api.Learner me = Api.newLearner();
        String newPassword = "purple elephant marmalade";
        try (HeadlessChromium browser = HeadlessChromium.start()) {
            WebDriver driver = browser.driver();
            WebDriverWait wait = new WebDriverWait(driver, Duration.ofSeconds(15));
            driver.manage().window().setSize(new Dimension(390, 844));
            signIn(browser, wait, me);
            dark(driver);
            driver.get(root + "settings");
            wait.until(ExpectedConditions.presenceOfElementLocated(By.id("delete-account")));
            assertEquals("time-zones", driver.findElement(By.id("time-zone")).getAttribute("list"));
            assertEquals(0L, overflow(driver), "nothing scrolls sideways at 390 px");

            driver.findElement(By.id("current-password")).sendKeys(Api.PASSWORD);
            driver.findElement(By.id("new-password")).sendKeys(newPassword, Keys.ENTER);
            wait.until(ExpectedConditions.presenceOfElementLocated(By.id("password-changed")));
            browser.screenshot("settings-dark-390");

            driver.findElement(By.id("confirm-username")).sendKeys(me.username());
            driver.findElement(By.id("delete-password")).sendKeys(newPassword);
            driver.findElement(By.id("delete-submit")).click();
            wait.until(ExpectedConditions.presenceOfElementLocated(By.id("landing")));
            assertTrue(driver.findElements(By.xpath("//button[contains(., 'Log out')]")).isEmpty(), "signed out");
            driver.get(root + "settings");
            wait.until(ExpectedConditions.presenceOfElementLocated(By.id("username")));
            assertTrue(driver.getCurrentUrl().contains("/login"), "the account is gone: settings ask for a sign-in");
        }
    }

    private void signIn(HeadlessChromium browser, WebDriverWait wait, Api.Learner me) {
        browser.driver().get(root + "login");
        wait.until(ExpectedConditions.presenceOfElementLocated(By.id("username")));
        browser.keys(me.username(), Keys.TAB, Api.PASSWORD, Keys.ENTER);
        wait.until(ExpectedConditions.presenceOfElementLocated(By.id("start")));
    }

    private static void dark(WebDriver driver) {
        ((HasCdp) driver).executeCdpCommand("Emulation.setEmulatedMedia",
                Map.of("features", List.of(Map.of("name", "prefers-color-scheme", "value", "dark"))));
    }

    private static long overflow(WebDriver driver) {
        return ((Number) ((JavascriptExecutor) driver).executeScript(
                "return document.documentElement.scrollWidth - document.documentElement.clientWidth")).longValue();
    }
}
