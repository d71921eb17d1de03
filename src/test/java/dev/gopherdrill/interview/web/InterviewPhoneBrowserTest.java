package dev.gopherdrill.interview.web;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URL;
import java.time.Duration;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Cookie;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
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

/** The interview history's trend chart on a 390 px phone: inside the screen, its labels readable. */
@QuarkusTest
@QuarkusTestResource(PostgresTestResource.class)
@BrowserTest
class InterviewPhoneBrowserTest {

    @TestHTTPResource("/")
    URL root;

    @Test
    void theHistoryTrendChartFitsA390PxPhoneWithReadableLabels() throws Exception {
        Api.Learner me = Api.newLearner();
        for (long seed = 1; seed <= 2; seed++) {
            // one finished interview per seed, every question answered
            var started = InterviewApiTest.start(me, InterviewApiTest.settings(seed, false));
            InterviewApiTest.answerAll(me, started.getLong("id"), started);
        }
        try (HeadlessChromium browser = HeadlessChromium.start()) {
            WebDriver driver = browser.driver();
            driver.get(root + "login");
            me.cookies().asList().forEach(c -> driver.manage().addCookie(new Cookie(c.getName(), c.getValue(), "/")));
            driver.manage().window().setSize(new Dimension(390, 844));
            driver.get(root + "interview/history");
            new WebDriverWait(driver, Duration.ofSeconds(15))
                    .until(ExpectedConditions.presenceOfElementLocated(By.cssSelector(".trend-chart svg")));
            browser.screenshot("interview-history-390");
            @SuppressWarnings("unchecked")
            Map<String, Object> m = (Map<String, Object>) ((JavascriptExecutor) driver).executeScript("""
                    const svg = document.querySelector('.trend-chart svg');
                    const r = svg.getBoundingClientRect();
                    // a label's size on screen: its font size in picture units times the picture's scale
                    const scale = r.width / svg.viewBox.baseVal.width;
                    const texts = [...svg.querySelectorAll('text')]
                        .map(t => parseFloat(t.getAttribute('font-size')) * scale);
                    return { viewport: document.documentElement.clientWidth,
                             scroll: document.documentElement.scrollWidth,
                             left: r.left, right: r.right, smallestLabel: Math.min(...texts) };""");
            double viewport = ((Number) m.get("viewport")).doubleValue();
            assertTrue(((Number) m.get("scroll")).doubleValue() <= viewport, "the page scrolls sideways: " + m);
            assertTrue(((Number) m.get("left")).doubleValue() >= 0, m.toString());
            assertTrue(((Number) m.get("right")).doubleValue() <= viewport, "the chart overflows: " + m);
            // 11 px is about the smallest label a phone shows legibly
            assertTrue(((Number) m.get("smallestLabel")).doubleValue() >= 11, "labels too small: " + m);
        }
    }
}
