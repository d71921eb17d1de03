package dev.gopherdrill.simulation.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URL;
import java.time.Duration;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.interactions.Actions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

import dev.gopherdrill.testing.BrowserTest;
import dev.gopherdrill.testing.HeadlessChromium;
import dev.gopherdrill.testing.PostgresTestResource;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;

/** A visitor pastes a function into the escape editor, indents with Tab, analyses with Ctrl+Enter. */
@QuarkusTest
@QuarkusTestResource(PostgresTestResource.class)
@BrowserTest
class EscapePlaygroundBrowserTest {

    @TestHTTPResource("/")
    URL root;

    @Test
    void aVisitorTypesAFunctionAndSeesWhyItsVariableMovesToTheHeap() throws Exception {
        try (HeadlessChromium browser = HeadlessChromium.start()) {
            WebDriver driver = browser.driver();
            WebDriverWait wait = new WebDriverWait(driver, Duration.ofSeconds(15));
            wait.ignoring(StaleElementReferenceException.class);
            driver.get(root + "playground/escape");
            wait.until(ExpectedConditions.presenceOfElementLocated(By.id("diagnostics")));

            WebElement source = driver.findElement(By.id("source"));
            source.clear();
            source.click();
            // Tab must indent inside the editor, not move the focus away
            browser.keys("package p\n\nvar sink *int\n\nfunc keep() {\n", Keys.TAB, "v := 7\n", Keys.TAB,
                    "sink = &v\n}\n");
            assertEquals("source", driver.switchTo().activeElement().getAttribute("id"));
            assertTrue(source.getAttribute("value").contains("\tv := 7"), source.getAttribute("value"));
            ctrlEnter(driver);

            wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("listing"), "moved to heap: v"));
            WebElement line = driver.findElement(By.id("L6"));
            assertTrue(line.getAttribute("class").contains("noted"), line.getAttribute("class"));
            WebElement why = driver.findElement(By.id("D1"));
            assertTrue(why.getText().contains("6:2: moved to heap: v"), why.getText());
            assertTrue(why.findElements(By.cssSelector(".flow li")).size() >= 1, "the flow that decided it is listed");
            browser.screenshot("playground-escape");

            // an unsupported construct: the error in the page, its line marked, nothing presented as an answer
            source = driver.findElement(By.id("source"));
            source.clear();
            source.sendKeys("package p\n\nfunc f(ch chan int) {\n\tselect {\n\tcase <-ch:\n\t}\n}\n");
            ctrlEnter(driver);
            wait.until(ExpectedConditions.presenceOfElementLocated(By.id("escape-error")));
            assertTrue(driver.findElement(By.id("escape-error")).getText().contains("unsupported"));
            assertTrue(driver.findElements(By.cssSelector("#listing .diag")).isEmpty());
            assertTrue(driver.findElement(By.id("L4")).getAttribute("class").contains("error-line"));
        }
    }

    private static void ctrlEnter(WebDriver driver) {
        new Actions(driver).keyDown(Keys.CONTROL).sendKeys(Keys.ENTER).keyUp(Keys.CONTROL).perform();
    }
}
