package org.narrativelens.api;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * {@code POST /v1/analyses/{id}/score} on the very documents an analysis holds gives each the stance the analysis
 * gave it, under either voice setting: both go through one pipeline. The Riverton fixture has quoted and reported
 * passages (Maria Lopez, Ahmed Khan, ...), so counting the author's voice only differs from counting every voice.
 */
@QuarkusTest
class ScoreReproducesAnalysisTest {

    /** Stances are doubles computed by the same code on the same vectors: only summation order may differ. */
    private static final double TOLERANCE = 1e-9;

    @Test
    void scoringTheAnalysedDocumentsReproducesTheirStancesUnderBothVoiceSettings() {
        String documents = Fixtures.resource(Fixtures.RIVERTON);
        String corpus = Fixtures.corpusWith(documents);
        String frames = Fixtures.resource(Fixtures.RIVERTON_FRAMES).strip();
        double[][] byVoices = new double[2][];
        int setting = 0;
        for (String voices : List.of("author", "all")) {
            String request = frames.substring(0, frames.lastIndexOf('}')) + ", \"options\": {\"voices\": \""
                    + voices + "\"}}";
            JsonPath analysis = given().contentType(ContentType.JSON).body(request)
                    .post("/v1/corpora/" + corpus + "/analyses?wait=true")
                    .then().statusCode(200).body("status", equalTo("succeeded")).extract().jsonPath();
            JsonPath scored = given().contentType(ContentType.JSON).body(documents)
                    .post("/v1/analyses/" + analysis.getString("id") + "/score")
                    .then().statusCode(200).extract().jsonPath();

            List<String> externalIds = JsonPath.from(documents).getList("externalId");
            byVoices[setting] = new double[externalIds.size()];
            for (int i = 0; i < externalIds.size(); i++) {
                String externalId = externalIds.get(i);
                double expected = analysis.getDouble("result.documents.find { it.externalId == '" + externalId
                        + "' }.stance");
                assertEquals(externalId, scored.getString("documents[" + i + "].externalId"));
                assertEquals(expected, scored.getDouble("documents[" + i + "].stance"), TOLERANCE,
                        externalId + " with voices=" + voices);
                byVoices[setting][i] = expected;
            }
            for (String source : analysis.<String>getList("result.sources.source")) {
                assertEquals(analysis.getDouble("result.sources.find { it.source == '" + source + "' }.stance"),
                        scored.getDouble("sources.find { it.source == '" + source + "' }.stance"), TOLERANCE,
                        source + " with voices=" + voices);
            }
            setting++;
        }
        boolean differ = false;
        for (int i = 0; i < byVoices[0].length; i++) {
            differ |= Math.abs(byVoices[0][i] - byVoices[1][i]) > 1e-6;
        }
        assertTrue(differ, "the fixture must tell the voice settings apart, or the test proves nothing");
    }
    @Test
    void scoringReproducesStancesCombinedWithTheClaims() throws Exception {
        ObjectMapper json = new ObjectMapper();
        ArrayNode documents = (ArrayNode) json.readTree(Fixtures.resource(Fixtures.RIVERTON));
        documents.addObject().put("externalId", "cycling-times-12").put("source", "cycling-times")
                .put("text", BikeLaneClaimsTest.FOLLOW_UP);
        String corpus = Fixtures.corpusWith(documents.toString());
        JsonPath analysis = given().contentType(ContentType.JSON).body(Fixtures.resource(Fixtures.RIVERTON_FRAMES))
                .post("/v1/corpora/" + corpus + "/analyses?wait=true")
                .then().statusCode(200).body("status", equalTo("succeeded")).extract().jsonPath();
        List<String> patients = analysis.getList("result.parameters.claimAxis.parts.patient");
        assertTrue(patients.stream().anyMatch(p -> p != null && p.toLowerCase(java.util.Locale.ROOT).contains("parking")),
                "the guided pair includes the burden's parking: " + patients);

        JsonPath scored = given().contentType(ContentType.JSON).body(documents.toString())
                .post("/v1/analyses/" + analysis.getString("id") + "/score")
                .then().statusCode(200).extract().jsonPath();

        for (int i = 0; i < documents.size(); i++) {
            String externalId = documents.get(i).get("externalId").asText();
            assertEquals(analysis.getDouble("result.documents.find { it.externalId == '" + externalId + "' }.stance"),
                    scored.getDouble("documents[" + i + "].stance"), TOLERANCE, externalId);
        }
        for (String source : analysis.<String>getList("result.sources.source")) {
            assertEquals(analysis.getDouble("result.sources.find { it.source == '" + source + "' }.stance"),
                    scored.getDouble("sources.find { it.source == '" + source + "' }.stance"), TOLERANCE, source);
        }
        assertTrue(scored.getDouble("documents[12].stance") < 0, "the denial counts for safety when scored too");
    }
}
