package org.narrativelens.faults;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;

/**
 * The service reaches PostgreSQL through a {@link TcpProxy}; cutting the link gives 503 with Retry-After as problem+json
 * and readiness DOWN, and restoring it brings the service back without a restart. PostgreSQL run only (-Ppostgresql):
 * an embedded H2 database cannot be cut off.
 */
@QuarkusTest
@TestProfile(DatabaseLossTest.ThroughProxy.class)
@EnabledIfSystemProperty(named = "quarkus.test.profile", matches = "pgtest")
class DatabaseLossTest {

    private static final Pattern PG_URL = Pattern.compile("jdbc:postgresql://([^:/]+)(?::(\\d+))?/([^?]+).*");
    private static TcpProxy proxy;

    /** PostgreSQL as the pgtest profile configures it, but through the proxy, with short pool timeouts. */
    public static class ThroughProxy implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            String url = System.getenv().getOrDefault("NARRATIVE_LENS_TEST_PG_URL",
                    "jdbc:postgresql://localhost:5432/narrative_lens_test");
            Matcher m = PG_URL.matcher(url);
            if (!m.matches()) {
                throw new IllegalArgumentException("Cannot proxy " + url);
            }
            try {
                synchronized (DatabaseLossTest.class) {
                    if (proxy == null) {
                        proxy = new TcpProxy(m.group(1), m.group(2) == null ? 5432 : Integer.parseInt(m.group(2)));
                    }
                }
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            return Map.of("quarkus.datasource.jdbc.url", "jdbc:postgresql://127.0.0.1:" + proxy.port() + "/" + m.group(3),
                    "quarkus.datasource.jdbc.acquisition-timeout", "2s",
                    "quarkus.datasource.jdbc.login-timeout", "2s");
        }

        @Override
        public String getConfigProfile() {
            return "pgtest";
        }
    }

    /** The proxy the profile started (other fault tests on PostgreSQL cut the same way). */
    static TcpProxy proxy() {
        return proxy;
    }

    @AfterAll
    static void closeProxy() throws IOException {
        if (proxy != null) {
            proxy.close();
            proxy = null;
        }
    }

    @Test
    void losingTheDatabaseGives503AndTheServiceRecoversWhenItReturns() throws InterruptedException {
        String id = given().contentType(ContentType.JSON).body("{\"name\": \"before the cut\"}")
                .post("/v1/corpora").then().statusCode(201).extract().path("id");

        proxy.cut();
        try {
            given().get("/v1/corpora/" + id)
                    .then().statusCode(503).contentType("application/problem+json")
                    .header("Retry-After", equalTo("5"))
                    .body("status", equalTo(503)).body("detail", containsString("database is unavailable"));
            given().contentType(ContentType.JSON).body("[{\"source\": \"s\", \"text\": \"Sent while the database is away.\"}]")
                    .post("/v1/corpora/" + id + "/documents")
                    .then().statusCode(503).contentType("application/problem+json").header("Retry-After", equalTo("5"));
            given().contentType(ContentType.JSON).body("{\"name\": \"during the cut\"}")
                    .post("/v1/corpora").then().statusCode(503).contentType("application/problem+json");
            given().get("/q/health/ready").then().statusCode(503);
        } finally {
            proxy.restore();
        }

        Response recovered = awaitStatus("/v1/corpora/" + id, 200, 30_000);
        assertEquals(200, recovered.statusCode(), "recovered within 30 s: " + recovered.asString());
        recovered.then().body("documents", equalTo(0));
        given().get("/q/health/ready").then().statusCode(200);
        given().contentType(ContentType.JSON).body("[{\"source\": \"s\", \"text\": \"Sent after the database came back.\"}]")
                .post("/v1/corpora/" + id + "/documents").then().statusCode(200).body("accepted", equalTo(1));
    }

    @Test
    void aCutDuringIngestionStoresTheBatchWholeOrNotAtAll() throws InterruptedException {
        String id = given().contentType(ContentType.JSON).body("{\"name\": \"cut mid-batch\"}")
                .post("/v1/corpora").then().statusCode(201).extract().path("id");
        StringBuilder batch = new StringBuilder("[");
        for (int i = 0; i < 200; i++) {
            batch.append(i == 0 ? "" : ",").append("{\"source\": \"s").append(i % 3).append("\", \"text\": \"Report ")
                    .append(i).append(" on the harbour wall. The council met again. Residents asked questions.\"}");
        }
        String body = batch.append("]").toString();
        Thread cutter = new Thread(() -> {
            try {
                Thread.sleep(300);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            proxy.cut();
        });
        cutter.start();
        Response answer;
        try {
            answer = given().contentType(ContentType.JSON).body(body).post("/v1/corpora/" + id + "/documents");
            cutter.join();
        } finally {
            proxy.restore();
        }
        int status = answer.statusCode();
        assertTrue(status == 200 || status == 503, "200 or 503, got " + status + ": " + answer.asString());
        Response after = awaitStatus("/v1/corpora/" + id, 200, 30_000);
        int stored = after.path("documents");
        assertEquals(status == 200 ? 200 : 0, stored, "answer " + status + " but " + stored + " documents stored");
    }

    private static Response awaitStatus(String path, int status, long millis) throws InterruptedException {
        long deadline = System.currentTimeMillis() + millis;
        Response response = given().get(path);
        while (response.statusCode() != status && System.currentTimeMillis() < deadline) {
            Thread.sleep(250);
            response = given().get(path);
        }
        return response;
    }
}
