package org.narrativelens.api;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.narrativelens.corpus.IngestionReceipt;

/** An expired Idempotency-Key is forgotten safely: a retry is answered with duplicates and the key can be reused. */
@QuarkusTest
@TestProfile(IdempotencyRetentionTest.NoRetention.class)
class IdempotencyRetentionTest {

    /** Every receipt has expired by the time it could be asked for again. */
    public static class NoRetention implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("narrative-lens.idempotency.retention", "PT0S");
        }
    }

    private static final String BATCH = """
            [{"source": "north-post", "text": "The ferry timetable changes on Monday."},
             {"source": "south-herald", "text": "Ferry operators defend the new timetable."}]""";

    @Test
    void anExpiredKeyStoresNothingTwiceAndIsFreeAgain() {
        String corpus = Fixtures.createCorpus("ferry-expiry");
        post(corpus, BATCH).then().statusCode(200).body("accepted", equalTo(2));
        post(corpus, BATCH).then().statusCode(200).header(CorpusResource.REPLAYED, nullValue())
                .body("accepted", equalTo(0)).body("duplicates", equalTo(2));
        post(corpus, "[{\"source\": \"east-gazette\", \"text\": \"A different article on the ferry.\"}]")
                .then().statusCode(200).body("accepted", equalTo(1));

        given().get("/v1/corpora/" + corpus).then().body("documents", equalTo(3));
        long kept = QuarkusTransaction.requiringNew().call(() ->
                IngestionReceipt.count("id.corpusId", UUID.fromString(corpus)));
        assertEquals(1, kept, "expired receipts are deleted when a new one is stored");
    }

    private static Response post(String corpus, String body) {
        return given().contentType(ContentType.JSON).header("Idempotency-Key", "ferry-key").body(body)
                .post("/v1/corpora/" + corpus + "/documents");
    }
}
