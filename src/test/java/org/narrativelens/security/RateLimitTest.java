package org.narrativelens.security;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import io.restassured.response.Response;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.narrativelens.api.Problem;

/** Past its rate a key gets 429 with Retry-After, while other keys, health and key checks go on as before. */
@QuarkusTest
@TestProfile(RateLimitTest.FivePerMinute.class)
class RateLimitTest {

    static final String HASTY_KEY = "hasty-test-key-51c0a9e2";
    static final String CALM_KEY = "calm-test-key-e8d2b417";

    /** Two keys of one tenant, five calls a minute each. */
    public static class FivePerMinute implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("narrative-lens.security.api-keys", HASTY_KEY + ":newsroom," + CALM_KEY + ":newsroom",
                    "narrative-lens.security.rate-limit-per-minute", "5");
        }
    }

    @Test
    void aKeyPastItsRateIsToldWhenToRetryAndOtherKeysAreUnaffected() {
        String corpus = given().header(ApiKeyFilter.HEADER, HASTY_KEY).contentType("application/json")
                .body("{\"name\": \"rate\"}").post("/v1/corpora").then().statusCode(201).extract().path("id");
        for (int i = 0; i < 4; i++) {
            given().header(ApiKeyFilter.HEADER, HASTY_KEY).get("/v1/corpora/" + corpus).then().statusCode(200);
        }

        Response limited = given().header(ApiKeyFilter.HEADER, HASTY_KEY).get("/v1/corpora/" + corpus);
        assertEquals(429, limited.statusCode());
        assertEquals(Problem.MEDIA_TYPE, limited.contentType());
        long retryAfter = Long.parseLong(limited.header("Retry-After"));
        // Five a minute: one call back every 12 seconds.
        assertTrue(retryAfter >= 1 && retryAfter <= 12, "Retry-After " + retryAfter);
        limited.then().body("status", equalTo(429))
                .body("detail", containsString("5 calls per minute (narrative-lens.security.rate-limit-per-minute)"));

        given().header(ApiKeyFilter.HEADER, CALM_KEY).get("/v1/corpora/" + corpus).then().statusCode(200);
        given().header(ApiKeyFilter.HEADER, HASTY_KEY).get("/v1/corpora/" + UUID.randomUUID()).then().statusCode(429);
        given().get("/v1/corpora/" + corpus).then().statusCode(401);
        given().get("/q/health/ready").then().statusCode(200);
    }
}
