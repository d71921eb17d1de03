package dev.gopherdrill.simulation.web;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
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
