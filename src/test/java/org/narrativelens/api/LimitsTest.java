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

/** Every documented limit, set small enough to cross, answers problem+json naming the field and the limit. */
@QuarkusTest
@TestProfile(LimitsTest.SmallLimits.class)
class LimitsTest {

    /** Limits small enough to cross with test requests. */
    public static class SmallLimits implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("narrative-lens.limits.max-body-bytes", "4096",
                    "narrative-lens.limits.max-documents-per-request", "3",
                    "narrative-lens.limits.max-characters-per-document", "1000",
                    "narrative-lens.limits.max-documents-per-corpus", "4",
                    "narrative-lens.limits.max-frames-per-analysis", "5");
        }
    }

    @Test
    void aBodyOverTheLimitIsRefusedAndNamesTheLimit() {
        String id = Fixtures.createCorpus("limits");
        String text = "x".repeat(5000);
        given().contentType(ContentType.JSON).body("[{\"source\": \"a\", \"text\": \"" + text + "\"}]")
                .when().post("/v1/corpora/" + id + "/documents")
                .then().statusCode(413).contentType(Problem.MEDIA_TYPE)
                .body("status", equalTo(413)).body("field", equalTo("body"))
                .body("detail", containsString("exceeds the limit of 4096 bytes"));
    }

    @Test
    void aBodyUnderTheLimitIsAccepted() {
        String id = Fixtures.createCorpus("limits");
        given().contentType(ContentType.JSON).body("[{\"source\": \"a\", \"text\": \"A short article.\"}]")
                .when().post("/v1/corpora/" + id + "/documents")
                .then().statusCode(200).body("accepted", equalTo(1));
    }

    @Test
    void tooManyDocumentsInOneRequest() {
        String id = Fixtures.createCorpus("limits");
        given().contentType(ContentType.JSON).body(documents(0, 4))
                .when().post("/v1/corpora/" + id + "/documents")
                .then().statusCode(422).contentType(Problem.MEDIA_TYPE)
                .body("field", equalTo("documents"))
                .body("detail", containsString("4 documents exceeds the limit of 3 per request"));
    }

    @Test
    void tooManyDocumentsToScoreInOneRequest() {
        String id = Fixtures.createCorpus("limits");
        given().contentType(ContentType.JSON).body(documents(0, 2))
                .when().post("/v1/corpora/" + id + "/documents").then().statusCode(200);
        String analysis = given().contentType(ContentType.JSON).body("{}")
                .when().post("/v1/corpora/" + id + "/analyses?wait=true")
                .then().statusCode(200).body("status", equalTo("succeeded")).extract().path("id");
        given().contentType(ContentType.JSON).body(documents(10, 4))
                .when().post("/v1/analyses/" + analysis + "/score")
                .then().statusCode(422).contentType(Problem.MEDIA_TYPE)
                .body("field", equalTo("documents"))
                .body("detail", containsString("4 documents exceeds the limit of 3 per request "
                        + "(narrative-lens.limits.max-documents-per-request)"));
    }

    @Test
    void aDocumentOverTheCharacterLimitIsRejectedByIndex() {
        String id = Fixtures.createCorpus("limits");
        String body = "[{\"source\": \"a\", \"text\": \"Fits.\"}, {\"source\": \"a\", \"text\": \"" + "y".repeat(1001) + "\"}]";
        given().contentType(ContentType.JSON).body(body)
                .when().post("/v1/corpora/" + id + "/documents")
                .then().statusCode(200).body("accepted", equalTo(1))
                .body("rejected[0].index", equalTo(1))
                .body("rejected[0].reason", equalTo("text: 1001 characters exceeds the limit of 1000"));
    }

    @Test
    void aCorpusStopsAtItsDocumentLimitAndKeepsWhatItHolds() {
        String id = Fixtures.createCorpus("limits");
        given().contentType(ContentType.JSON).body(documents(0, 3))
                .when().post("/v1/corpora/" + id + "/documents").then().statusCode(200).body("accepted", equalTo(3));
        given().contentType(ContentType.JSON).body(documents(3, 2))
                .when().post("/v1/corpora/" + id + "/documents")
                .then().statusCode(422).contentType(Problem.MEDIA_TYPE)
                .body("field", equalTo("documents"))
                .body("detail", containsString("exceeds the limit of 4 documents per corpus"));
        // re-sending what it holds is still harmless, and one more fits
        given().contentType(ContentType.JSON).body(documents(0, 3))
                .when().post("/v1/corpora/" + id + "/documents").then().statusCode(200).body("duplicates", equalTo(3));
        given().contentType(ContentType.JSON).body(documents(3, 1))
                .when().post("/v1/corpora/" + id + "/documents").then().statusCode(200).body("accepted", equalTo(1));
        given().get("/v1/corpora/" + id).then().body("documents", equalTo(4));
    }

    @Test
    void tooManyFramesPerAnalysis() {
        String id = Fixtures.createCorpus("limits");
        given().contentType(ContentType.JSON).body(documents(0, 1))
                .when().post("/v1/corpora/" + id + "/documents").then().statusCode(200);
        given().contentType(ContentType.JSON).body("{\"options\": {\"maxFrames\": 6}}")
                .when().post("/v1/corpora/" + id + "/analyses")
                .then().statusCode(422).contentType(Problem.MEDIA_TYPE)
                .body("field", equalTo("options.maxFrames"))
                .body("detail", containsString("outside the allowed range 0..5"));
    }

    private static String documents(int first, int count) {
        StringBuilder body = new StringBuilder("[");
        for (int i = first; i < first + count; i++) {
            body.append(i == first ? "" : ",").append("{\"source\": \"s\", \"text\": \"Article number ").append(i)
                    .append(" on the harbour plan.\"}");
        }
        return body.append("]").toString();
    }
}
