package dev.gopherdrill.simulation.web;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import dev.gopherdrill.simulation.Language;
import dev.gopherdrill.simulation.Simulation;
import dev.gopherdrill.simulation.SimulationLanguageTest;
import dev.gopherdrill.simulation.Text;
import dev.gopherdrill.simulation.registry.Simulations;
import dev.gopherdrill.testing.PostgresTestResource;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;

/**
 * With the UI in Chinese, every page of the playground (the list, every step of every
 * model, the escape page) shows none of the simulations' English sentences, while the
 * same pages in English do show them (so the check can fail); the API answers in the
 * language asked for and the answer does not change with it.
 */
@QuarkusTest
@QuarkusTestResource(PostgresTestResource.class)
class PlaygroundChineseTest {

    /** The page's text to check: Go source (code blocks, the editor) is code in every language and is left out. */
    private static String page(String lang, String path) {
        String html = given().cookie("lang", lang).get(path).then().statusCode(200).extract().asString();
        return unescape(html.replaceAll("(?s)<pre>.*?</pre>|<textarea.*?</textarea>", ""));
    }

    private static String unescape(String html) {
        return html.replace("&lt;", "<").replace("&gt;", ">").replace("&quot;", "\"").replace("&#39;", "'")
                .replace("&#x27;", "'").replace("&amp;", "&");
    }

    @Test
    void noEnglishSentenceOfASimulationIsLeftOnAChinesePlaygroundPage() throws Exception {
        List<String> fragments = new ArrayList<>();
        for (Text t : SimulationLanguageTest.allTexts()) {
            fragments.addAll(SimulationLanguageTest.englishFragments(t));
        }
        List<String> pages = new ArrayList<>(List.of("/playground", "/playground/escape"));
        for (Simulation sim : Simulations.all()) {
            for (long seed = 1; seed <= 3; seed++) {
                int steps = sim.question(seed, sim.defaultVersion(), Map.of()).trace().size();
                for (int step = 0; step < steps; step++) {
                    pages.add("/playground/" + sim.id() + "?seed=" + seed + "&step=" + step);
                }
            }
        }
        List<String> englishSeen = new ArrayList<>();
        for (String path : pages) {
            String zh = page("zh", path);
            for (String f : fragments) {
                assertTrue(!zh.contains(f), path + " in Chinese still says \"" + f + "\"");
            }
            String en = page("en", path);
            fragments.stream().filter(en::contains).forEach(englishSeen::add);
        }
        for (Simulation sim : Simulations.all()) {
            assertTrue(page("zh", "/playground").contains(sim.title(Language.ZH)), sim.id());
            assertTrue(englishSeen.stream().anyMatch(f -> sim.title(Language.EN).contains(f)),
                    "the English pages show " + sim.id() + "'s English title");
        }
    }

    /**
     * The escape page's own words, without what is Go's: the editor, code, the compiler's
     * diagnostics and their flow ("moved to heap: x", "x flows to ~r0 ..."), the command line
     * the intro quotes and file names.
     */
    private static String escapeFraming(String html) {
        String main = html.substring(html.indexOf("<main>"), html.indexOf("</main>"));
        String text = main.replaceAll("(?s)<textarea.*?</textarea>|<pre>.*?</pre>|<code>.*?</code>"
                + "|<a class=\"diag[^\"]*\"[^>]*>.*?</a>|<ol class=\"flow\">.*?</ol>", " ")
                .replaceAll("<[^>]+>", " ");
        return unescape(text).replace("go build -gcflags='-m -l'", " ").replaceAll("[\\w/-]+\\.md", " ");
    }

    private static String postEscape(String lang, String source) {
        String token = given().get("/playground/escape").then().statusCode(200).extract().cookie("csrf-token");
        return given().cookie("lang", lang).cookie("csrf-token", token).formParam("csrf-token", token)
                .formParam("source", source).post("/playground/escape").then().statusCode(200).extract().asString();
    }

    @Test
    void theChineseEscapePageSpeaksChineseAroundTheCompilersOwnWords() {
        Map<String, java.util.function.Function<String, String>> pages = new LinkedHashMap<>();
        for (String example : dev.gopherdrill.simulation.escape.EscapeExamples.NAMES) {
            pages.put("example " + example, lang -> given().cookie("lang", lang)
                    .get("/playground/escape?example=" + example).then().statusCode(200).extract().asString());
        }
        pages.put("a file Go rejects", lang -> postEscape(lang, "package p\n\nfunc f() {\n\tx := 1\n}\n"));
        pages.put("a construct outside the subset",
                lang -> postEscape(lang, "package p\n\nfunc f(ch chan int) {\n\tselect {\n\tcase <-ch:\n\t}\n}\n"));
        pages.put("a file too long", lang -> postEscape(lang, "package p\n" + "// padding\n".repeat(4_000)));
        for (var page : pages.entrySet()) {
            String zh = escapeFraming(page.getValue().apply("zh"));
            var prose = SimulationLanguageTest.PROSE.matcher(zh);
            String english = prose.find() ? prose.group() : null;
            assertNull(english, page.getKey() + " in Chinese still says \"" + english + "\" in: " + zh);
            assertTrue(SimulationLanguageTest.PROSE.matcher(escapeFraming(page.getValue().apply("en"))).find(),
                    page.getKey() + " in English has English sentences, so the check can fail");
        }
        String rejected = postEscape("zh", "package p\n\nfunc f() {\n\tx := 1\n}\n");
        assertTrue(rejected.contains("Go 不会编译这个文件") && rejected.contains("declared but not used"),
                "the compiler's error stays in Go's words beside its Chinese framing: " + rejected);
        assertTrue(postEscape("zh", "package p\n" + "// padding\n".repeat(4_000)).contains("文件有 44010 个字符；分析器最多接受 40000 个"));
    }

    @Test
    void theApiWritesInTheLanguageAskedForAndTheAnswerStaysTheSame() {
        String body = "{\"seed\":42,\"goVersion\":\"1.19\"}";
        Response en = given().contentType("application/json").body(body).post("/api/simulations/slice.append/questions");
        Response zh = given().contentType("application/json").body(body)
                .post("/api/simulations/slice.append/questions?lang=zh");
        Response header = given().contentType("application/json").header("Accept-Language", "zh-CN,zh;q=0.9")
                .body(body).post("/api/simulations/slice.append/questions");
        assertEquals(200, zh.statusCode());
        assertEquals(en.path("answer").toString(), zh.path("answer").toString());
        assertTrue(en.path("question").toString().contains("What does it print"), en.asString());
        assertTrue(zh.path("question").toString().contains("它打印什么"), zh.asString());
        assertEquals(zh.path("question").toString(), header.path("question").toString());
        assertTrue(given().get("/api/simulations?lang=zh").then().statusCode(200).extract().asString()
                .contains("切片扩容"));
        given().contentType("application/json").body(body).post("/api/simulations/slice.append/questions?lang=fr")
                .then().statusCode(400).contentType("application/problem+json")
                .body(org.hamcrest.Matchers.containsString("lang"));
    }
}
