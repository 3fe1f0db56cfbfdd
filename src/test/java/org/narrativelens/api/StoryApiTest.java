package org.narrativelens.api;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.narrativelens.analysis.Analysis;
import org.narrativelens.analysis.AnalysisStatus;

@QuarkusTest
class StoryApiTest {

    private String corpus;
    private List<Map<String, Object>> fixture;

    @BeforeEach
    void loadRiverton() {
        corpus = Fixtures.corpusWith(Fixtures.resource(Fixtures.RIVERTON));
        fixture = JsonPath.from(Fixtures.resource(Fixtures.RIVERTON)).getList("");
    }

    @Test
    void aDocumentOfTheCorpusScoresAsTheAnalysisScoredIt() {
        for (String request : List.of(Fixtures.resource(Fixtures.RIVERTON_FRAMES),
                "{\"anchors\": {\"A\": [\"cycling-times\"], \"B\": [\"motorist-weekly\"]}}", "{}")) {
            JsonPath analysis = analyse(request);
            String id = analysis.getString("id");
            JsonPath scored = score(id, "[" + json(fixture.get(2)) + ", " + json(fixture.get(9)) + "]")
                    .then().statusCode(200).extract().jsonPath();

            for (int i = 0; i < 2; i++) {
                String externalId = scored.getString("documents[" + i + "].externalId");
                double expected = analysis.getDouble("result.documents.find { it.externalId == '" + externalId
                        + "' }.stance");
                assertEquals(expected, scored.getDouble("documents[" + i + "].stance"), 1e-6,
                        externalId + " under " + request);
            }
            assertEquals("all-minilm-l6-v2", scored.getString("model.name"));
            assertEquals(analysis.getLong("result.parameters.seed"), scored.getLong("parameters.seed"));
            assertEquals(analysis.getString("result.axes[0].method"), scored.getString("parameters.scoring.method"));
        }
    }

    @Test
    void newDocumentsGetStanceFrameScoresAndEvidenceWithOffsetsPerDocumentAndSource() {
        String id = analyse(Fixtures.resource(Fixtures.RIVERTON_FRAMES)).getString("id");
        String forTheLane = "The new protected lane on Main Street has made the crossing safer for children. "
                + "Injuries at the junction fell sharply since it opened.\n\n"
                + "Shop owners on the street report more customers arriving on foot and by bike.";
        String against = "Drivers can no longer find parking near the shops since the bike lane took the spaces. "
                + "Small businesses say the lane is costing them customers.\n\n"
                + "The council spent taxpayer money on a project few people asked for.";
        JsonPath scored = score(id, "[{\"source\": \"riverside-herald\", \"externalId\": \"new-1\", \"text\": "
                + quote(forTheLane) + "}, {\"source\": \"riverside-herald\", \"text\": " + quote(against)
                + "}, {\"source\": \"x\", \"text\": \"\"}]")
                .then().statusCode(200).extract().jsonPath();

        assertEquals(2, scored.getList("documents").size());
        assertEquals(1, scored.getList("rejected").size());
        assertEquals(2, scored.getInt("rejected[0].index"));
        assertTrue(scored.getDouble("documents[0].stance") < scored.getDouble("documents[1].stance"),
                "the safety article lies toward frame A of the other");
        String[] texts = {forTheLane, against};
        for (int d = 0; d < 2; d++) {
            Map<String, Number> shares = scored.getMap("documents[" + d + "].frameScores");
            assertEquals(1.0, shares.values().stream().mapToDouble(Number::doubleValue).sum(), 1e-6);
            List<Map<String, Object>> evidence = scored.getList("documents[" + d + "].evidence");
            assertFalse(evidence.isEmpty());
            for (Map<String, Object> e : evidence) {
                assertEquals(texts[(Integer) e.get("document")].substring((Integer) e.get("start"),
                        (Integer) e.get("end")), e.get("text"));
            }
        }
        assertEquals("riverside-herald", scored.getString("sources[0].source"));
        assertTrue(scored.getDouble("sources[0].interval.low") <= scored.getDouble("sources[0].stance"));
        assertFalse(scored.getList("sources[0].evidence").isEmpty());
    }

    @Test
    void scoringNeedsAKnownFinishedAnalysisAndValidDocuments() {
        String valid = "[{\"source\": \"s\", \"text\": \"The bike lane is new.\"}]";
        score("6f1c1f7e-8d0e-4a39-9d5b-000000000000", valid)
                .then().statusCode(404).contentType(Problem.MEDIA_TYPE).body("detail", containsString("analysis"));
        score("not-a-uuid", valid).then().statusCode(404).contentType(Problem.MEDIA_TYPE);

        UUID running = storedAnalysis(AnalysisStatus.running);
        score(running.toString(), valid).then().statusCode(409).contentType(Problem.MEDIA_TYPE)
                .body("detail", containsString("running"));
        given().get("/v1/analyses/" + running + "/timeline").then().statusCode(409).contentType(Problem.MEDIA_TYPE);

        String id = analyse("{}").getString("id");
        score(id, "[{\"source\": \"s\", \"text\": \"  \"}]").then().statusCode(422).contentType(Problem.MEDIA_TYPE)
                .body("field", equalTo("[0].text"));
        score(id, "[]").then().statusCode(422).contentType(Problem.MEDIA_TYPE).body("field", equalTo("documents"));
        score(id, "{\"text\": \"not an array\"}").then().statusCode(400).contentType(Problem.MEDIA_TYPE);
        score(id, "[{\"text\": \"no source\"}]").then().statusCode(422).contentType(Problem.MEDIA_TYPE)
                .body("field", equalTo("[0].source"));
    }

    @Test
    void theTimelineBreaksSourcesFramesAndStanceDownByDateWithCounts() {
        JsonPath analysis = analyse(Fixtures.resource(Fixtures.RIVERTON_FRAMES));
        String id = analysis.getString("id");

        JsonPath days = given().get("/v1/analyses/" + id + "/timeline?bucket=day").then().statusCode(200)
                .body("bucket", equalTo("day")).body("buckets", hasSize(12)).extract().jsonPath();
        assertEquals("2025-05-10", days.getString("buckets[0].start"));
        assertEquals("2025-05-11", days.getString("buckets[0].end"));
        assertEquals(1, days.getInt("buckets[0].documents"));
        assertEquals("cycling-times", days.getString("buckets[0].sources[0].source"));
        double cyclingTimesFirst = analysis.getDouble(
                "result.documents.find { it.externalId == 'cycling-times-0' }.stance");
        assertEquals(cyclingTimesFirst, days.getDouble("buckets[0].stance"), 1e-9);
        assertEquals(0, days.getInt("undated.documents"));

        JsonPath weeks = given().get("/v1/analyses/" + id + "/timeline?bucket=week").then().statusCode(200)
                .extract().jsonPath();
        // 2025-05-10 is a Saturday: weeks start on Mondays 05-05, 05-12 and 05-19
        assertEquals(List.of("2025-05-05", "2025-05-12", "2025-05-19"), weeks.getList("buckets.start"));
        assertEquals(List.of(2, 7, 3), weeks.getList("buckets.documents"));
        int passages = weeks.<Integer>getList("buckets.passages").stream().mapToInt(Integer::intValue).sum();
        int analysed = analysis.<Map<String, Object>>getList("result.frames").stream()
                .mapToInt(f -> (Integer) f.get("size")).sum();
        assertEquals(analysed, passages, "every passage of the analysis is in one bucket");

        JsonPath months = given().get("/v1/analyses/" + id + "/timeline?bucket=month").then().statusCode(200)
                .body("buckets", hasSize(1)).extract().jsonPath();
        Map<String, Number> shares = months.getMap("buckets[0].frameScores");
        assertEquals(1.0, shares.values().stream().mapToDouble(Number::doubleValue).sum(), 1e-6);
        assertNull(months.get("undated.stance"));

        given().get("/v1/analyses/" + id + "/timeline?bucket=fortnight").then().statusCode(422)
                .contentType(Problem.MEDIA_TYPE).body("field", equalTo("bucket"));
        given().get("/v1/analyses/6f1c1f7e-8d0e-4a39-9d5b-000000000000/timeline").then().statusCode(404);
    }

    private UUID storedAnalysis(AnalysisStatus status) {
        Analysis analysis = new Analysis();
        analysis.id = UUID.randomUUID();
        analysis.corpusId = UUID.fromString(corpus);
        analysis.tenant = "default";
        analysis.status = status;
        analysis.stage = "embedding";
        analysis.request = "{}";
        analysis.attempts = 1;
        analysis.createdAt = OffsetDateTime.now();
        analysis.startedAt = OffsetDateTime.now();
        QuarkusTransaction.requiringNew().run(analysis::persist);
        return analysis.id;
    }

    private JsonPath analyse(String request) {
        return given().contentType(ContentType.JSON).body(request)
                .post("/v1/corpora/" + corpus + "/analyses?wait=true")
                .then().statusCode(200).body("status", equalTo("succeeded")).extract().jsonPath();
    }

    private static io.restassured.response.Response score(String analysisId, String body) {
        return given().contentType(ContentType.JSON).body(body).post("/v1/analyses/" + analysisId + "/score");
    }

    private static String json(Map<String, Object> document) {
        StringBuilder out = new StringBuilder("{");
        document.forEach((key, value) -> out.append(out.length() > 1 ? ", " : "").append(quote(key)).append(": ")
                .append(quote(String.valueOf(value))));
        return out.append('}').toString();
    }

    private static String quote(String text) {
        return '"' + text.replace("\\", "\\\\").replace("\"", "\\\"").replace("\n", "\\n") + '"';
    }
}
