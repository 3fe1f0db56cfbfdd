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

/**
 * Starts the packaged service on the database the build is for (a file H2 database under the run's folder by
 * default, PostgreSQL with -Ppostgresql: NARRATIVE_LENS_TEST_PG_URL, _USER, _PASSWORD) and calls it with its API key.
 */
final class ServiceClient {

    static final ObjectMapper JSON = new ObjectMapper();
    private static final Duration START_TIMEOUT = Duration.ofSeconds(120);

    private final HttpClient http = HttpClient.newHttpClient();
    private final Path project = Path.of("").toAbsolutePath();
    private final Path runDir;
    private final String apiKey;
    private final String tenant;
    private final List<String> settings;
    private ServiceProcess service;

    /** @param settings system properties every start of the service gets, besides the model, key and database */
    ServiceClient(String name, List<String> settings) {
        // a tenant of its own per run: a shared PostgreSQL database keeps other runs' corpora
        this(name, settings, name + "-key-" + Long.toHexString(System.nanoTime()),
                "it-" + Long.toString(System.nanoTime(), 36));
    }

    private ServiceClient(String name, List<String> settings, String apiKey, String tenant) {
        this.runDir = project.resolve("target/" + name + "/" + Long.toString(System.currentTimeMillis(), 36));
        this.apiKey = apiKey;
        this.tenant = tenant;
        this.settings = settings;
    }

    /** A client of another process of the service, on the same database, with this client's key and tenant. */
    ServiceClient replica(String name, List<String> replicaSettings) {
        return new ServiceClient(name, replicaSettings, apiKey, tenant);
    }

    /** Starts (or restarts) the service; {@code name} names its log. */
    ServiceProcess start(String name) throws IOException, InterruptedException {
        List<String> properties = new ArrayList<>(settings);
        properties.add("narrative-lens.model.dir=" + project.resolve("models"));
        properties.add("narrative-lens.security.api-keys=" + apiKey + ":" + tenant);
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
        service = ServiceProcess.start(jar.toAbsolutePath(), project, properties, runDir.resolve(name + ".log"),
                START_TIMEOUT);
        return service;
    }

    String apiKey() {
        return apiKey;
    }

    ServiceProcess service() {
        return service;
    }

    /** Stops the service in an orderly way, if one is running. */
    void stop() throws InterruptedException {
        if (service != null) {
            service.stop();
        }
    }

    JsonNode get(String path) throws Exception {
        HttpResponse<String> response = send(request(path).build());
        assertEquals(200, response.statusCode(), path + ": " + response.body());
        return JSON.readTree(response.body());
    }

    JsonNode post(String path, String body, String idempotencyKey) throws Exception {
        HttpResponse<String> response = postRaw(path, body, idempotencyKey);
        assertTrue(response.statusCode() / 100 == 2, path + ": " + response.statusCode() + " " + response.body());
        return JSON.readTree(response.body());
    }

    HttpResponse<String> postRaw(String path, String body, String idempotencyKey) throws Exception {
        return send(postRequest(path, body, idempotencyKey));
    }

    HttpRequest postRequest(String path, String body, String idempotencyKey) {
        HttpRequest.Builder request = request(path).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(body));
        if (idempotencyKey != null) {
            request.header("Idempotency-Key", idempotencyKey);
        }
        return request.build();
    }

    HttpRequest.Builder request(String path) {
        return HttpRequest.newBuilder(service.uri(path)).timeout(Duration.ofSeconds(120)).header("X-API-Key", apiKey);
    }

    HttpResponse<String> send(HttpRequest request) throws IOException, InterruptedException {
        return http.send(request, HttpResponse.BodyHandlers.ofString());
    }

    HttpClient http() {
        return http;
    }

    /** Waits until the job is embedding (some passages done) or past it, and returns that state. */
    JsonNode awaitUnderway(String analysis) throws Exception {
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

    /** Polls the job until it has succeeded or failed, or the time is up; returns its last state. */
    JsonNode awaitFinished(String analysis, Duration timeout) throws Exception {
        Instant deadline = Instant.now().plus(timeout);
        JsonNode job = get(analysis);
        while (!job.path("status").asText().matches("succeeded|failed") && Instant.now().isBefore(deadline)) {
            Thread.sleep(250);
            job = get(analysis);
        }
        return job;
    }

    private static String env(String name, String fallback) {
        String value = System.getenv(name);
        return value == null || value.isBlank() ? fallback : value;
    }
}
