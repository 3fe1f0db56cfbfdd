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

@QuarkusTest
@TestProfile(BodySizeLimitTest.SmallBodies.class)
class BodySizeLimitTest {

    /** A limit small enough to cross with a test body. */
    public static class SmallBodies implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("narrative-lens.limits.max-body-bytes", "4096");
        }
    }

    @Test
    void aBodyOverTheLimitIsRefusedAndNamesTheLimit() {
        String id = Fixtures.createCorpus("limits");
        String text = "x".repeat(5000);
        given().contentType(ContentType.JSON).body("[{\"source\": \"a\", \"text\": \"" + text + "\"}]")
                .when().post("/v1/corpora/" + id + "/documents")
                .then().statusCode(413).contentType(Problem.MEDIA_TYPE)
                .body("status", equalTo(413))
                .body("detail", containsString("exceeds the limit of 4096 bytes"));
    }

    @Test
    void aBodyUnderTheLimitIsAccepted() {
        String id = Fixtures.createCorpus("limits");
        given().contentType(ContentType.JSON).body("[{\"source\": \"a\", \"text\": \"A short article.\"}]")
                .when().post("/v1/corpora/" + id + "/documents")
                .then().statusCode(200).body("accepted", equalTo(1));
    }
}
