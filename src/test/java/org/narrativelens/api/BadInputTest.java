package org.narrativelens.api;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.startsWith;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/** Each kind of bad input has one defined outcome, never a 500 (README, "Limits and error outcomes"). */
@QuarkusTest
class BadInputTest {

    @Test
    void bytesThatAreNotUtf8AreMalformedJson() {
        String id = Fixtures.createCorpus("bytes");
        byte[] prefix = "[{\"source\": \"a\", \"text\": \"caf".getBytes(StandardCharsets.UTF_8);
        byte[] latin1 = {(byte) 0xE9, (byte) 0x20, (byte) 0xFF, (byte) 0xFE};
        byte[] suffix = "\"}]".getBytes(StandardCharsets.UTF_8);
        byte[] body = new byte[prefix.length + latin1.length + suffix.length];
        System.arraycopy(prefix, 0, body, 0, prefix.length);
        System.arraycopy(latin1, 0, body, prefix.length, latin1.length);
        System.arraycopy(suffix, 0, body, prefix.length + latin1.length, suffix.length);
        given().contentType(ContentType.JSON).body(body)
                .when().post("/v1/corpora/" + id + "/documents")
                .then().statusCode(400).contentType(Problem.MEDIA_TYPE)
                .body("title", equalTo("Malformed JSON")).body("detail", containsString("UTF-8"));
        given().get("/v1/corpora/" + id).then().body("documents", equalTo(0));
    }

    @Test
    void aRawControlCharacterInsideAStringIsMalformedJson() {
        String id = Fixtures.createCorpus("raw-control");
        given().contentType(ContentType.JSON).body("[{\"source\": \"a\", \"text\": \"bell\u0007here\"}]")
                .when().post("/v1/corpora/" + id + "/documents")
                .then().statusCode(400).contentType(Problem.MEDIA_TYPE).body("title", equalTo("Malformed JSON"));
    }

    @Test
    void anEscapedControlCharacterRejectsTheDocumentNamingFieldAndOffset() {
        String id = Fixtures.createCorpus("escaped-control");
        String body = """
                [{"source": "a", "text": "Fine text.\\nWith a new line and a\\ttab."},
                 {"source": "a", "text": "NUL \\u0000 inside"},
                 {"source": "a\\u001b", "text": "Escape in the source."},
                 {"source": "a", "text": "Lone surrogate \\ud800 here."}]""";
        given().contentType(ContentType.JSON).body(body)
                .when().post("/v1/corpora/" + id + "/documents")
                .then().statusCode(200).body("accepted", equalTo(1))
                .body("rejected[0].reason", startsWith("text: control character U+0000 at offset 4"))
                .body("rejected[1].reason", startsWith("source: control character U+001B at offset 1"))
                .body("rejected[2].reason", startsWith("text: unpaired surrogate U+D800 at offset 15"));
    }

    @Test
    void aControlCharacterInACorpusNameIsUnprocessable() {
        given().contentType(ContentType.JSON).body("{\"name\": \"tab\\there\"}")
                .when().post("/v1/corpora")
                .then().statusCode(422).contentType(Problem.MEDIA_TYPE).body("field", equalTo("name"))
                .body("detail", containsString("U+0009"));
    }

    @Test
    void emptyAndWhitespaceOnlyDocumentsAreRejected() {
        String id = Fixtures.createCorpus("blank");
        given().contentType(ContentType.JSON)
                .body("[{\"source\": \"a\", \"text\": \"Real text.\"}, {\"source\": \"a\", \"text\": \" \\n\\t \"},"
                        + " {\"source\": \"a\", \"text\": \"\"}]")
                .when().post("/v1/corpora/" + id + "/documents")
                .then().statusCode(200).body("accepted", equalTo(1))
                .body("rejected.index", org.hamcrest.Matchers.contains(1, 2))
                .body("rejected[0].reason", startsWith("text: is required and must not be empty"));
    }

    @Test
    void anEmptyArrayIsUnprocessable() {
        String id = Fixtures.createCorpus("none");
        given().contentType(ContentType.JSON).body("[]")
                .when().post("/v1/corpora/" + id + "/documents")
                .then().statusCode(422).contentType(Problem.MEDIA_TYPE).body("field", equalTo("documents"));
    }

    @Test
    void aReusedExternalIdWithOtherTextIsRejectedAndWithTheSameTextIsADuplicate() {
        String id = Fixtures.createCorpus("ids");
        String body = """
                [{"externalId": "x-1", "source": "a", "text": "The first text."},
                 {"externalId": "x-1", "source": "a", "text": "The first text."},
                 {"externalId": "x-1", "source": "a", "text": "A different text under the same id."}]""";
        given().contentType(ContentType.JSON).body(body)
                .when().post("/v1/corpora/" + id + "/documents")
                .then().statusCode(200).body("accepted", equalTo(1)).body("duplicates", equalTo(1))
                .body("rejected[0].index", equalTo(2))
                .body("rejected[0].reason", startsWith("externalId: 'x-1' is already used in this request by the document at index 0"));
    }

    @Test
    void absurdAndImpossibleDatesAreRejected() {
        String id = Fixtures.createCorpus("dates");
        String body = """
                [{"source": "a", "text": "Dated well.", "publishedAt": "2025-07-24T10:15:00+02:00"},
                 {"source": "a", "text": "Far future.", "publishedAt": "+999999999-12-31T23:59:59Z"},
                 {"source": "a", "text": "Far past.", "publishedAt": "0001-01-01"},
                 {"source": "a", "text": "No such day.", "publishedAt": "2025-02-30"},
                 {"source": "a", "text": "No such offset.", "publishedAt": "2025-07-24T10:15:00+25:00"}]""";
        given().contentType(ContentType.JSON).body(body)
                .when().post("/v1/corpora/" + id + "/documents")
                .then().statusCode(200).body("accepted", equalTo(1))
                .body("rejected[0].reason", containsString("outside the accepted range 1800-01-01 to 2100-01-01"))
                .body("rejected[1].reason", containsString("outside the accepted range"))
                .body("rejected[2].reason", containsString("is not an ISO-8601 date"))
                .body("rejected[3].reason", containsString("is not an ISO-8601 date"));
    }

    @Test
    void anUnknownFieldIsABadRequestNamingIt() {
        String id = Fixtures.createCorpus("unknown");
        given().contentType(ContentType.JSON).body("[{\"source\": \"a\", \"text\": \"Text.\", \"publishd\": \"2025-01-01\"}]")
                .when().post("/v1/corpora/" + id + "/documents")
                .then().statusCode(400).contentType(Problem.MEDIA_TYPE)
                .body("field", equalTo("[0].publishd"))
                .body("detail", containsString("publishedAt"));
        given().contentType(ContentType.JSON).body("{\"name\": \"n\", \"colour\": \"red\"}")
                .when().post("/v1/corpora")
                .then().statusCode(400).contentType(Problem.MEDIA_TYPE).body("field", equalTo("colour"));
        given().get("/v1/corpora/" + id).then().body("documents", equalTo(0));
    }

    @Test
    void wrongTypesAndWrongContentTypesAreClientErrors() {
        String id = Fixtures.createCorpus("types");
        given().contentType(ContentType.JSON).body("[{\"source\": [1], \"text\": 3}]")
                .when().post("/v1/corpora/" + id + "/documents")
                .then().statusCode(400).contentType(Problem.MEDIA_TYPE);
        given().contentType(ContentType.TEXT).body("plain")
                .when().post("/v1/corpora/" + id + "/documents")
                .then().statusCode(415).contentType(Problem.MEDIA_TYPE);
        given().contentType(ContentType.JSON).body("{\"options\": {\"maxFrames\": 1e40}}")
                .when().post("/v1/corpora/" + id + "/analyses")
                .then().statusCode(400).contentType(Problem.MEDIA_TYPE);
    }
}
