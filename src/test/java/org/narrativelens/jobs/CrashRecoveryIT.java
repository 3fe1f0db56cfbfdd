package org.narrativelens.jobs;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * kill -9 of the packaged service in the middle of an analysis and of an ingestion request, then a restart on the
 * same database: the analysis is re-run by the new process and succeeds, and the retried ingestion with its
 * Idempotency-Key stores every document exactly once. Runs on the database the build is for: a file H2 database
 * by default, PostgreSQL with -Ppostgresql (NARRATIVE_LENS_TEST_PG_URL, _USER, _PASSWORD).
 */
class CrashRecoveryIT {

    /** Short leases, so that the restarted process takes the abandoned job over within seconds. */
    private static final List<String> JOB_SETTINGS = List.of("narrative-lens.analysis.lease=5s",
            "narrative-lens.analysis.heartbeat=1s", "narrative-lens.analysis.poll-interval=500ms",
            "narrative-lens.analysis.workers=1");

    private final ServiceClient client = new ServiceClient("crash-it", JOB_SETTINGS);
    private final String run = Long.toString(System.currentTimeMillis(), 36);

    @AfterEach
    void stopService() throws InterruptedException {
        client.stop();
    }

    @Test
    void killedMidAnalysisAndMidIngestionTheRestartedServiceLosesNothing() throws Exception {
        client.start("first");
        String corpus = client.post("/v1/corpora", "{\"name\": \"harbour\"}", null).path("id").asText();
        String firstBatch = InventedNews.batch(run, 1, 40, 10);
        JsonNode accepted = client.post("/v1/corpora/" + corpus + "/documents", firstBatch, "batch-1");
        assertEquals(40, accepted.path("accepted").asInt(), accepted.toString());
        int passages = client.get("/v1/corpora/" + corpus).path("passages").asInt();

        HttpResponse<String> submitted = client.send(client.request("/v1/corpora/" + corpus + "/analyses")
                .POST(HttpRequest.BodyPublishers.ofString("{\"options\": {\"bootstrapSamples\": 50, "
                        + "\"permutations\": 50}}")).header("Content-Type", "application/json").build());
        assertEquals(202, submitted.statusCode(), submitted.body());
        String location = submitted.headers().firstValue("Location").orElseThrow();
        String analysis = location.substring(location.indexOf("/v1/analyses/"));

        JsonNode midway = client.awaitUnderway(analysis);
        // a second batch is on its way in when the process dies
        String secondBatch = InventedNews.batch(run, 2, 20, 10);
        CompletableFuture<HttpResponse<String>> inFlight = client.http().sendAsync(
                client.postRequest("/v1/corpora/" + corpus + "/documents", secondBatch, "batch-2"),
                HttpResponse.BodyHandlers.ofString());
        // and the last answer the client got comes just before the kill: it must not be lost
        JsonNode lastAnswer = client.post("/v1/corpora/" + corpus + "/documents", InventedNews.batch(run, 3, 2, 3),
                "batch-3");
        client.service().kill();
        assertEquals(2, lastAnswer.path("accepted").asInt(), lastAnswer.toString());
        boolean ingestionAnswered = inFlight.handle((response, failure) -> failure == null).get();
        System.out.printf("killed at %s %d/%d passages; the second batch was %s%n",
                midway.at("/progress/stage").asText(), midway.at("/progress/done").asInt(),
                midway.at("/progress/total").asInt(), ingestionAnswered ? "answered before the kill" : "in flight");

        client.start("second");
        assertEquals(200, client.send(client.request(analysis).build()).statusCode(),
                "the accepted analysis survived");
        assertEquals(42, client.get("/v1/corpora/" + corpus).path("documents").asInt(),
                "every batch acknowledged before the kill survived, the last one too");
        HttpResponse<String> retried = client.postRaw("/v1/corpora/" + corpus + "/documents", secondBatch,
                "batch-2");
        assertEquals(200, retried.statusCode(), retried.body());
        JsonNode retriedReport = ServiceClient.JSON.readTree(retried.body());
        assertEquals(20, retriedReport.path("accepted").asInt() + retriedReport.path("duplicates").asInt());
        HttpResponse<String> again = client.postRaw("/v1/corpora/" + corpus + "/documents", secondBatch, "batch-2");
        assertEquals(retried.body(), again.body(), "a second retry gets the stored answer");
        assertEquals("true", again.headers().firstValue("Idempotent-Replayed").orElse(""));
        assertEquals(62, client.get("/v1/corpora/" + corpus).path("documents").asInt(), "every document exactly once");

        JsonNode finished = client.awaitFinished(analysis, Duration.ofSeconds(150));
        assertEquals("succeeded", finished.path("status").asText(), finished.toString());
        assertTrue(finished.path("attempts").asInt() >= 2, "re-run after the kill: " + finished.path("attempts"));
        assertEquals("done", finished.at("/progress/stage").asText());
        int analysed = finished.at("/progress/total").asInt();
        assertTrue(analysed >= passages, "analysed " + analysed + " of at least " + passages + " passages");
        assertEquals(analysed, finished.at("/progress/done").asInt());
        assertFalse(finished.at("/result/sources").isEmpty(), "a result with sources");
        assertEquals(List.of("succeeded"), eventNames(analysis), "a finished job's stream: its final state at once");
    }

    private List<String> eventNames(String analysis) throws Exception {
        HttpResponse<String> stream = client.send(client.request(analysis + "/events")
                .header("Accept", "text/event-stream")
                .timeout(Duration.ofSeconds(20)).build());
        return stream.body().lines().filter(line -> line.startsWith("event:"))
                .map(line -> line.substring("event:".length()).strip()).toList();
    }
}
