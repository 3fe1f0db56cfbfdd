package org.narrativelens.jobs;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
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

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Duration START_TIMEOUT = Duration.ofSeconds(120);
    /** Short leases, so that the restarted process takes the abandoned job over within seconds. */
    private static final List<String> JOB_SETTINGS = List.of("narrative-lens.analysis.lease=5s",
            "narrative-lens.analysis.heartbeat=1s", "narrative-lens.analysis.poll-interval=500ms",
            "narrative-lens.analysis.workers=1");

    /** The packaged service refuses to start without an API key. */
    private static final String API_KEY = "crash-test-key-" + Long.toHexString(System.nanoTime());

    private final HttpClient http = HttpClient.newHttpClient();
    private final Path project = Path.of("").toAbsolutePath();
    private final String run = Long.toString(System.currentTimeMillis(), 36);
    private final Path runDir = project.resolve("target/crash-it/" + run);
    private ServiceProcess service;

    @AfterEach
    void stopService() throws InterruptedException {
        if (service != null) {
            service.stop();
        }
    }

    @Test
    void killedMidAnalysisAndMidIngestionTheRestartedServiceLosesNothing() throws Exception {
        service = start("first");
        String corpus = post("/v1/corpora", "{\"name\": \"harbour\"}", null).path("id").asText();
        String firstBatch = InventedNews.batch(run, 1, 40, 10);
        JsonNode accepted = post("/v1/corpora/" + corpus + "/documents", firstBatch, "batch-1");
        assertEquals(40, accepted.path("accepted").asInt(), accepted.toString());
        int passages = get("/v1/corpora/" + corpus).path("passages").asInt();

        HttpResponse<String> submitted = send(request("/v1/corpora/" + corpus + "/analyses")
                .POST(HttpRequest.BodyPublishers.ofString("{\"options\": {\"bootstrapSamples\": 50, "
                        + "\"permutations\": 50}}")).header("Content-Type", "application/json").build());
        assertEquals(202, submitted.statusCode(), submitted.body());
        String location = submitted.headers().firstValue("Location").orElseThrow();
        String analysis = location.substring(location.indexOf("/v1/analyses/"));

        JsonNode midway = awaitEmbeddingUnderway(analysis);
        // a second batch is on its way in when the process dies
        String secondBatch = InventedNews.batch(run, 2, 20, 10);
        CompletableFuture<HttpResponse<String>> inFlight = http.sendAsync(request("/v1/corpora/" + corpus
                        + "/documents").header("Content-Type", "application/json")
                .header("Idempotency-Key", "batch-2").POST(HttpRequest.BodyPublishers.ofString(secondBatch)).build(),
                HttpResponse.BodyHandlers.ofString());
        // and the last answer the client got comes just before the kill: it must not be lost
        JsonNode lastAnswer = post("/v1/corpora/" + corpus + "/documents", InventedNews.batch(run, 3, 2, 3), "batch-3");
        service.kill();
        assertEquals(2, lastAnswer.path("accepted").asInt(), lastAnswer.toString());
        boolean ingestionAnswered = inFlight.handle((response, failure) -> failure == null).get();
        System.out.printf("killed at %s %d/%d passages; the second batch was %s%n",
                midway.at("/progress/stage").asText(), midway.at("/progress/done").asInt(),
                midway.at("/progress/total").asInt(), ingestionAnswered ? "answered before the kill" : "in flight");

        service = start("second");
        assertEquals(200, send(request(analysis).build()).statusCode(), "the accepted analysis survived");
        assertEquals(42, get("/v1/corpora/" + corpus).path("documents").asInt(),
                "every batch acknowledged before the kill survived, the last one too");
        HttpResponse<String> retried = postRaw("/v1/corpora/" + corpus + "/documents", secondBatch, "batch-2");
        assertEquals(200, retried.statusCode(), retried.body());
        JsonNode retriedReport = JSON.readTree(retried.body());
        assertEquals(20, retriedReport.path("accepted").asInt() + retriedReport.path("duplicates").asInt());
        HttpResponse<String> again = postRaw("/v1/corpora/" + corpus + "/documents", secondBatch, "batch-2");
        assertEquals(retried.body(), again.body(), "a second retry gets the stored answer");
        assertEquals("true", again.headers().firstValue("Idempotent-Replayed").orElse(""));
        assertEquals(62, get("/v1/corpora/" + corpus).path("documents").asInt(), "every document exactly once");

        JsonNode finished = awaitFinished(analysis, Duration.ofSeconds(150));
        assertEquals("succeeded", finished.path("status").asText(), finished.toString());
        assertTrue(finished.path("attempts").asInt() >= 2, "re-run after the kill: " + finished.path("attempts"));
        assertEquals("done", finished.at("/progress/stage").asText());
        int analysed = finished.at("/progress/total").asInt();
        assertTrue(analysed >= passages, "analysed " + analysed + " of at least " + passages + " passages");
        assertEquals(analysed, finished.at("/progress/done").asInt());
        assertFalse(finished.at("/result/sources").isEmpty(), "a result with sources");
        assertEquals(List.of("succeeded"), eventNames(analysis), "a finished job's stream: its final state at once");
    }

    private ServiceProcess start(String name) throws IOException, InterruptedException {
        List<String> properties = new ArrayList<>(JOB_SETTINGS);
        properties.add("narrative-lens.model.dir=" + project.resolve("models"));
        properties.add("narrative-lens.security.api-keys=" + API_KEY + ":crash-test");
        if ("postgresql".equals(System.getProperty("narrative-lens.it.database", "h2"))) {
            properties.add("quarkus.datasource.jdbc.url=" + env("NARRATIVE_LENS_TEST_PG_URL",
                    "jdbc:postgresql://localhost:5432/narrative_lens_test"));
            properties.add("quarkus.datasource.username=" + env("NARRATIVE_LENS_TEST_PG_USER", "narrative_lens"));
            properties.add("quarkus.datasource.password=" + env("NARRATIVE_LENS_TEST_PG_PASSWORD", "narrative_lens"));
        } else {
            properties.add("narrative-lens.data-dir=" + runDir.resolve("data"));
        }
        Path jar = Path.of(System.getProperty("narrative-lens.it.jar", "target/quarkus-app/quarkus-run.jar"));
        assertTrue(Files.isRegularFile(jar), "the packaged service " + jar + " (mvn package builds it)");
        return ServiceProcess.start(jar.toAbsolutePath(), project, properties, runDir.resolve(name + ".log"),
                START_TIMEOUT);
    }

    /** Waits until the job is embedding (some passages done) or past it, and returns that state. */
    private JsonNode awaitEmbeddingUnderway(String analysis) throws Exception {
        Instant deadline = Instant.now().plus(Duration.ofSeconds(120));
        while (Instant.now().isBefore(deadline)) {
            JsonNode job = get(analysis);
            String stage = job.at("/progress/stage").asText();
            assertFalse(job.path("status").asText().equals("succeeded") || job.path("status").asText().equals("failed"),
                    "the analysis ended before it could be interrupted; make the corpus larger: " + job);
            if (stage.equals("analysing") || stage.equals("embedding") && job.at("/progress/done").asInt() > 0) {
                return job;
            }
            Thread.sleep(50);
        }
        throw new AssertionError("the analysis never got under way:\n" + service.logTail());
    }

    private JsonNode awaitFinished(String analysis, Duration timeout) throws Exception {
        Instant deadline = Instant.now().plus(timeout);
        JsonNode job = get(analysis);
        while (!job.path("status").asText().matches("succeeded|failed") && Instant.now().isBefore(deadline)) {
            Thread.sleep(250);
            job = get(analysis);
        }
        return job;
    }

    private List<String> eventNames(String analysis) throws Exception {
        HttpResponse<String> stream = send(request(analysis + "/events").header("Accept", "text/event-stream")
                .timeout(Duration.ofSeconds(20)).build());
        return stream.body().lines().filter(line -> line.startsWith("event:"))
                .map(line -> line.substring("event:".length()).strip()).toList();
    }

    private JsonNode get(String path) throws Exception {
        HttpResponse<String> response = send(request(path).build());
        assertEquals(200, response.statusCode(), path + ": " + response.body());
        return JSON.readTree(response.body());
    }

    private JsonNode post(String path, String body, String idempotencyKey) throws Exception {
        HttpResponse<String> response = postRaw(path, body, idempotencyKey);
        assertTrue(response.statusCode() / 100 == 2, path + ": " + response.statusCode() + " " + response.body());
        return JSON.readTree(response.body());
    }

    private HttpResponse<String> postRaw(String path, String body, String idempotencyKey) throws Exception {
        HttpRequest.Builder request = request(path).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(body));
        if (idempotencyKey != null) {
            request.header("Idempotency-Key", idempotencyKey);
        }
        return send(request.build());
    }

    private HttpRequest.Builder request(String path) {
        return HttpRequest.newBuilder(service.uri(path)).timeout(Duration.ofSeconds(120)).header("X-API-Key", API_KEY);
    }

    private HttpResponse<String> send(HttpRequest request) throws IOException, InterruptedException {
        return http.send(request, HttpResponse.BodyHandlers.ofString());
    }

    private static String env(String name, String fallback) {
        String value = System.getenv(name);
        return value == null || value.isBlank() ? fallback : value;
    }
}
