package org.narrativelens.web;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import java.io.IOException;
import java.io.InputStream;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.WebDriverWait;

/** The narrative map page in headless Chromium against the running service: what it shows, and a screenshot. */
@QuarkusTest
class MapPageTest {

    static final Path SCREENSHOT = Path.of("target/screenshots/narrative-map.png");

    @TestHTTPResource("/")
    URL server;

    @Test
    void showsSourcesFramesTimelineAndHighlightsEvidenceOnClick() throws IOException {
        Assumptions.assumeTrue(Chromium.installed(), "Chromium and ChromeDriver are not installed (apt-get install chromium chromium-driver)");
        JsonPath analysis = analyseRiverton();
        JsonPath result = JsonPath.from(analysis.prettify()).setRootPath("result");

        ChromeDriver browser = Chromium.start(Path.of("target/chromium-profile-" + UUID.randomUUID()));
        try {
            browser.get(server + "map.html?analysis=" + analysis.getString("id"));
            WebDriverWait wait = new WebDriverWait(browser, Duration.ofSeconds(60));
            wait.until(b -> !"loading".equals(b.findElement(By.tagName("body")).getAttribute("data-state")));
            assertEquals("ready", browser.findElement(By.tagName("body")).getAttribute("data-state"),
                    browser.findElement(By.id("status")).getText());

            List<String> rows = browser.findElements(By.cssSelector("#sources tbody tr")).stream()
                    .map(row -> row.getAttribute("data-source")).toList();
            assertEquals(result.getList("sources.source", String.class).stream().sorted().toList(),
                    rows.stream().sorted().toList());
            String chart = browser.findElement(By.id("axis-chart")).getAttribute("innerHTML");
            for (String source : rows) {
                assertTrue(chart.contains(source), "the axis chart names " + source);
            }
            assertTrue(browser.findElement(By.id("pole-a")).getText().contains("safety"));
            assertTrue(browser.findElement(By.id("pole-b")).getText().contains("burden"));
            String frames = browser.findElement(By.id("frame-cards")).getText();
            for (String label : result.getList("frames.label", String.class)) {
                assertTrue(frames.contains(label), "frame card for " + label);
            }
            assertTrue(frames.contains(result.getString("frames[0].keyphrases[0]")), "keyphrases are shown");
            List<String> narratives = result.getList("narratives.label", String.class);
            assertFalse(narratives.isEmpty(), "the Riverton articles tell narratives");
            String narrativeTable = browser.findElement(By.id("narrative-table")).getText();
            assertTrue(narrativeTable.contains(narratives.get(0)), "narrative " + narratives.get(0) + " is shown");
            List<String> cast = result.getList("entities.findAll { it.roles.hero != 0 || it.roles.villain != 0"
                    + " || it.roles.victim != 0 }.name", String.class);
            assertFalse(cast.isEmpty(), "the Riverton articles cast someone in a role");
            assertTrue(browser.findElement(By.id("role-table")).getText().contains(cast.get(0)),
                    "roles of " + cast.get(0) + " are shown");
            assertTrue(browser.findElement(By.id("timeline")).isDisplayed(), "the fixture's dates give a timeline");
            assertFalse(browser.findElement(By.cssSelector("#time-chart svg")).getAttribute("innerHTML").isEmpty());

            browser.findElement(By.cssSelector("#sources tr[data-source='cycling-times']")).click();
            wait.until(b -> "ready".equals(b.findElement(By.id("evidence")).getAttribute("data-state")));
            List<WebElement> marks = browser.findElements(By.cssSelector("#evidence mark.evidence"));
            List<Map<String, Object>> evidence = result.getList("sources.find { it.source == 'cycling-times' }.evidence");
            assertEquals(evidence.size(), marks.size(), "every evidence passage is highlighted once");
            List<String> marked = marks.stream().map(m -> m.getAttribute("textContent")).toList();
            for (Map<String, Object> passage : evidence) {
                assertTrue(marked.contains((String) passage.get("text")), "highlighted: " + passage.get("text"));
            }
            assertTrue(browser.findElement(By.id("evidence-title")).getText().contains("cycling-times"));

            Files.createDirectories(SCREENSHOT.getParent());
            Files.copy(browser.getScreenshotAs(OutputType.FILE).toPath(), SCREENSHOT, StandardCopyOption.REPLACE_EXISTING);
        } finally {
            browser.quit();
        }
    }

    @Test
    void theChartingLibraryIsServedByTheServiceItself() {
        given().get("/webjars/echarts/5.3.1/dist/echarts.min.js").then().statusCode(200)
                .body(org.hamcrest.Matchers.containsString("echarts"));
        String page = given().get("/map.html").then().statusCode(200).extract().asString();
        assertFalse(page.contains("http://") || page.contains("https://"), "the page loads nothing from elsewhere");
    }

    private static JsonPath analyseRiverton() throws IOException {
        String corpus = given().contentType(ContentType.JSON).body("{\"name\": \"map page\"}")
                .post("/v1/corpora").then().statusCode(201).extract().path("id");
        given().contentType(ContentType.JSON).body(resource("/fixtures/riverton-bike-lane.json"))
                .post("/v1/corpora/" + corpus + "/documents").then().statusCode(200);
        return given().contentType(ContentType.JSON).body(resource("/fixtures/riverton-frames.json"))
                .post("/v1/corpora/" + corpus + "/analyses?wait=true")
                .then().statusCode(200).extract().jsonPath();
    }

    private static String resource(String path) throws IOException {
        try (InputStream in = MapPageTest.class.getResourceAsStream(path)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }
}
