package org.narrativelens.security;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.TreeSet;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import java.util.stream.LongStream;
import org.junit.jupiter.api.Test;

/** Ids a tenant sees are numbered per tenant: after another tenant stored many documents, they still start at 1. */
@QuarkusTest
@TestProfile(TenantKeysProfile.class)
class TenantIdsTest {

    /** Two tenants that no other test uses, on the same database as the rest of the suite. */
    static final String BUSY_KEY = "busy-tenant-key-71c2e9a4";
    static final String QUIET_KEY = "quiet-tenant-key-0d5f3b86";

    @Test
    void theIdsOfOneTenantGiveNoCountOfAnother() throws IOException {
        String busy = corpus(BUSY_KEY);
        ingest(BUSY_KEY, busy, fixture());
        ingest(BUSY_KEY, busy, IntStream.range(0, 40).mapToObj(i -> "{\"source\": \"busy-" + i % 3
                + "\", \"text\": \"Busy tenant report " + i + ". The ferry was late again on Monday.\"}")
                .collect(Collectors.joining(",", "[", "]")));

        String quiet = corpus(QUIET_KEY);
        int documents = ingest(QUIET_KEY, quiet, fixture());
        long passages = given().header(ApiKeyFilter.HEADER, QUIET_KEY).get("/v1/corpora/" + quiet).then()
                .statusCode(200).extract().jsonPath().getLong("passages");
        JsonPath result = given().header(ApiKeyFilter.HEADER, QUIET_KEY).contentType(ContentType.JSON).body("{}")
                .queryParam("wait", true).post("/v1/corpora/" + quiet + "/analyses").then().statusCode(200)
                .extract().jsonPath();

        List<Long> documentIds = result.getList("result.documents.id", Long.class);
        assertEquals(LongStream.rangeClosed(1, documents).boxed().toList(), new TreeSet<>(documentIds).stream().toList(),
                "the quiet tenant's documents are its own 1.." + documents);
        List<Long> passageIds = result.getList("result.sources.evidence.flatten().passageId", Long.class);
        assertTrue(!passageIds.isEmpty() && passageIds.stream().allMatch(id -> id >= 1 && id <= passages),
                "passage ids within the quiet tenant's own " + passages + ": " + passageIds);

        given().header(ApiKeyFilter.HEADER, QUIET_KEY).get("/v1/corpora/" + quiet + "/documents/1")
                .then().statusCode(200).body("id", org.hamcrest.Matchers.equalTo(1));
        given().header(ApiKeyFilter.HEADER, BUSY_KEY).get("/v1/corpora/" + quiet + "/documents/1")
                .then().statusCode(404);
    }

    private static String corpus(String key) {
        return given().header(ApiKeyFilter.HEADER, key).contentType(ContentType.JSON).body("{\"name\": \"ids\"}")
                .post("/v1/corpora").then().statusCode(201).extract().path("id");
    }

    private static int ingest(String key, String corpus, String documents) {
        return given().header(ApiKeyFilter.HEADER, key).contentType(ContentType.JSON).body(documents)
                .post("/v1/corpora/" + corpus + "/documents").then().statusCode(200).extract().path("accepted");
    }

    private static String fixture() throws IOException {
        try (InputStream in = TenantIdsTest.class.getResourceAsStream("/fixtures/riverton-bike-lane.json")) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }
}
