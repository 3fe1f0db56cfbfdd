package org.narrativelens.faults;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import java.io.IOException;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;

/**
 * An analysis survives losing the database mid-way: the link to PostgreSQL is cut while it embeds, the failed attempt
 * is counted and the job is taken again after the backoff, and it succeeds once the database is back. PostgreSQL run
 * only (-Ppostgresql), like {@link DatabaseLossTest}.
 */
@QuarkusTest
@TestProfile(AnalysisRetryTest.ShortLeases.class)
@EnabledIfSystemProperty(named = "quarkus.test.profile", matches = "pgtest")
class AnalysisRetryTest {

    /** Through the proxy, with leases and backoff short enough for a test. */
    public static class ShortLeases extends DatabaseLossTest.ThroughProxy {
        @Override
        public Map<String, String> getConfigOverrides() {
            Map<String, String> overrides = new HashMap<>(super.getConfigOverrides());
            overrides.put("narrative-lens.analysis.lease", "4s");
            overrides.put("narrative-lens.analysis.heartbeat", "1s");
            overrides.put("narrative-lens.analysis.poll-interval", "500ms");
            overrides.put("narrative-lens.analysis.retry-backoff", "1s");
            return overrides;
        }
    }

    @AfterAll
    static void closeProxy() throws IOException {
        DatabaseLossTest.closeProxy();
    }

    @Test
    void aCutWhileEmbeddingCostsOneAttemptAndTheAnalysisStillSucceeds() throws InterruptedException {
        String corpus = given().contentType(ContentType.JSON).body("{\"name\": \"cut while embedding\"}")
                .post("/v1/corpora").then().statusCode(201).extract().path("id");
        StringBuilder batch = new StringBuilder("[");
        for (int i = 0; i < 120; i++) {
            batch.append(i == 0 ? "" : ",").append("{\"source\": \"outlet-").append(i % 4)
                    .append("\", \"text\": \"Ferry report ").append(i).append(" from the harbour.\\n\\nThe council ")
                    .append("debated pier ").append(i).append(" again.\\n\\nResidents of ward ").append(i)
                    .append(" asked about fares.\\n\\nThe mayor promised answers on item ").append(i).append(".\"}");
        }
        given().contentType(ContentType.JSON).body(batch.append("]").toString())
                .post("/v1/corpora/" + corpus + "/documents").then().statusCode(200);
        String location = given().contentType(ContentType.JSON).body("{}")
                .post("/v1/corpora/" + corpus + "/analyses").then().statusCode(202).extract().header("Location");

        Response job = await(location, "embedding", 60_000);
        assertEquals("embedding", job.path("progress.stage"), job.asString());
        // longer than the lease and than embedding one chunk: the run's next write meets the cut
        DatabaseLossTest.proxy().cut();
        Thread.sleep(10_000);
        DatabaseLossTest.proxy().restore();

        Response done = awaitStatus(location, 120_000);
        assertEquals("succeeded", done.path("status"), done.asString());
        int attempts = done.path("attempts");
        assertTrue(attempts >= 2, "the cut attempt is counted: " + attempts);
    }

    private static Response await(String location, String stage, long millis) throws InterruptedException {
        long deadline = System.currentTimeMillis() + millis;
        Response response = given().get(location);
        while (!stage.equals(response.path("progress.stage")) && System.currentTimeMillis() < deadline) {
            Thread.sleep(50);
            response = given().get(location);
        }
        return response;
    }

    private static Response awaitStatus(String location, long millis) throws InterruptedException {
        long deadline = System.currentTimeMillis() + millis;
        Response response = given().get(location);
        while (System.currentTimeMillis() < deadline) {
            if (response.statusCode() == 200 && ("succeeded".equals(response.path("status"))
                    || "failed".equals(response.path("status")))) {
                return response;
            }
            Thread.sleep(250);
            response = given().get(location);
        }
        return response;
    }
}
