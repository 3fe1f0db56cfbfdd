package org.narrativelens.api;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import io.restassured.http.ContentType;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Hostile input: a request that works past the server-side time limit is answered 503 problem+json, storing nothing. */
@QuarkusTest
@TestProfile(RequestTimeoutTest.NoTime.class)
class RequestTimeoutTest {

    /** A limit every request passes at its first check. */
    public static class NoTime implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("narrative-lens.limits.request-timeout", "0s");
        }
    }

    @Test
    void ingestionPastTheLimitIs503AndStoresNothing() {
        String id = Fixtures.createCorpus("slow");
        given().contentType(ContentType.JSON).body("[{\"source\": \"a\", \"text\": \"A sentence to segment.\"}]")
                .post("/v1/corpora/" + id + "/documents")
                .then().statusCode(503).contentType(Problem.MEDIA_TYPE)
                .body("detail", containsString("narrative-lens.limits.request-timeout"));
        given().get("/v1/corpora/" + id).then().body("documents", equalTo(0));
    }
}
