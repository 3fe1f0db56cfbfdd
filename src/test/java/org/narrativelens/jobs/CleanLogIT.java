package org.narrativelens.jobs;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.net.http.HttpRequest;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * The packaged service's log holds no warning and no error through a start on a fresh database, an analysis, and
 * malformed bodies refused early (streamed and with Content-Length): issue 15's noisy start-up (H2's failed
 * {@code HTE_passage} table, CUDA probes, Flyway's version notice) and the "Response has already been written" error.
 */
class CleanLogIT {

    private final ServiceClient client = new ServiceClient("clean-log-it", List.of());

    @AfterEach
    void stopService() throws InterruptedException {
        client.stop();
    }

    @Test
    void aStartAnAnalysisAndEarlyRefusalsLogNoWarningOrError() throws Exception {
        ServiceProcess service = client.start("clean");
        String run = Long.toString(System.currentTimeMillis(), 36);
        String corpus = client.post("/v1/corpora", "{\"name\": \"clean log\"}", null).path("id").asText();
        client.post("/v1/corpora/" + corpus + "/documents", InventedNews.batch(run, 1, 20, 4), null);
        String analysis = "/v1/analyses/" + client.post("/v1/corpora/" + corpus + "/analyses", "{}", null)
                .path("id").asText();
        assertEquals("succeeded", client.awaitFinished(analysis, Duration.ofSeconds(150)).path("status").asText());

        byte[] malformed = ("[{\"source\": " + "x".repeat(5_000_000)).getBytes(StandardCharsets.US_ASCII);
        String documents = "/v1/corpora/" + corpus + "/documents";
        HttpRequest streamed = client.request(documents).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofInputStream(() -> new ByteArrayInputStream(malformed))).build();
        assertEquals(400, client.send(streamed).statusCode());
        HttpRequest sized = client.request(documents).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofByteArray(malformed)).build();
        assertEquals(400, client.send(sized).statusCode());

        List<String> noisy = service.logLines().stream().filter(line -> line.contains("\"level\":\"WARN")
                || line.contains("\"level\":\"ERROR") || line.matches(".* (WARN|ERROR) .*")).toList();
        assertEquals(List.of(), noisy, "warnings or errors in the service's log");
        assertTrue(service.logLines().stream().anyMatch(line -> line.contains("statement parser loaded in")),
                "the service loads the statement parser when it starts");
    }
}
