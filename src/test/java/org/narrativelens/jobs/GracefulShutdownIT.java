package org.narrativelens.jobs;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * SIGTERM of the packaged service while a large ingestion request is in flight and an analysis is embedding: the
 * process exits in order (status 143, no native crash: see StopSignals), readiness
 * turns DOWN at once, the request in flight finishes with every document stored, and after a restart the analysis
 * runs to the end. Runs on the database the build is for, as {@link CrashRecoveryIT}.
 */
class GracefulShutdownIT {

    /** Short leases, so that the restarted process takes over a job the stopped one left running. */
    private final ServiceClient client = new ServiceClient("shutdown-it", List.of("narrative-lens.analysis.lease=5s",
            "narrative-lens.analysis.heartbeat=1s", "narrative-lens.analysis.poll-interval=500ms"));
    private final String run = Long.toString(System.currentTimeMillis(), 36);

    @AfterEach
    void stopService() throws InterruptedException {
        client.stop();
    }

    @Test
    void aStoppedServiceFinishesWhatItAcceptedAndResumesItsQueueAfterARestart() throws Exception {
        ServiceProcess first = client.start("first");
        String corpus = client.post("/v1/corpora", "{\"name\": \"ferry\"}", null).path("id").asText();
        // The request in flight fills a corpus of its own, so that the resumed job analyses the 40 documents it was
        // started on: in the analysed corpus, its 1,000 documents made the resumed job run for minutes (statements
        // included) on a busy 2-core machine, which is not what this test is about.
        String inbox = client.post("/v1/corpora", "{\"name\": \"ferry inbox\"}", null).path("id").asText();
        client.post("/v1/corpora/" + corpus + "/documents", InventedNews.batch(run, 1, 40, 10), null);
        String analysis = "/v1/analyses/" + client.post("/v1/corpora/" + corpus + "/analyses",
                "{\"options\": {\"bootstrapSamples\": 50, \"permutations\": 50}}", null).path("id").asText();
        client.awaitUnderway(analysis);

        CompletableFuture<HttpResponse<String>> inFlight = client.http().sendAsync(
                client.postRequest("/v1/corpora/" + inbox + "/documents", InventedNews.batch(run, 2, 1000, 3), null),
                HttpResponse.BodyHandlers.ofString());
        Thread.sleep(300);
        assertFalse(inFlight.isDone(), "the large request is still being stored when the service is stopped");
        first.terminate();
        List<Integer> readiness = new ArrayList<>();
        for (int i = 0; i < 10; i++) {
            readiness.add(readiness(first));
            Thread.sleep(200);
        }
        HttpResponse<String> answered = inFlight.get();
        int status = first.awaitExit(Duration.ofSeconds(60));
        // 143 is 128 + SIGTERM: an orderly exit, not a crash (ONNX Runtime's shutdown hook once crashed it, 134)
        assertEquals(143, status, "exit status of the stopped service:\n" + first.logTail());
        String jobId = analysis.substring(analysis.lastIndexOf('/') + 1);
        long claims = first.logLines().stream().filter(line -> line.contains("Analysis " + jobId + ": attempt")).count();
        assertEquals(1, claims, "a stopping process hands the job back once and does not claim it again");
        System.out.printf("readiness after SIGTERM, every 0.2 s: %s; the request in flight: %d %s%n", readiness,
                answered.statusCode(), answered.body());

        assertTrue(readiness.contains(503), "readiness after SIGTERM, every 0.2 s: " + readiness);
        assertEquals(200, answered.statusCode(), answered.body());
        assertEquals(1000, ServiceClient.JSON.readTree(answered.body()).path("accepted").asInt(), answered.body());

        client.start("second");
        assertEquals(1000, client.get("/v1/corpora/" + inbox).path("documents").asInt(),
                "the documents of the request in flight were stored");
        JsonNode finished = client.awaitFinished(analysis, Duration.ofSeconds(120));
        assertEquals("succeeded", finished.path("status").asText(), finished.toString());
        assertEquals(40, finished.at("/result/documents").size(), "the resumed job analysed its corpus");
    }

    private int readiness(ServiceProcess service) {
        try {
            return client.http().send(HttpRequest.newBuilder(service.uri("/q/health/ready"))
                    .timeout(Duration.ofSeconds(2)).build(), HttpResponse.BodyHandlers.discarding()).statusCode();
        } catch (Exception refused) {
            return -1;
        }
    }
}
