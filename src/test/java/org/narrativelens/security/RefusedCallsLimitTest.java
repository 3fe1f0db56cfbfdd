package org.narrativelens.security;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import io.restassured.response.Response;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.narrativelens.api.Problem;

/** An address that keeps calling without a valid key gets 429 with Retry-After; a valid key from it still works. */
@QuarkusTest
@TestProfile(RefusedCallsLimitTest.ThreeRefusals.class)
class RefusedCallsLimitTest {

    static final String KEY = "refusal-test-key-3b9f0c71";

    /** One key; three refused calls a minute per address. */
    public static class ThreeRefusals implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("narrative-lens.security.api-keys", KEY + ":newsroom",
                    "narrative-lens.security.refused-calls-per-minute", "3");
        }
    }

    @Test
    void guessingKeysIsSlowedWhileTheValidKeyGoesOn() {
        given().header(ApiKeyFilter.HEADER, "guess-0001").get("/v1/corpora").then().statusCode(401);
        given().get("/v1/corpora").then().statusCode(401);
        given().header(ApiKeyFilter.HEADER, "guess-0002").get("/v1/corpora").then().statusCode(401);

        Response slowed = given().header(ApiKeyFilter.HEADER, "guess-0003").get("/v1/corpora");
        slowed.then().statusCode(429).contentType(Problem.MEDIA_TYPE).body("field", equalTo(ApiKeyFilter.HEADER))
                .body("detail", containsString("3 calls without a valid API key in the last minute "
                        + "(narrative-lens.security.refused-calls-per-minute)"));
        long retryAfter = Long.parseLong(slowed.header("Retry-After"));
        assertTrue(retryAfter >= 1 && retryAfter <= 20, "Retry-After " + retryAfter);

        given().header(ApiKeyFilter.HEADER, KEY).get("/v1/corpora").then().statusCode(200);
        given().get("/q/health/ready").then().statusCode(200);
    }
}
