package org.narrativelens.api;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import java.net.URL;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import org.junit.jupiter.api.Test;

/** Hostile input: one strict JSON reading for every endpoint; nothing is coerced, guessed or ignored. */
@QuarkusTest
class StrictJsonTest {

    @TestHTTPResource("/")
    URL server;

    @Test
    void aDuplicateKeyIs400NamingIt() {
        given().contentType(ContentType.JSON).body("{\"name\": \"a\", \"name\": \"b\"}").post("/v1/corpora")
                .then().statusCode(400).contentType(Problem.MEDIA_TYPE).body("field", equalTo("name"))
                .body("detail", containsString("Duplicate field 'name'"));
    }

    @Test
    void numbersAndBooleansAreNotCoercedToStrings() {
        given().contentType(ContentType.JSON).body("{\"name\": true}").post("/v1/corpora")
                .then().statusCode(400).contentType(Problem.MEDIA_TYPE).body("field", equalTo("name"));
        String id = Fixtures.createCorpus("types");
        given().contentType(ContentType.JSON).body("[{\"source\": \"a\", \"text\": 123}]")
                .post("/v1/corpora/" + id + "/documents")
                .then().statusCode(400).contentType(Problem.MEDIA_TYPE).body("field", equalTo("[0].text"));
    }

    @Test
    void contentAfterTheJsonValueIs400() {
        given().contentType(ContentType.JSON).body("{\"name\": \"a\"} {\"name\": \"b\"}").post("/v1/corpora")
                .then().statusCode(400).contentType(Problem.MEDIA_TYPE).body("detail", containsString("after"));
        String id = Fixtures.createCorpus("trailing");
        given().contentType(ContentType.JSON).body("[{\"source\": \"a\", \"text\": \"t\"}] x")
                .post("/v1/corpora/" + id + "/documents").then().statusCode(400).contentType(Problem.MEDIA_TYPE);
        given().get("/v1/corpora/" + id).then().body("documents", equalTo(0));
    }

    @Test
    void anUnknownQueryValueIs400NamingTheParameter() {
        String id = Fixtures.createCorpus("wait");
        given().contentType(ContentType.JSON).body("{}").post("/v1/corpora/" + id + "/analyses?wait=yes")
                .then().statusCode(400).contentType(Problem.MEDIA_TYPE).body("field", equalTo("wait"));
    }

    @Test
    void aBodyWithoutContentTypeIs415() throws Exception {
        // java.net.http sends no Content-Type unless told to (RestAssured and HttpURLConnection add one)
        HttpResponse<String> response = HttpClient.newHttpClient().send(HttpRequest.newBuilder(server.toURI().resolve("v1/corpora"))
                .POST(HttpRequest.BodyPublishers.ofString("{\"name\": \"a\"}")).build(), HttpResponse.BodyHandlers.ofString());
        assertEquals(415, response.statusCode());
        assertEquals(Problem.MEDIA_TYPE, response.headers().firstValue("Content-Type").orElse(""));
        assertTrue(response.body().contains("\"field\":\"Content-Type\""), response.body());
    }
}
