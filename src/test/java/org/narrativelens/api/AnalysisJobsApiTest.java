package org.narrativelens.api;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;
import java.io.BufferedReader;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.net.URI;
import java.net.URL;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.narrativelens.analysis.AnalysisConfig;

/** Analyses as jobs over HTTP: accepted before they run, followed by server-sent events, a bounded number at once. */
@QuarkusTest
class AnalysisJobsApiTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    @TestHTTPResource("/")
    URL base;
    @Inject
    AnalysisConfig config;

    /** One server-sent event: its name and its data as JSON. */
    record Event(String name, JsonNode data) {
    }

    @Test
    void aFinishedJobSendsItsFinalStateAtOnceAndTheStreamEnds() throws Exception {
        String corpus = Fixtures.corpusWith(Fixtures.resource(Fixtures.RIVERTON));
        String id = given().contentType(ContentType.JSON).body("{}")
                .post("/v1/corpora/" + corpus + "/analyses?wait=true")
                .then().statusCode(200).body("status", equalTo("succeeded")).extract().path("id");

        List<Event> events = follow(id, Duration.ofSeconds(10));

        assertEquals(1, events.size(), "only the final state: " + events);
        Event last = events.get(0);
        assertEquals("succeeded", last.name());
        assertEquals("succeeded", last.data().get("status").asText());
        assertEquals("done", last.data().at("/progress/stage").asText());
        assertTrue(last.data().at("/progress/total").asInt() > 24);
        assertTrue(last.data().get("result") == null, "events carry progress, not the result");
    }

    @Test
    void aJobStreamsItsProgressUntilItEnds() throws Exception {
        String corpus = Fixtures.corpusWith(Fixtures.resource(Fixtures.RIVERTON));
        String location = given().contentType(ContentType.JSON).body("{}")
                .post("/v1/corpora/" + corpus + "/analyses")
                .then().statusCode(202).header("Location", containsString("/v1/analyses/"))
                .extract().header("Location");

        List<Event> events = follow(location.substring(location.lastIndexOf('/') + 1), Duration.ofSeconds(120));

        assertTrue(!events.isEmpty());
        assertEquals("succeeded", events.get(events.size() - 1).name(), "ends with the final state: " + events);
        List<String> order = List.of("queued", "running", "succeeded");
        int previous = 0;
        for (Event event : events) {
            assertEquals(event.name(), event.data().get("status").asText());
            int rank = order.indexOf(event.name());
            assertTrue(rank >= previous, "states only move forward: " + events);
            previous = rank;
            assertTrue(event.data().at("/progress/done").asInt() <= event.data().at("/progress/total").asInt());
        }
    }

    @Test
    void atMostTheConfiguredNumberOfJobsRunAtOnceAndTheRestWait() {
        String corpus = Fixtures.corpusWith(Fixtures.resource(Fixtures.RIVERTON));
        List<String> locations = new ArrayList<>();
        for (int i = 0; i < 3; i++) {
            String cheap = "{\"options\": {\"seed\": " + i + ", \"bootstrapSamples\": 10, \"permutations\": 10}}";
            locations.add(given().contentType(ContentType.JSON).body(cheap)
                    .post("/v1/corpora/" + corpus + "/analyses")
                    .then().statusCode(202).extract().header("Location"));
        }
        Instant deadline = Instant.now().plus(Duration.ofSeconds(180));
        List<JsonPath> jobs = new ArrayList<>();
        for (String location : locations) {
            JsonPath job;
            do {
                job = given().get(location).then().statusCode(200).extract().jsonPath();
            } while (!job.getString("status").equals("succeeded") && !job.getString("status").equals("failed")
                    && Instant.now().isBefore(deadline));
            assertEquals("succeeded", job.getString("status"));
            assertEquals(1, job.getInt("attempts"));
            jobs.add(job);
        }
        assertEquals(1, config.workers(), "the test profile runs one analysis at a time");
        jobs.sort(Comparator.comparing(job -> OffsetDateTime.parse(job.getString("startedAt"))));
        for (int i = 1; i < jobs.size(); i++) {
            OffsetDateTime previousEnd = OffsetDateTime.parse(jobs.get(i - 1).getString("finishedAt"));
            OffsetDateTime start = OffsetDateTime.parse(jobs.get(i).getString("startedAt"));
            OffsetDateTime submitted = OffsetDateTime.parse(jobs.get(i).getString("createdAt"));
            assertTrue(!start.isBefore(previousEnd), "one at a time: job " + i + " started " + start
                    + " before the previous one ended " + previousEnd);
            assertTrue(submitted.isBefore(previousEnd), "job " + i + " waited in the queue");
        }
    }

    @Test
    void eventsOfAnUnknownAnalysisAreNotFound() {
        given().accept("text/event-stream").get("/v1/analyses/6f1c1f7e-8d0e-4a39-9d5b-000000000000/events")
                .then().statusCode(404).contentType(Problem.MEDIA_TYPE).body("detail", containsString("analysis"));
    }

    /** Reads the event stream of an analysis to its end. */
    private List<Event> follow(String id, Duration timeout) throws Exception {
        HttpRequest request = HttpRequest.newBuilder(URI.create(base + "v1/analyses/" + id + "/events"))
                .header("Accept", "text/event-stream").timeout(timeout).build();
        HttpResponse<InputStream> response = HttpClient.newHttpClient()
                .send(request, HttpResponse.BodyHandlers.ofInputStream());
        assertEquals(200, response.statusCode());
        assertTrue(response.headers().firstValue("Content-Type").orElse("").startsWith("text/event-stream"));
        List<Event> events = new ArrayList<>();
        try (BufferedReader lines = new BufferedReader(
                new InputStreamReader(response.body(), StandardCharsets.UTF_8))) {
            String name = null;
            StringBuilder data = new StringBuilder();
            for (String line = lines.readLine(); line != null; line = lines.readLine()) {
                assertTrue(line.isEmpty() || line.startsWith("event:") || line.startsWith("data:"),
                        "only standard event fields: " + line);
                if (line.startsWith("event:")) {
                    name = line.substring(6).strip();
                } else if (line.startsWith("data:")) {
                    data.append(line.substring(5).strip());
                } else if (line.isEmpty() && name != null) {
                    events.add(new Event(name, JSON.readTree(data.toString())));
                    name = null;
                    data.setLength(0);
                }
            }
        }
        return events;
    }
}
