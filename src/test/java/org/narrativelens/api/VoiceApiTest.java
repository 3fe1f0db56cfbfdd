package org.narrativelens.api;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Voices and speakers through HTTP: the riverton fixture quotes a parent, a planner, a deputy mayor, a shop owner. */
@QuarkusTest
class VoiceApiTest {

    private String corpus;

    @BeforeEach
    void loadRiverton() {
        corpus = Fixtures.corpusWith(Fixtures.resource(Fixtures.RIVERTON));
    }

    @Test
    void speakersComeWithStanceIntervalSourcesAndEvidence() {
        JsonPath result = analyse(withOptions("\"includePassageScores\": true"));

        List<Map<String, Object>> speakers = result.getList("speakers");
        Map<String, Object> lopez = speaker(speakers, "Maria Lopez");
        assertEquals("a mother of two", lopez.get("description"));
        assertEquals(List.of(Map.of("source", "cycling-times", "passages", 1)), lopez.get("sources"));
        assertEquals(1, lopez.get("quoted"));
        double stance = ((Number) lopez.get("stance")).doubleValue();
        assertTrue(stance >= -1 && stance <= 1);
        Map<?, ?> interval = (Map<?, ?>) lopez.get("interval");
        assertTrue(((Number) interval.get("low")).doubleValue() <= stance);
        assertEquals(1, ((List<?>) lopez.get("evidence")).size());
        Map<String, Object> becker = speaker(speakers, "Tom Becker");
        assertEquals(List.of(Map.of("source", "merchant-voice", "passages", 1)), becker.get("sources"));

        List<Map<String, Object>> passages = result.getList("passages");
        assertTrue(passages.stream().anyMatch(p -> "quoted".equals(p.get("voice"))
                && "Maria Lopez".equals(p.get("speaker"))));
        assertTrue(passages.stream().anyMatch(p -> "author".equals(p.get("voice")) && p.get("speaker") == null));
        assertEquals("author", result.getString("parameters.voices"));
        assertTrue(result.getList("notes", String.class).stream()
                .anyMatch(n -> n.contains("the author's voice only")), result.getList("notes").toString());
    }

    @Test
    void everyVoiceOnRequestIsRecorded() {
        JsonPath result = analyse(withOptions("\"voices\": \"all\""));
        assertEquals("all", result.getString("parameters.voices"));
    }

    @Test
    void anUnknownVoicesValueNamesTheField() {
        given().contentType(ContentType.JSON).body("{\"options\": {\"voices\": \"loudest\"}}")
                .post("/v1/corpora/" + corpus + "/analyses")
                .then().statusCode(422).contentType(Problem.MEDIA_TYPE)
                .body("field", equalTo("options.voices")).body("detail", containsString("[author, all]"));
    }

    private static Map<String, Object> speaker(List<Map<String, Object>> speakers, String name) {
        return speakers.stream().filter(s -> name.equals(s.get("name"))).findFirst()
                .orElseThrow(() -> new AssertionError(name + " not among " + speakers));
    }

    private static String withOptions(String options) {
        String frames = Fixtures.resource(Fixtures.RIVERTON_FRAMES).strip();
        return frames.substring(0, frames.lastIndexOf('}')) + ", \"options\": {\"permutations\": 99, "
                + "\"bootstrapSamples\": 100, " + options + "}}";
    }

    private JsonPath analyse(String body) {
        String json = given().contentType(ContentType.JSON).body(body)
                .when().post("/v1/corpora/" + corpus + "/analyses?wait=true")
                .then().statusCode(200).body("status", equalTo("succeeded")).extract().asString();
        return JsonPath.from(json).setRootPath("result");
    }
}
