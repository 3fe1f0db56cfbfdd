package org.narrativelens.api;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.startsWith;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import java.time.OffsetDateTime;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.narrativelens.analysis.Analysis;
import org.narrativelens.analysis.AnalysisStatus;
import org.narrativelens.security.Tenants;

/** CSV exports of a result, the stored documents behind its offsets, and corpora looked up by name. */
@QuarkusTest
class ExportApiTest {

    // One analysis serves every test (RestAssured knows the test port only once a test runs, hence no @BeforeAll).
    private static String corpus;
    private static String analysis;
    private static JsonPath result;

    @BeforeEach
    void analyseRivertonOnce() {
        if (analysis != null) {
            return;
        }
        corpus = Fixtures.corpusWith(Fixtures.resource(Fixtures.RIVERTON));
        JsonPath job = given().contentType(ContentType.JSON).body(Fixtures.resource(Fixtures.RIVERTON_FRAMES))
                .post("/v1/corpora/" + corpus + "/analyses?wait=true")
                .then().statusCode(200).body("status", equalTo("succeeded")).extract().jsonPath();
        analysis = job.getString("id");
        result = JsonPath.from(job.prettify()).setRootPath("result");
    }

    @Test
    void sourcesAsCsvHaveOneRowPerSourceWithStanceIntervalAndFrameShares() {
        String csv = given().queryParam("format", "csv").get(resultPath())
                .then().statusCode(200).contentType(startsWith("text/csv"))
                .header("Content-Disposition", containsString("sources.csv"))
                .extract().asString();
        List<String[]> rows = parse(csv);
        List<String> header = Arrays.asList(rows.get(0));
        assertEquals(List.of("source", "stance", "interval_low", "interval_high"), header.subList(0, 4));
        assertTrue(header.contains("share:safety") && header.contains("share:burden"), "frame share columns: " + header);
        assertEquals(result.getList("sources").size(), rows.size() - 1);
        for (Map<String, Object> source : result.<Map<String, Object>>getList("sources")) {
            String[] row = rows.stream().filter(r -> r[0].equals(source.get("source"))).findFirst().orElseThrow();
            assertEquals(((Number) source.get("stance")).doubleValue(), Double.parseDouble(row[1]), 1e-6);
            assertTrue(row[header.indexOf("evidence")].matches("\\d+:\\d+-\\d+(; \\d+:\\d+-\\d+)*"),
                    "evidence as documentId:start-end: " + row[header.indexOf("evidence")]);
        }
    }

    @Test
    void documentsByAcceptHeaderCarryTheirDates() {
        String csv = given().accept("text/csv").queryParam("table", "documents").get(resultPath())
                .then().statusCode(200).contentType(startsWith("text/csv")).extract().asString();
        List<String[]> rows = parse(csv);
        List<String> header = Arrays.asList(rows.get(0));
        assertEquals(12, rows.size() - 1);
        int publishedAt = header.indexOf("publishedAt");
        assertTrue(publishedAt >= 0, "publishedAt column: " + header);
        assertTrue(rows.subList(1, rows.size()).stream().allMatch(r -> r[publishedAt].startsWith("2025-05-")));
        assertTrue(rows.subList(1, rows.size()).stream().anyMatch(r -> r[header.indexOf("externalId")]
                .equals("cycling-times-0")));
    }

    @Test
    void speakersAndFramesTablesMatchTheResult() {
        List<String[]> speakers = parse(given().queryParam("format", "csv").queryParam("table", "speakers")
                .get(resultPath()).then().statusCode(200).extract().asString());
        assertEquals("name", speakers.get(0)[0]);
        assertEquals(result.getList("speakers").size(), speakers.size() - 1);
        List<String[]> frames = parse(given().queryParam("format", "csv").queryParam("table", "frames")
                .get(resultPath()).then().statusCode(200).extract().asString());
        assertEquals(result.getList("frames").size(), frames.size() - 1);
        assertTrue(frames.stream().anyMatch(r -> r[1].equals("safety")), "frame labels");
    }

    @Test
    void jsonIsTheWholeResult() {
        given().get(resultPath()).then().statusCode(200).contentType(ContentType.JSON)
                .body("sources", hasSize(6)).body("model.name", equalTo("all-minilm-l6-v2"));
    }

    @Test
    void badParametersAndMissingResultsAreProblems() {
        given().queryParam("format", "csv").queryParam("table", "people").get(resultPath())
                .then().statusCode(422).contentType(Problem.MEDIA_TYPE).body("field", equalTo("table"))
                .body("detail", containsString("sources, speakers, documents, frames"));
        given().queryParam("format", "xml").get(resultPath())
                .then().statusCode(422).contentType(Problem.MEDIA_TYPE).body("field", equalTo("format"));
        given().get("/v1/analyses/" + UUID.randomUUID() + "/result")
                .then().statusCode(404).contentType(Problem.MEDIA_TYPE);
        UUID failed = UUID.randomUUID();
        QuarkusTransaction.requiringNew().run(() -> {
            Analysis stored = new Analysis();
            stored.id = failed;
            stored.corpusId = UUID.fromString(corpus);
            stored.tenant = Tenants.DEFAULT;
            stored.status = AnalysisStatus.failed;
            stored.request = "{}";
            stored.error = "invented for the test";
            stored.createdAt = OffsetDateTime.now();
            stored.persist();
        });
        given().queryParam("format", "csv").get("/v1/analyses/" + failed + "/result")
                .then().statusCode(409).contentType(Problem.MEDIA_TYPE).body("detail", containsString("failed"));
    }

    @Test
    void aDocumentHasTheTextThatEvidenceOffsetsPointInto() {
        Map<String, Object> evidence = result.getMap("sources[0].evidence[0]");
        Number documentId = (Number) evidence.get("documentId");
        String text = given().get("/v1/corpora/" + corpus + "/documents/" + documentId)
                .then().statusCode(200).body("source", equalTo(result.getString("sources[0].source")))
                .extract().path("text");
        assertEquals(evidence.get("text"), text.substring((Integer) evidence.get("start"), (Integer) evidence.get("end")));
        String other = Fixtures.createCorpus("another");
        given().get("/v1/corpora/" + other + "/documents/" + documentId)
                .then().statusCode(404).contentType(Problem.MEDIA_TYPE);
        given().get("/v1/corpora/" + corpus + "/documents/not-a-number")
                .then().statusCode(404).contentType(Problem.MEDIA_TYPE);
    }

    @Test
    void corporaAreFoundByName() {
        String name = "export-test-" + UUID.randomUUID();
        String first = Fixtures.createCorpus(name);
        String second = Fixtures.createCorpus(name);
        given().queryParam("name", " " + name + " ").get("/v1/corpora")
                .then().statusCode(200).body("id", equalTo(List.of(first, second)))
                .body("documents", equalTo(List.of(0, 0)));
        given().get("/v1/corpora").then().statusCode(200).body("id", org.hamcrest.Matchers.hasItem(corpus));
    }

    private String resultPath() {
        return "/v1/analyses/" + analysis + "/result";
    }

    /** Splits CSV without quoted line breaks, enough for these tables. */
    private static List<String[]> parse(String csv) {
        return Arrays.stream(csv.split("\r\n")).map(ExportApiTest::cells).toList();
    }

    private static String[] cells(String line) {
        List<String> cells = new java.util.ArrayList<>();
        StringBuilder cell = new StringBuilder();
        boolean quoted = false;
        for (int i = 0; i < line.length(); i++) {
            char c = line.charAt(i);
            if (quoted && c == '"' && i + 1 < line.length() && line.charAt(i + 1) == '"') {
                cell.append('"');
                i++;
            } else if (c == '"') {
                quoted = !quoted;
            } else if (c == ',' && !quoted) {
                cells.add(cell.toString());
                cell.setLength(0);
            } else {
                cell.append(c);
            }
        }
        cells.add(cell.toString());
        return cells.toArray(String[]::new);
    }
}
