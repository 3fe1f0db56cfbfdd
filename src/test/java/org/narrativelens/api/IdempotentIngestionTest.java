package org.narrativelens.api;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;

/** A retried ingestion request with the same Idempotency-Key gets the first answer and stores nothing again. */
@QuarkusTest
class IdempotentIngestionTest {

    private static final String BATCH = """
            [{"source": "north-post", "text": "The ferry timetable changes on Monday. Commuters expect longer waits."},
             {"source": "south-herald", "text": "Ferry operators defend the new timetable as safer for crews."},
             {"source": "south-herald", "text": "   "}]""";

    @Test
    void aRetryWithTheSameKeyIsAnsweredAsTheFirstAndStoresNothing() {
        String corpus = Fixtures.createCorpus("ferry");
        String first = post(corpus, "key-1", BATCH).then().statusCode(200)
                .header(CorpusResource.REPLAYED, nullValue())
                .body("accepted", equalTo(2)).body("rejected[0].index", equalTo(2))
                .extract().asString();

        String retry = post(corpus, "key-1", BATCH).then().statusCode(200)
                .header(CorpusResource.REPLAYED, equalTo("true"))
                .extract().asString();

        assertEquals(first, retry, "the stored answer, not a new count of duplicates");
        given().get("/v1/corpora/" + corpus).then().body("documents", equalTo(2));
        // without the key the same request is harmless too, through content dedupe, but it is a new answer
        post(corpus, null, BATCH).then().statusCode(200).body("accepted", equalTo(0)).body("duplicates", equalTo(2));
    }

    @Test
    void theSameKeyWithOtherDocumentsIsUnprocessable() {
        String corpus = Fixtures.createCorpus("ferry-reuse");
        post(corpus, "reused", BATCH).then().statusCode(200);

        post(corpus, "reused", "[{\"source\": \"east-gazette\", \"text\": \"A different article entirely.\"}]")
                .then().statusCode(422).contentType(Problem.MEDIA_TYPE)
                .body("field", equalTo("Idempotency-Key"))
                .body("detail", containsString("different documents"));
        given().get("/v1/corpora/" + corpus).then().body("documents", equalTo(2));
    }

    @Test
    void keysBelongToOneCorpus() {
        String one = Fixtures.createCorpus("ferry-one");
        String other = Fixtures.createCorpus("ferry-other");
        post(one, "shared-key", BATCH).then().statusCode(200).body("accepted", equalTo(2));
        post(other, "shared-key", BATCH).then().statusCode(200)
                .header(CorpusResource.REPLAYED, nullValue()).body("accepted", equalTo(2));
    }

    @Test
    void aKeyThatBreaksTheRulesIsNamed() {
        String corpus = Fixtures.createCorpus("ferry-bad-key");
        post(corpus, "k".repeat(201), BATCH).then().statusCode(422).contentType(Problem.MEDIA_TYPE)
                .body("field", equalTo("Idempotency-Key")).body("detail", containsString("200"));
        post(corpus, "with space", BATCH).then().statusCode(422).body("field", equalTo("Idempotency-Key"));
        given().get("/v1/corpora/" + corpus).then().body("documents", equalTo(0));
    }

    @Test
    void concurrentRequestsWithOneKeyStoreOnceAndAgree() throws Exception {
        String corpus = Fixtures.createCorpus("ferry-race");
        ExecutorService pool = Executors.newFixedThreadPool(3);
        try {
            List<Future<Response>> answers = new ArrayList<>();
            for (int i = 0; i < 3; i++) {
                Callable<Response> call = () -> post(corpus, "race", BATCH);
                answers.add(pool.submit(call));
            }
            List<String> bodies = new ArrayList<>();
            for (Future<Response> answer : answers) {
                Response response = answer.get();
                assertEquals(200, response.statusCode(), response.asString());
                bodies.add(response.asString());
            }
            assertEquals(1, bodies.stream().distinct().count(), "every caller gets the first answer: " + bodies);
        } finally {
            pool.shutdownNow();
        }
        given().get("/v1/corpora/" + corpus).then().body("documents", equalTo(2));
    }

    private static Response post(String corpus, String key, String body) {
        var request = given().contentType(ContentType.JSON).body(body);
        if (key != null) {
            request.header("Idempotency-Key", key);
        }
        return request.when().post("/v1/corpora/" + corpus + "/documents");
    }
}
