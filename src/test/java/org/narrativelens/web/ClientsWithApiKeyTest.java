package org.narrativelens.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.narrativelens.batch.BatchCommand;
import org.narrativelens.security.TenantKeysProfile;
import org.openqa.selenium.By;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.WebDriverWait;

/** The batch command and the map page where the service requires an API key. */
@QuarkusTest
@TestProfile(TenantKeysProfile.class)
class ClientsWithApiKeyTest {

    static final String KEY = TenantKeysProfile.NEWSROOM_KEY;

    @TestHTTPResource("/")
    URL server;

    @Test
    void theBatchCommandSendsTheKeyAndThePageAsksForIt() throws Exception {
        Path out = Path.of("target/batch-test/with-key-" + UUID.randomUUID());
        String[] args = {"--server", server.toString(), "--input", "src/test/resources/batch/riverton",
                "--corpus", "with key", "--out", out.toString(), "--poll", "0.2"};

        ByteArrayOutputStream refused = new ByteArrayOutputStream();
        assertEquals(1, new BatchCommand(new PrintStream(new ByteArrayOutputStream()), new PrintStream(refused, true,
                StandardCharsets.UTF_8)).run(args, Map.of()));
        assertTrue(refused.toString(StandardCharsets.UTF_8).contains("HTTP 401"), refused.toString());

        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int exit = new BatchCommand(new PrintStream(new ByteArrayOutputStream()), new PrintStream(err, true,
                StandardCharsets.UTF_8)).run(args, Map.of("NARRATIVE_LENS_API_KEY", KEY));
        assertEquals(0, exit, err.toString(StandardCharsets.UTF_8));
        String analysis = new ObjectMapper().readTree(out.resolve("analysis.json").toFile()).path("id").asText();

        if (!Chromium.installed()) {
            return;  // the batch half ran; the page half needs Chromium (MapPageTest covers the page itself)
        }
        ChromeDriver browser = Chromium.start(Path.of("target/chromium-profile-" + UUID.randomUUID()));
        try {
            browser.get(server + "map.html?analysis=" + analysis);
            WebDriverWait wait = new WebDriverWait(browser, Duration.ofSeconds(60));
            wait.until(b -> "error".equals(b.findElement(By.tagName("body")).getAttribute("data-state")));
            assertTrue(browser.findElement(By.id("api-key")).isDisplayed(), "the page asks for the key");
            assertTrue(!browser.findElement(By.id("map")).isDisplayed(), "nothing is drawn without data");
            browser.findElement(By.id("api-key")).sendKeys(KEY);
            browser.findElement(By.cssSelector("#pick button")).click();
            wait.until(b -> "ready".equals(b.findElement(By.tagName("body")).getAttribute("data-state")));
            assertEquals(6, browser.findElements(By.cssSelector("#sources tbody tr")).size());
        } finally {
            browser.quit();
        }
    }
}
