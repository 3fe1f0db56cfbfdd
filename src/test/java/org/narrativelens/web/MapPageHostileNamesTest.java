package org.narrativelens.web;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import java.io.IOException;
import java.io.InputStream;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.UUID;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.WebDriverWait;

/** Hostile input: source and speaker names that are markup are shown as text on the map page, and no script runs. */
@QuarkusTest
class MapPageHostileNamesTest {

    /** Each sets window.pwned if the browser ever parses it as markup. */
    static final String IMG_SOURCE = "<img src=x onerror=window.pwned='source'>";
    static final String SCRIPT_SOURCE = "<script>window.pwned='script'</script>";
    static final String SVG_SPEAKER = "<svg onload=window.pwned='speaker'>";
    static final String IMG_QUOTER = "<img src=y onerror=window.pwned='quoter'>";

    @TestHTTPResource("/")
    URL server;

    @Test
    void thePageIsServedWithAPolicyForbiddingInlineScriptAndIsRevalidated() {
        Response page = given().get("/map.html").then().statusCode(200).extract().response();
        String policy = page.header("Content-Security-Policy");
        assertTrue(policy.contains("script-src 'self'"), policy);
        assertFalse(policy.contains("unsafe-inline'; img") && policy.contains("script-src 'self' 'unsafe-inline'"), policy);
        assertEquals("no-cache", page.header("Cache-Control"));
        assertEquals("no-cache", given().get("/map/map.js").then().statusCode(200).extract().header("Cache-Control"));
    }

    @Test
    void hostileNamesAreShownAsTextInTablesAndTooltipsAndNoScriptRuns() throws IOException {
        Assumptions.assumeTrue(Chromium.installed(), "Chromium and ChromeDriver are not installed (apt-get install chromium chromium-driver)");
        String analysis = analyseWithHostileSources();
        ChromeDriver browser = Chromium.start(Path.of("target/chromium-profile-" + UUID.randomUUID()));
        try {
            browser.get(server + "map.html?analysis=" + analysis);
            WebDriverWait wait = new WebDriverWait(browser, Duration.ofSeconds(60));
            wait.until(b -> !"loading".equals(b.findElement(By.tagName("body")).getAttribute("data-state")));
            assertEquals("ready", browser.findElement(By.tagName("body")).getAttribute("data-state"),
                    browser.findElement(By.id("status")).getText());
            String table = browser.findElement(By.cssSelector("#sources tbody")).getText();
            assertTrue(table.contains(IMG_SOURCE) && table.contains(SCRIPT_SOURCE), table);

            String sourceTips = showEveryTooltip(browser, "axis-chart");
            assertTrue(sourceTips.contains(IMG_SOURCE) && sourceTips.contains(SCRIPT_SOURCE), sourceTips);
            showEveryTooltip(browser, "time-chart");

            // Speaker names come from the text's own words; the page must hold whatever a future finder returns.
            browser.executeScript("state.result.speakers = [{name: arguments[0], stance: 0.2,"
                    + " interval: {low: 0.1, high: 0.3}, passages: 2, sources: [{source: arguments[1], passages: 2}]}];"
                    + " render();", SVG_SPEAKER, IMG_QUOTER);
            String speakerTips = showEveryTooltip(browser, "speaker-chart");
            assertTrue(speakerTips.contains("quoted by " + IMG_QUOTER + " (2)"), speakerTips);
            assertFalse(speakerTips.contains("[object Object]"), speakerTips);
            assertTrue(browser.findElement(By.cssSelector("#speaker-table tbody")).getText().contains(SVG_SPEAKER));

            Thread.sleep(500); // an injected image's error event would fire by now
            assertNull(browser.executeScript("return window.pwned === undefined ? null : String(window.pwned);"),
                    "a name was run as script");
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } finally {
            browser.quit();
        }
    }

    /** Shows the tooltip of every data point of the chart's series and returns what the tooltips said, as text. */
    private static String showEveryTooltip(ChromeDriver browser, String chart) {
        return (String) browser.executeScript("""
                const chart = echarts.getInstanceByDom(document.getElementById(arguments[0]));
                let text = '';
                chart.getOption().series.forEach((series, s) => series.data.forEach((_, i) => {
                  chart.dispatchAction({type: 'showTip', seriesIndex: s, dataIndex: i});
                  text += document.getElementById(arguments[0]).textContent + '\\n';
                }));
                return text;""", chart);
    }

    private static String analyseWithHostileSources() throws IOException {
        String corpus = given().contentType(ContentType.JSON).body("{\"name\": \"hostile map\"}")
                .post("/v1/corpora").then().statusCode(201).extract().path("id");
        String documents = resource("/fixtures/riverton-bike-lane.json")
                .replace("\"cycling-times\"", json(IMG_SOURCE)).replace("\"green-streets\"", json(SCRIPT_SOURCE));
        given().contentType(ContentType.JSON).body(documents)
                .post("/v1/corpora/" + corpus + "/documents").then().statusCode(200);
        return given().contentType(ContentType.JSON).body(resource("/fixtures/riverton-frames.json"))
                .post("/v1/corpora/" + corpus + "/analyses?wait=true")
                .then().statusCode(200).extract().path("id");
    }

    private static String json(String value) {
        return "\"" + value.replace("\"", "\\\"") + "\"";
    }

    private static String resource(String path) throws IOException {
        try (InputStream in = MapPageHostileNamesTest.class.getResourceAsStream(path)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }
}
