package org.narrativelens.api;

import static io.restassured.RestAssured.given;

import io.restassured.http.ContentType;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

/** Test fixtures and the REST calls most tests begin with. */
final class Fixtures {

    /** Twelve invented articles from six outlets on a town's bike lane: three for it, three against. */
    static final String RIVERTON = "/fixtures/riverton-bike-lane.json";
    /** Two frame descriptions for the Riverton story: "safety" (frame A) and "burden" (frame B). */
    static final String RIVERTON_FRAMES = "/fixtures/riverton-frames.json";

    private Fixtures() {
    }

    static String resource(String path) {
        try (InputStream in = Fixtures.class.getResourceAsStream(path)) {
            if (in == null) {
                throw new IllegalArgumentException("No test resource " + path);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static String createCorpus(String name) {
        return given().contentType(ContentType.JSON).body("{\"name\": \"" + name + "\"}")
                .when().post("/v1/corpora")
                .then().statusCode(201)
                .extract().path("id");
    }

    static String corpusWith(String documentsJson) {
        String id = createCorpus("fixture");
        given().contentType(ContentType.JSON).body(documentsJson)
                .when().post("/v1/corpora/" + id + "/documents")
                .then().statusCode(200);
        return id;
    }
}
