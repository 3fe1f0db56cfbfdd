package org.narrativelens.api;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.greaterThan;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.startsWith;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import org.junit.jupiter.api.Test;

@QuarkusTest
class CorpusApiTest {

    @Test
    void createsACorpusAndReportsWhatItHolds() {
        String id = given().contentType(ContentType.JSON).body("{\"name\": \"Riverton\"}")
                .when().post("/v1/corpora")
                .then().statusCode(201)
                .header("Location", containsString("/v1/corpora/"))
                .body("name", equalTo("Riverton"))
                .extract().path("id");

        given().contentType(ContentType.JSON).body(Fixtures.resource(Fixtures.RIVERTON))
                .when().post("/v1/corpora/" + id + "/documents")
                .then().statusCode(200)
                .body("accepted", equalTo(12)).body("duplicates", equalTo(0)).body("rejected", hasSize(0));

        given().when().get("/v1/corpora/" + id)
                .then().statusCode(200)
                .body("id", equalTo(id)).body("name", equalTo("Riverton"))
                .body("documents", equalTo(12)).body("passages", greaterThan(24));
    }

    @Test
    void resendingDocumentsIsHarmless() {
        String id = Fixtures.corpusWith(Fixtures.resource(Fixtures.RIVERTON));
        int passages = given().get("/v1/corpora/" + id).then().extract().path("passages");

        given().contentType(ContentType.JSON).body(Fixtures.resource(Fixtures.RIVERTON))
                .when().post("/v1/corpora/" + id + "/documents")
                .then().statusCode(200).body("accepted", equalTo(0)).body("duplicates", equalTo(12));
        given().get("/v1/corpora/" + id).then().body("documents", equalTo(12)).body("passages", equalTo(passages));
    }

    @Test
    void duplicatesWithinOneRequestAreStoredOnce() {
        String id = Fixtures.createCorpus("dupes");
        String doc = "{\"source\": \"a\", \"text\": \"The same text, sent twice in one request.\"}";
        String sameWithOtherSpacing = "{\"source\": \"b\", \"text\": \"The same  text,\\nsent twice in one request. \"}";
        given().contentType(ContentType.JSON).body("[" + doc + "," + sameWithOtherSpacing + "]")
                .when().post("/v1/corpora/" + id + "/documents")
                .then().statusCode(200).body("accepted", equalTo(1)).body("duplicates", equalTo(1));
    }

    @Test
    void invalidDocumentsAreListedWhileValidOnesAreStored() {
        String id = Fixtures.createCorpus("mixed");
        String body = """
                [{"source": "a", "text": "A valid document about the council vote."},
                 {"source": "b", "text": "   "},
                 {"text": "No source given."},
                 {"source": "c", "text": "Dated badly.", "publishedAt": "last Tuesday"}]""";
        given().contentType(ContentType.JSON).body(body)
                .when().post("/v1/corpora/" + id + "/documents")
                .then().statusCode(200)
                .body("accepted", equalTo(1))
                .body("rejected.index", org.hamcrest.Matchers.contains(1, 2, 3))
                .body("rejected[0].reason", startsWith("text:"))
                .body("rejected[1].reason", startsWith("source:"))
                .body("rejected[2].reason", startsWith("publishedAt:"));
    }

    @Test
    void aRequestWithNothingAcceptableIsUnprocessable() {
        String id = Fixtures.createCorpus("empty-text");
        given().contentType(ContentType.JSON).body("[{\"source\": \"a\", \"text\": \"\"}]")
                .when().post("/v1/corpora/" + id + "/documents")
                .then().statusCode(422).contentType(Problem.MEDIA_TYPE)
                .body("status", equalTo(422)).body("field", equalTo("[0].text"))
                .body("detail", equalTo("no document was accepted: [0] text: is required and must not be empty or whitespace only"));
        given().contentType(ContentType.JSON).body("[{\"source\": \"a\"}]")
                .when().post("/v1/corpora/" + id + "/documents")
                .then().statusCode(422).contentType(Problem.MEDIA_TYPE).body("detail", containsString("text"));
    }

    @Test
    void tooLongTextNamesTheLimit() {
        String id = Fixtures.createCorpus("long");
        String text = "word ".repeat(40_001);
        given().contentType(ContentType.JSON).body("[{\"source\": \"a\", \"text\": \"" + text + "\"}]")
                .when().post("/v1/corpora/" + id + "/documents")
                .then().statusCode(422).contentType(Problem.MEDIA_TYPE)
                .body("detail", containsString("exceeds the limit of 200000"));
    }

    @Test
    void malformedJsonIsABadRequest() {
        String id = Fixtures.createCorpus("malformed");
        given().contentType(ContentType.JSON).body("[{\"source\": \"a\", \"text\": ")
                .when().post("/v1/corpora/" + id + "/documents")
                .then().statusCode(400).contentType(Problem.MEDIA_TYPE)
                .body("title", equalTo("Malformed JSON")).body("detail", containsString("not valid JSON"));
    }

    @Test
    void wrongJsonShapeIsABadRequestNamingTheField() {
        String id = Fixtures.createCorpus("shape");
        given().contentType(ContentType.JSON).body("{\"source\": \"a\", \"text\": \"not in an array\"}")
                .when().post("/v1/corpora/" + id + "/documents")
                .then().statusCode(400).contentType(Problem.MEDIA_TYPE);
        given().contentType(ContentType.JSON).body("[{\"source\": \"a\", \"text\": [1, 2]}]")
                .when().post("/v1/corpora/" + id + "/documents")
                .then().statusCode(400).contentType(Problem.MEDIA_TYPE).body("field", equalTo("[0].text"));
    }

    @Test
    void unknownCorpusIsNotFound() {
        given().when().get("/v1/corpora/6f1c1f7e-8d0e-4a39-9d5b-000000000000")
                .then().statusCode(404).contentType(Problem.MEDIA_TYPE)
                .body("detail", containsString("No corpus with id"));
        given().when().get("/v1/corpora/not-a-uuid").then().statusCode(404).contentType(Problem.MEDIA_TYPE);
        given().contentType(ContentType.JSON).body("[{\"source\": \"a\", \"text\": \"x y z\"}]")
                .when().post("/v1/corpora/6f1c1f7e-8d0e-4a39-9d5b-000000000000/documents")
                .then().statusCode(404).contentType(Problem.MEDIA_TYPE);
    }

    @Test
    void corpusNameIsRequired() {
        given().contentType(ContentType.JSON).body("{}")
                .when().post("/v1/corpora")
                .then().statusCode(422).contentType(Problem.MEDIA_TYPE).body("field", equalTo("name"));
    }

    @Test
    void tooManyDocumentsInOneRequestNamesTheLimit() {
        String id = Fixtures.createCorpus("many");
        String body = "[" + String.join(",", java.util.Collections.nCopies(1001, "{\"source\":\"a\",\"text\":\"t\"}")) + "]";
        given().contentType(ContentType.JSON).body(body)
                .when().post("/v1/corpora/" + id + "/documents")
                .then().statusCode(422).contentType(Problem.MEDIA_TYPE)
                .body("detail", containsString("limit of 1000"));
    }
}
