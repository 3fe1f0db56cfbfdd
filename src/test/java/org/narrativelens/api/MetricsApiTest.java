package org.narrativelens.api;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.narrativelens.analysis.Analysis;
import org.narrativelens.analysis.AnalysisStatus;
import org.narrativelens.observability.PrometheusText;
import org.narrativelens.security.Tenants;

/** /q/metrics moves with the work: documents ingested, passages embedded, stage timers, the queue. */
@QuarkusTest
class MetricsApiTest {

    private static final String INGESTED = "narrativelens_documents_ingested_total";
    private static final String EMBEDDED = "narrativelens_passages_embedded_total";
    private static final String REUSED = "narrativelens_passages_embedding_reused_total";
    private static final String STAGE_COUNT = "narrativelens_analysis_stage_seconds_count";
    private static final String STAGE_SUM = "narrativelens_analysis_stage_seconds_sum";
    private static final String FINISHED = "narrativelens_analyses_finished_total";
    private static final String QUEUED = "narrativelens_analyses_queued";
    private static final String TASKS_QUEUED = "narrativelens_embedding_tasks_queued";

    @Test
    void ingestingAndAnalysingMoveTheCounters() throws Exception {
        PrometheusText before = PrometheusText.scrape();
        String corpus = Fixtures.createCorpus("metrics");

        given().contentType(ContentType.JSON).body(documentsWithAFreshOneADuplicateAndAnInvalidOne())
                .when().post("/v1/corpora/" + corpus + "/documents")
                .then().statusCode(200)
                .body("accepted", equalTo(13)).body("duplicates", equalTo(1)).body("rejected.size()", equalTo(1));
        int passages = given().when().get("/v1/corpora/" + corpus).then().statusCode(200).extract().path("passages");
        // no background embedding worker in the test profile: the chunk waits for the analysis
        assertTrue(PrometheusText.scrape().sum(TASKS_QUEUED, Map.of()) >= 1, "the new passages' chunk is queued");
        given().contentType(ContentType.JSON).body(Fixtures.resource(Fixtures.RIVERTON_FRAMES))
                .when().post("/v1/corpora/" + corpus + "/analyses?wait=true")
                .then().statusCode(200).body("status", equalTo("succeeded"));
        PrometheusText after = PrometheusText.scrape();

        assertEquals(13, delta(before, after, INGESTED, Map.of("outcome", "accepted")), "accepted documents");
        assertEquals(1, delta(before, after, INGESTED, Map.of("outcome", "duplicate")), "duplicates");
        assertEquals(1, delta(before, after, INGESTED, Map.of("outcome", "rejected")), "rejected documents");
        Map<String, String> model = Map.of("model", "all-minilm-l6-v2");
        double embedded = delta(before, after, EMBEDDED, model);
        double reused = delta(before, after, REUSED, model);
        assertTrue(embedded >= 1, "the fresh document's passage is new to the cache and goes through the model");
        assertTrue(embedded + reused >= passages,
                "every passage of the corpus is embedded or reused: " + embedded + " + " + reused + " < " + passages);
        for (String stage : new String[] {"loading", "embedding", "analysing", "storing"}) {
            assertTrue(delta(before, after, STAGE_COUNT, Map.of("stage", stage)) >= 1, stage + " was timed");
            assertTrue(after.sum(STAGE_SUM, Map.of("stage", stage)) > 0, stage + " took time");
        }
        assertTrue(delta(before, after, FINISHED, Map.of("status", "succeeded")) >= 1, "a succeeded analysis");
    }

    @Test
    void theQueueGaugeCountsQueuedAnalysesInTheDatabase() {
        UUID corpus = UUID.fromString(Fixtures.createCorpus("queue"));
        List<UUID> inserted = new ArrayList<>();
        try {
            double[] read = null;
            for (int attempt = 0; attempt < 5 && (read == null || read[1] < 1); attempt++) {
                inserted.add(queued(corpus));
                read = gaugeAndCount();
            }
            assertTrue(read != null && read[1] >= 1, "every queued job was claimed while the gauge was read");
            assertEquals(read[1], read[0], 0.0);
        } finally {
            QuarkusTransaction.requiringNew().run(() -> inserted.forEach(id -> Analysis.deleteById(id)));
        }
        double[] after = null;
        for (int attempt = 0; attempt < 5 && after == null; attempt++) {
            after = gaugeAndCount();
        }
        assertTrue(after != null, "the queue kept changing while the gauge was read");
        assertEquals(after[1], after[0], 0.0);
    }

    /**
     * The gauge and the number of queued jobs in the database; null when the count changed while the gauge was read
     * (a worker may claim a queued job at any poll).
     */
    private static double[] gaugeAndCount() {
        long before = queuedInDatabase();
        double gauge = PrometheusText.scrape().sum(QUEUED, Map.of());
        return before == queuedInDatabase() ? new double[] {gauge, before} : null;
    }

    private static long queuedInDatabase() {
        return QuarkusTransaction.requiringNew().call(() -> Analysis.count("status", AnalysisStatus.queued));
    }

    private static double delta(PrometheusText before, PrometheusText after, String name, Map<String, String> labels) {
        return after.sum(name, labels) - before.sum(name, labels);
    }

    /** A job that no worker was given: it stays queued until the test removes it. */
    private static UUID queued(UUID corpus) {
        Analysis analysis = new Analysis();
        analysis.id = UUID.randomUUID();
        analysis.corpusId = corpus;
        analysis.tenant = Tenants.DEFAULT;
        analysis.status = AnalysisStatus.queued;
        analysis.request = "{\"frames\":[],\"anchors\":{},\"options\":null}";
        analysis.createdAt = OffsetDateTime.now();
        QuarkusTransaction.requiringNew().run(analysis::persist);
        return analysis.id;
    }

    /** The Riverton articles, one document unique to this run, a copy of it, and one without text. */
    private static String documentsWithAFreshOneADuplicateAndAnInvalidOne() throws Exception {
        ObjectMapper json = new ObjectMapper();
        ArrayNode documents = (ArrayNode) json.readTree(Fixtures.resource(Fixtures.RIVERTON));
        ObjectNode fresh = json.createObjectNode().put("source", "metrics-probe")
                .put("text", "Riverton's cycling club counted riders on Main Street during run " + UUID.randomUUID()
                        + ". The count will be repeated next spring.");
        documents.add(fresh);
        documents.add(fresh.deepCopy());
        documents.add(json.createObjectNode().put("source", "metrics-probe").put("text", ""));
        return json.writeValueAsString(documents);
    }
}
