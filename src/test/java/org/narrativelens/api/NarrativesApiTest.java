package org.narrativelens.api;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.startsWith;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Narratives, entities and roles in the result and as CSV tables, on invented articles. */
@QuarkusTest
class NarrativesApiTest {

    private static final String DOCUMENTS = """
            [{"externalId": "a-1", "source": "outlet-a", "text": "Pakistan dismantled ISIS-K in Balochistan. \
            Pakistan fought ISIS-K last week. The Taliban falsely accused Pakistan of harbouring ISIS-K."},
             {"externalId": "b-1", "source": "outlet-b", "text": "Pakistan confronted ISIS-K in Quetta. \
            Pakistan fought ISIS-K along the border. ISIS-K attacked a market in Kabul."},
             {"externalId": "c-1", "source": "outlet-c", "text": "Pakistan shelters ISIS-K in its tribal areas. \
            Pakistan funds ISIS-K through its agencies. ISIS-K attacked a mosque in Kunduz."}]
            """;

    private static String corpus;
    private static String analysis;
    private static JsonPath result;

    @BeforeEach
    void analyseOnce() {
        if (analysis != null) {
            return;
        }
        corpus = Fixtures.corpusWith(DOCUMENTS);
        JsonPath job = given().contentType(ContentType.JSON)
                .body("{\"anchors\": {\"A\": [\"outlet-a\"]}, \"entities\": {\"ISIS-K\": [\"ISKP\"]}}")
                .post("/v1/corpora/" + corpus + "/analyses?wait=true")
                .then().statusCode(200).body("status", equalTo("succeeded")).extract().jsonPath();
        analysis = job.getString("id");
        result = JsonPath.from(job.prettify()).setRootPath("result");
    }

    @Test
    void narrativesAreStatementsAboutEntitiesAndTheCounterAndShelterNarrativesOppose() {
        List<Map<String, Object>> narratives = result.getList("narratives");
        assertFalse(narratives.isEmpty(), "narratives: " + narratives);
        for (Map<String, Object> n : narratives) {
            String label = (String) n.get("label");
            assertTrue(label.startsWith((String) n.get("agent")) && !label.contains(", "), "a statement: " + label);
        }
        assertTrue(narratives.stream().anyMatch(n -> "Pakistan".equals(n.get("agent")) && "ISIS-K".equals(n.get("patient"))
                && !((List<?>) n.get("opposes")).isEmpty()), "an opposing Pakistan/ISIS-K pair: " + narratives);
        assertTrue(result.getMap("parameters.narratives").containsKey("sameSenseCosine"));
        assertTrue(result.getMap("parameters.entities").containsKey("ISIS-K"));
    }

    @Test
    void entitiesCarryTheRolesTheSourcesCast() {
        Map<String, Object> isisK = result.<Map<String, Object>>getList("entities").stream()
                .filter(e -> "ISIS-K".equals(e.get("name"))).findFirst().orElseThrow();
        @SuppressWarnings("unchecked")
        Map<String, Number> roles = (Map<String, Number>) isisK.get("roles");
        assertTrue(roles.get("villain").doubleValue() > 0, "ISIS-K attacks and is countered: " + isisK);
    }

    @Test
    void rolesAndNarrativesAreCsvTables() {
        given().queryParam("format", "csv").queryParam("table", "roles").get("/v1/analyses/" + analysis + "/result")
                .then().statusCode(200).contentType(startsWith("text/csv"))
                .body(startsWith("externalId,documentId,source,entity,role,score,start,end\r\n"))
                .body(containsString(",ISIS-K,villain,"));
        given().queryParam("format", "csv").queryParam("table", "narratives").get("/v1/analyses/" + analysis + "/result")
                .then().statusCode(200).body(startsWith("id,label,agent,action,patient,negated,opposes,statements"));
    }

    @Test
    void aliasHintsAreValidated() {
        given().contentType(ContentType.JSON).body("{\"entities\": {\"ISIS-K\": []}}")
                .post("/v1/corpora/" + corpus + "/analyses")
                .then().statusCode(422).contentType(Problem.MEDIA_TYPE).body("field", equalTo("entities.ISIS-K"))
                .body("detail", containsString("at least one alias"));
    }
}
