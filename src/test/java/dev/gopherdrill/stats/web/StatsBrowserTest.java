package dev.gopherdrill.stats.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URL;
import java.time.Duration;
import java.util.List;
import java.util.Map;

import javax.sql.DataSource;

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
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;

/**
 * A learner with {@link StatsApiTest}'s seeded history opens {@code /stats} and {@code /decks} on a
 * desktop and at a phone's 390 px, in light and in dark mode: every picture is drawn with a size, the
 * page never scrolls sideways, no two labels of a picture overlap or leave it, and the text takes the
 * dark theme's colour; then the phone once more in Chinese.
 */
@QuarkusTest
@QuarkusTestResource(PostgresTestResource.class)
@BrowserTest
class StatsBrowserTest {

    @TestHTTPResource("/")
    URL root;

    @Inject
    DataSource ds;

    /** What the page looks like, measured in the browser: sizes, overflow, overlapping or escaping labels. */
    private static final String MEASURE = """
            const out = {overflow: document.documentElement.scrollWidth - document.documentElement.clientWidth,
                         svgs: [], overlaps: [], outside: [], minTextHeight: 1e9, fill: null};
            const hit = (a, b) => a.left < b.right - .5 && b.left < a.right - .5 && a.top < b.bottom - .5 && b.top < a.bottom - .5;
            for (const svg of document.querySelectorAll('svg.stats-svg, svg.meter-svg')) {
              const r = svg.getBoundingClientRect();
              out.svgs.push({id: svg.id, w: r.width, h: r.height, label: svg.getAttribute('aria-label') || ''});
              const texts = [...svg.querySelectorAll('text')].map(t => ({s: t.textContent, r: t.getBoundingClientRect()}));
              for (let i = 0; i < texts.length; i++) {
                const a = texts[i];
                out.minTextHeight = Math.min(out.minTextHeight, a.r.height);
                if (a.r.left < r.left - 1 || a.r.right > r.right + 1 || a.r.top < r.top - 1 || a.r.bottom > r.bottom + 1) {
                  out.outside.push(svg.id + ': ' + a.s);
                }
                for (let j = i + 1; j < texts.length; j++) {
                  if (hit(a.r, texts[j].r)) out.overlaps.push(svg.id + ': "' + a.s + '" / "' + texts[j].s + '"');
                }
              }
              const t = svg.querySelector('text[fill="var(--fg)"]');
              if (t && !out.fill) out.fill = getComputedStyle(t).fill;
            }
            return JSON.stringify(out);""";

    @Test
    void theStatisticsAndTheDecksRenderOnADesktopAndAPhoneInLightAndDarkWithoutOverlappingLabels() throws Exception {
        Api.Learner me = StatsApiTest.seeded(ds);
        try (HeadlessChromium browser = HeadlessChromium.start()) {
            WebDriver driver = browser.driver();
            WebDriverWait wait = new WebDriverWait(driver, Duration.ofSeconds(15));
            driver.get(root + "login");
            wait.until(ExpectedConditions.presenceOfElementLocated(By.id("username")));
            browser.keys(me.username(), Keys.TAB, Api.PASSWORD, Keys.ENTER);
            wait.until(ExpectedConditions.presenceOfElementLocated(By.id("start")));

            for (String scheme : List.of("light", "dark")) {
                ((HasCdp) driver).executeCdpCommand("Emulation.setEmulatedMedia",
                        Map.of("features", List.of(Map.of("name", "prefers-color-scheme", "value", scheme))));
                for (Dimension size : List.of(new Dimension(1280, 900), new Dimension(390, 844))) {
                    driver.manage().window().setSize(size);
                    String where = scheme + " at " + size.width + " px";
                    JsonPath stats = measure(driver, root + "stats", where);
                    assertEquals(12, stats.getList("svgs").size(), where + ": every statistic is a picture");
                    String fill = stats.getString("fill");
                    assertEquals(scheme.equals("dark") ? "rgb(232, 232, 234)" : "rgb(29, 29, 31)", fill,
                            where + ": labels take the theme's text colour");
                    wholePage(browser, "stats-" + scheme + "-" + size.width, size);
                    JsonPath decks = measure(driver, root + "decks", where);
                    assertEquals(1, decks.getList("svgs").size(), where + ": the fixture deck's mastery meter");
                    wholePage(browser, "decks-" + scheme + "-" + size.width, size);
                }
            }
            // Chinese labels are wider (a CJK character takes a full em): the phone once more in Chinese
            driver.manage().addCookie(new Cookie("lang", "zh"));
            JsonPath zh = measure(driver, root + "stats", "Chinese at 390 px");
            assertEquals(12, zh.getList("svgs").size());
            assertTrue(driver.findElement(By.id("heatmap")).getText().contains("最近 365 天"));
            measure(driver, root + "decks", "Chinese at 390 px");
            wholePage(browser, "stats-zh-390", new Dimension(390, 844));
        }
    }

    /** A screenshot of the whole page for a human to look at: the window grown to the page's height, then back. */
    private static void wholePage(HeadlessChromium browser, String name, Dimension size) {
        WebDriver driver = browser.driver();
        long height = ((Number) ((JavascriptExecutor) driver)
                .executeScript("return document.documentElement.scrollHeight")).longValue();
        driver.manage().window().setSize(new Dimension(size.width, (int) Math.min(height + 40, 8000)));
        browser.screenshot(name);
        driver.manage().window().setSize(size);
    }

    private static JsonPath measure(WebDriver driver, String url, String where) {
        driver.get(url);
        new WebDriverWait(driver, Duration.ofSeconds(15)).until(ExpectedConditions.presenceOfElementLocated(By.tagName("main")));
        JsonPath m = new JsonPath((String) ((JavascriptExecutor) driver).executeScript(MEASURE));
        String page = url.substring(url.lastIndexOf('/')) + ", " + where;
        assertTrue(m.getInt("overflow") <= 0, page + ": the page scrolls sideways by " + m.getInt("overflow") + " px");
        for (Map<String, Object> svg : m.<Map<String, Object>>getList("svgs")) {
            assertTrue(((Number) svg.get("w")).doubleValue() > 0 && ((Number) svg.get("h")).doubleValue() > 0,
                    page + ": " + svg.get("id") + " has no size");
            assertTrue(!svg.get("label").toString().isBlank(), page + ": " + svg.get("id") + " has no aria-label");
        }
        assertEquals(List.of(), m.getList("overlaps"), page + ": overlapping labels");
        assertEquals(List.of(), m.getList("outside"), page + ": labels outside their picture");
        if (!m.getList("svgs").isEmpty() && url.endsWith("stats")) {
            assertTrue(m.getDouble("minTextHeight") >= 8, page + ": smallest label " + m.getDouble("minTextHeight") + " px");
        }
        return m;
    }
}
