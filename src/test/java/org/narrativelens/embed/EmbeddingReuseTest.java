package org.narrativelens.embed;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import jakarta.inject.Inject;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** Identical passages are embedded once, within and across corpora, and re-analysing does not embed again. */
@QuarkusTest
class EmbeddingReuseTest {

    @Inject
    EmbeddingCache embeddings;

    @Test
    void theModelSeesEachDistinctPassageOnce() {
        String nonce = UUID.randomUUID().toString().substring(0, 8);
        String shared = "Councillor Vale " + nonce + " said the ferry timetable will change in spring.";
        // three passages (one per paragraph) in each document; the first paragraph is the same in both
        String first = shared + "\n\nThe harbour board " + nonce + " approved a new pier.\n\nFares rise by ten "
                + "percent for commuters " + nonce + ".";
        String second = shared + "\n\nFishermen " + nonce + " worry about the dredging plan.\n\nThe mayor "
                + nonce + " promised a public meeting.";
        String documents = "[{\"source\": \"harbour-news\", \"text\": \"" + first.replace("\n", "\\n")
                + "\"}, {\"source\": \"quay-post\", \"text\": \"" + second.replace("\n", "\\n") + "\"}]";
        String corpus = corpusWith(documents);
        assertEquals(6, given().get("/v1/corpora/" + corpus).then().extract().<Integer>path("passages"));
        assertEquals(0, embedded(corpus), "nothing embedded before the first analysis");

        long calls = embeddings.embedderCalls();
        long texts = embeddings.textsEmbedded();
        analyse(corpus, "{}");
        // the narrative stage also embeds the action words of the statements it finds, in a call of its own
        assertTrue(embeddings.textsEmbedded() - texts >= 5, "6 passages, 5 distinct texts, at least these embedded");
        assertTrue(embeddings.embedderCalls() - calls <= 2, "passages in one call, action words in another");
        assertEquals(6, embedded(corpus), "every passage's vector is stored");

        texts = embeddings.textsEmbedded();
        analyse(corpus, "{\"options\": {\"maxFrames\": 2, \"seed\": 7, \"permutations\": 99}}");
        assertEquals(0, embeddings.textsEmbedded() - texts, "re-analysing with new options embeds nothing");

        String again = corpusWith(documents);
        assertEquals(6, embedded(again), "vectors are shared across corpora");
        analyse(again, "{}");
        assertEquals(0, embeddings.textsEmbedded() - texts, "another corpus with the same passages embeds nothing");

        String guided = "{\"frames\": [{\"label\": \"ferries\", \"description\": \"Ferries " + nonce
                + " matter\"}, {\"label\": \"piers\", \"description\": \"Piers " + nonce + " matter\"}]}";
        analyse(corpus, guided);
        assertTrue(embeddings.textsEmbedded() - texts >= 2, "the two frame descriptions (and their action words)");
        texts = embeddings.textsEmbedded();
        analyse(again, guided);
        assertEquals(0, embeddings.textsEmbedded() - texts, "and never again");
    }

    private static String corpusWith(String documents) {
        String id = given().contentType(ContentType.JSON).body("{\"name\": \"reuse\"}").post("/v1/corpora")
                .then().statusCode(201).extract().path("id");
        given().contentType(ContentType.JSON).body(documents).post("/v1/corpora/" + id + "/documents")
                .then().statusCode(200);
        return id;
    }

    private static int embedded(String corpus) {
        return given().get("/v1/corpora/" + corpus).then().statusCode(200).extract().path("embedded");
    }

    private static void analyse(String corpus, String request) {
        given().contentType(ContentType.JSON).body(request).post("/v1/corpora/" + corpus + "/analyses?wait=true")
                .then().statusCode(200).body("status", equalTo("succeeded"));
    }
}
