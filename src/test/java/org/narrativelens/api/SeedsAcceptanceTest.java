package org.narrativelens.api;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Disabled;
import org.junit.jupiter.api.Test;

/**
 * The acceptance checks of the seed articles in ../shared/data (not part of this repository; skipped where it is
 * absent): the two frame descriptions, and (not yet met) an anchor alone, put every source on its expected side.
 */
@QuarkusTest
class SeedsAcceptanceTest {

    private static final Path SEEDS = Path.of("..", "shared", "data", "seeds");
    private static final ObjectMapper JSON = new ObjectMapper();

    private String corpus;
    private JsonNode expected;

    @BeforeEach
    void loadSeeds() throws IOException {
        assumeTrue(Files.isRegularFile(SEEDS.resolve("documents.jsonl")), "../shared/data/seeds is absent");
        expected = JSON.readTree(SEEDS.resolve("expected.json").toFile());
        ArrayNode documents = JSON.createArrayNode();
        for (String line : Files.readAllLines(SEEDS.resolve("documents.jsonl"))) {
            if (!line.isBlank()) {
                JsonNode row = JSON.readTree(line);
                documents.addObject().put("externalId", row.get("id").asText())
                        .put("source", row.get("source").asText()).put("text", row.get("text").asText());
            }
        }
        corpus = Fixtures.corpusWith(documents.toString());
    }

    @Test
    @Disabled("Open in issue 2: with one anchor the axis is the main difference between sources, which on the seeds"
            + " is coverage (arrests vs the Taliban's claims), not stance; seed-004 lands with seed-000. Lexically too"
            + " seed-004 is among the sources closest to seed-000, and an axis from the anchor's own prose to the"
            + " claims it attributes to others put seed-004 at -0.52 (README, Evaluation). Guided mode separates them.")
    void anAnchorOnSeed000PutsSeed004OnTheOtherSide() throws IOException {
        Map<String, Double> stance = stances("{\"anchors\": {\"A\": [\"seed-000\"]}}");

        for (String source : new String[] {"seed-000", "seed-001", "seed-002", "seed-003"}) {
            assertTrue(stance.get(source) < 0, source + " on side A: " + stance);
        }
        assertTrue(stance.get("seed-004") > 0, "seed-004 on side B: " + stance);
    }

    @Test
    void theTwoFrameDescriptionsPutEverySourceOnItsExpectedSide() throws IOException {
        ObjectNode request = JSON.createObjectNode();
        ArrayNode frames = request.putArray("frames");
        frames.addObject().put("label", "counters").put("description", expected.at("/frames/counters").asText());
        frames.addObject().put("label", "shelters").put("description", expected.at("/frames/shelters").asText());

        Map<String, Double> stance = stances(request.toString());

        expected.get("sources").fields().forEachRemaining(source -> {
            double value = stance.get(source.getKey());
            boolean onExpectedSide = source.getValue().asText().equals("counters") ? value < 0 : value > 0;
            assertTrue(onExpectedSide, source.getKey() + " should be on '" + source.getValue().asText() + "': " + stance);
        });
    }

    private Map<String, Double> stances(String request) throws IOException {
        String body = given().contentType(ContentType.JSON).body(request)
                .when().post("/v1/corpora/" + corpus + "/analyses?wait=true")
                .then().statusCode(200).extract().asString();
        Map<String, Double> stance = new HashMap<>();
        JSON.readTree(body).at("/result/sources").forEach(s -> stance.put(s.get("source").asText(), s.get("stance").asDouble()));
        return stance;
    }
}
