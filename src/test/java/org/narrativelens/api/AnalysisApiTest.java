package org.narrativelens.api;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.greaterThanOrEqualTo;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.lessThanOrEqualTo;
import static org.hamcrest.Matchers.notNullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

@QuarkusTest
class AnalysisApiTest {

    private static final Set<String> FOR_THE_LANE = Set.of("cycling-times", "green-streets", "metro-progress");
    private static final Set<String> AGAINST_THE_LANE = Set.of("merchant-voice", "taxpayer-journal", "motorist-weekly");

    private String corpus;

    @BeforeEach
    void loadRiverton() {
        corpus = Fixtures.corpusWith(Fixtures.resource(Fixtures.RIVERTON));
    }

    @Test
    void frameDescriptionsDefineTheAxisAndEverySourceFallsOnItsSide() {
        JsonPath result = analyse(Fixtures.resource(Fixtures.RIVERTON_FRAMES));

        assertEquals("guided", result.getString("axes[0].method"));
        assertSides(result);
        List<Map<String, Object>> frames = result.getList("frames");
        assertTrue(frames.stream().anyMatch(f -> "safety".equals(f.get("label"))), "frame A keeps its label");
        assertTrue(frames.stream().anyMatch(f -> "burden".equals(f.get("label"))), "frame B keeps its label");
    }

    @Test
    void framesGivenByExamplePassagesAloneGuideTheAxisAndAreRecorded() {
        JsonPath result = analyse("""
                {"frames": [
                  {"label": "safety", "examples": [
                    "Since the lane opened, fewer cyclists have been hurt on Main Street.",
                    "Parents say their children can finally ride to school without fear of the traffic."]},
                  {"label": "burden", "examples": [
                    "Shop owners complain that customers can no longer find anywhere to park.",
                    "The city spent a fortune on paint and posts while the potholes go unfixed."]}]}""");

        assertEquals("guided", result.getString("axes[0].method"));
        assertSides(result);
        assertEquals(2, result.getList("parameters.frames[1].examples").size(), "the examples are recorded");
    }

    @Test
    void anAnchorOrientsTheAxis() {
        JsonPath result = analyse("{\"anchors\": {\"A\": [\"cycling-times\"]}}");

        assertEquals("anchored", result.getString("axes[0].method"));
        assertSides(result);
        assertTrue(result.getList("notes", String.class).stream()
                .anyMatch(note -> note.contains("anchor a source on each side")), "one-sided anchoring says its limit");
    }

    @Test
    void anchorsOnBothSidesTakeTheLexicalAxisAndNameEachSidesPhrases() {
        JsonPath result = analyse("{\"anchors\": {\"A\": [\"cycling-times\"], \"B\": [\"motorist-weekly\"]}}");

        assertEquals("anchored", result.getString("axes[0].method"));
        assertSides(result);
        List<String> notes = result.getList("notes", String.class);
        assertTrue(notes.stream().anyMatch(note -> note.startsWith("anchored axis: partisan phrases")), notes.toString());
        assertTrue(notes.stream().anyMatch(note -> note.startsWith("phrases of side A: ")), notes.toString());
    }

    @Test
    void theResultRecordsModelParametersAndEvidenceWithOffsets() {
        JsonPath result = analyse(Fixtures.resource(Fixtures.RIVERTON_FRAMES));

        assertEquals("all-minilm-l6-v2", result.getString("model.name"));
        assertEquals(64, result.getString("model.sha256").length());
        assertEquals(384, result.getInt("model.dimension"));
        assertEquals(42L, result.getLong("parameters.seed"));
        assertEquals(6, result.getList("sources").size());
        assertEquals(12, result.getList("documents").size());
        for (Map<String, Object> source : result.<Map<String, Object>>getList("sources")) {
            double stance = ((Number) source.get("stance")).doubleValue();
            @SuppressWarnings("unchecked")
            Map<String, Number> interval = (Map<String, Number>) source.get("interval");
            assertTrue(interval.get("low").doubleValue() <= stance && stance <= interval.get("high").doubleValue(),
                    "interval contains the stance of " + source.get("source"));
            @SuppressWarnings("unchecked")
            List<Map<String, Object>> evidence = (List<Map<String, Object>>) source.get("evidence");
            assertTrue(!evidence.isEmpty(), "evidence for " + source.get("source"));
            for (Map<String, Object> passage : evidence) {
                String documentText = documentText(((Number) passage.get("documentId")).longValue(), result);
                int start = (Integer) passage.get("start");
                int end = (Integer) passage.get("end");
                assertEquals(documentText.substring(start, end), passage.get("text"), "offsets point into the original");
            }
        }
        for (Map<String, Object> frame : result.<Map<String, Object>>getList("frames")) {
            // a phrase counts when a frame uses it at least twice and over-uses it: a small topic (passages split by
            // voice are short) may have none
            if (((Number) frame.get("size")).intValue() >= 5) {
                assertTrue(!((List<?>) frame.get("keyphrases")).isEmpty(), "keyphrases for " + frame.get("label")
                        + " of size " + frame.get("size"));
            }
            assertTrue(!((List<?>) frame.get("exemplars")).isEmpty(), "exemplars for " + frame.get("label"));
        }
    }

    @Test
    void theSameRequestGivesTheSameResult() {
        String request = Fixtures.resource(Fixtures.RIVERTON_FRAMES);
        Object first = resultOf(request).get("result");
        Object second = resultOf(request).get("result");
        assertEquals(first, second);
    }

    @Test
    void withoutWaitTheJobIsAcceptedAndCanBeFollowed() {
        String location = given().contentType(ContentType.JSON).body("{}")
                .when().post("/v1/corpora/" + corpus + "/analyses")
                .then().statusCode(202)
                .header("Location", containsString("/v1/analyses/"))
                .body("status", org.hamcrest.Matchers.oneOf("queued", "running", "succeeded"))
                .extract().header("Location");

        Instant deadline = Instant.now().plus(Duration.ofSeconds(120));
        String status;
        do {
            status = given().get(location).then().statusCode(200).extract().path("status");
        } while (!status.equals("succeeded") && !status.equals("failed") && Instant.now().isBefore(deadline));
        given().get(location).then()
                .body("status", equalTo("succeeded"))
                .body("progress.stage", equalTo("done"))
                .body("result.axes[0].method", equalTo("unsupervised"))
                .body("result.sources", hasSize(6))
                .body("result.sources.stance", everyItem(greaterThanOrEqualTo(-1f)))
                .body("result.sources.stance", everyItem(lessThanOrEqualTo(1f)));
    }

    @Test
    void invalidRequestsNameTheField() {
        post("{\"frames\": [{\"label\": \"only one\", \"description\": \"a single frame\"}]}")
                .then().statusCode(422).contentType(Problem.MEDIA_TYPE).body("field", equalTo("frames"));
        post("{\"anchors\": {\"A\": [\"no-such-outlet\"]}}")
                .then().statusCode(422).contentType(Problem.MEDIA_TYPE)
                .body("field", equalTo("anchors.A")).body("detail", containsString("no-such-outlet"));
        post("{\"anchors\": {\"left\": [\"cycling-times\"]}}")
                .then().statusCode(422).contentType(Problem.MEDIA_TYPE).body("field", equalTo("anchors.left"));
        post("{\"options\": {\"permutations\": 1000000}}")
                .then().statusCode(422).contentType(Problem.MEDIA_TYPE)
                .body("field", equalTo("options.permutations")).body("detail", containsString("0..10000"));
        post("{\"options\": {\"seed\": \"soon\"}}")
                .then().statusCode(400).contentType(Problem.MEDIA_TYPE).body("field", equalTo("options.seed"));
    }

    @Test
    void unknownIdsAreNotFound() {
        given().get("/v1/analyses/6f1c1f7e-8d0e-4a39-9d5b-000000000000")
                .then().statusCode(404).contentType(Problem.MEDIA_TYPE).body("detail", containsString("analysis"));
        given().contentType(ContentType.JSON).body("{}")
                .post("/v1/corpora/6f1c1f7e-8d0e-4a39-9d5b-000000000000/analyses")
                .then().statusCode(404).contentType(Problem.MEDIA_TYPE);
    }

    @Test
    void anEmptyCorpusCannotBeAnalysed() {
        String empty = Fixtures.createCorpus("empty");
        given().contentType(ContentType.JSON).body("{}").post("/v1/corpora/" + empty + "/analyses")
                .then().statusCode(422).contentType(Problem.MEDIA_TYPE).body("detail", containsString("no passages"));
    }

    private io.restassured.response.Response post(String body) {
        return given().contentType(ContentType.JSON).body(body).when().post("/v1/corpora/" + corpus + "/analyses");
    }

    private JsonPath resultOf(String body) {
        return given().contentType(ContentType.JSON).body(body)
                .when().post("/v1/corpora/" + corpus + "/analyses?wait=true")
                .then().statusCode(200)
                .body("status", equalTo("succeeded"))
                .body("result.speakers", notNullValue())
                .extract().jsonPath();
    }

    private JsonPath analyse(String body) {
        return JsonPath.from(resultOf(body).prettify()).setRootPath("result");
    }

    private void assertSides(JsonPath result) {
        for (Map<String, Object> source : result.<Map<String, Object>>getList("sources")) {
            String name = (String) source.get("source");
            double stance = ((Number) source.get("stance")).doubleValue();
            if (FOR_THE_LANE.contains(name)) {
                assertTrue(stance < 0, name + " is on side A, stance " + stance);
            } else if (AGAINST_THE_LANE.contains(name)) {
                assertTrue(stance > 0, name + " is on side B, stance " + stance);
            }
        }
    }

    private String documentText(long documentId, JsonPath result) {
        String externalId = result.getString("documents.find { it.id == " + documentId + " }.externalId");
        List<Map<String, Object>> fixture = JsonPath.from(Fixtures.resource(Fixtures.RIVERTON)).getList("");
        return fixture.stream().filter(d -> externalId.equals(d.get("externalId"))).findFirst()
                .map(d -> (String) d.get("text")).orElseThrow();
    }
}
