package org.narrativelens.benchmark;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;
import org.narrativelens.corpus.ContentHash;
import org.narrativelens.corpus.CorpusService;
import org.narrativelens.embed.EmbeddingCache;
import org.narrativelens.observability.PipelineMetrics;
import org.narrativelens.security.Tenants;

/**
 * An analysis of a corpus embedded at ingestion, through the running service's own path (job queue, loading, vector
 * look-up, frames, stance, storing), timed per stage by the service's stage timers; the statement stage is switched
 * off ({@link NoStatements}: it is measured on its own, docs/statements.md). The corpus is synthetic
 * ({@link ClusteringBenchmark#synthetic}: 8 topics, 40 sources, 25-passage documents, a planted lean, each passage
 * text unique) written straight into the database with its vectors, as ingestion and the embedding workers would
 * have left it, so the model never runs; or, with {@code -Dbench.documents=<documents.jsonl> -Dbench.topic=<topic>},
 * a topic's documents ingested by the service (segmentation, voices, speakers), with vectors written for its texts
 * without the model ({@link PreEmbeddedCorpora#embedWithoutModel}). The database is an H2 file under
 * {@code target/bench-pre-embedded}, kept between invocations (delete it to start afresh). Not part of
 * {@code verify}; the command is in docs/performance.md.
 */
@QuarkusTest
@TestProfile(PreEmbeddedAnalysisBenchmark.WithoutStatements.class)
class PreEmbeddedAnalysisBenchmark {

    /** The statement stage off, the analysis worker polling often, and a file database kept between invocations. */
    public static class WithoutStatements implements QuarkusTestProfile {
        @Override
        public Set<Class<?>> getEnabledAlternatives() {
            return Set.of(NoStatements.class);
        }

        @Override
        public Map<String, String> getConfigOverrides() {
            // the corpora stored by an earlier invocation are reused; a file database as the service's default
            return Map.of("narrative-lens.analysis.poll-interval", "250ms", "quarkus.datasource.jdbc.url",
                    "jdbc:h2:file:./target/bench-pre-embedded/db;DB_CLOSE_ON_EXIT=FALSE;WRITE_DELAY=0");
        }
    }

    private static final List<String> STAGES = List.of("loading", "awaiting-embedding", "embedding", "statements",
            "analysing", "narratives", "storing");

    @Inject
    DataSource dataSource;
    @Inject
    CorpusService corpora;
    @Inject
    EmbeddingCache embeddings;
    @Inject
    MeterRegistry registry;
    @Inject
    PreEmbeddedCorpora stored;

    @Test
    void analysesAPreEmbeddedCorpus() throws Exception {
        int runs = Integer.getInteger("bench.runs", 3);
        String documents = System.getProperty("bench.documents", "");
        String topic = System.getProperty("bench.topic", "immigration");
        int n = Integer.getInteger("bench.passages", 40_000);
        String name = "pre-embedded " + (documents.isEmpty() ? "synthetic " + n : documents + " " + topic);
        UUID corpus = stored.existing(name);
        if (corpus == null) {
            corpus = corpora.create(Tenants.DEFAULT, name).id();
        }
        if (passageCount(corpus) == 0) {
            if (documents.isEmpty()) {
                stored.store(corpus, ClusteringBenchmark.synthetic(n, 42), embeddings.model().name());
            } else {
                stored.ingest(corpus, Path.of(documents), topic);
                stored.embedWithoutModel(corpus, embeddings.model().name());
            }
        }
        abandonUnfinishedJobs();
        // not timed: warms the JIT up
        double warmUp = timed(corpus);
        System.out.printf(Locale.ROOT, "# analysis of corpus '%s' (%s passages) embedded at ingestion (%s, %d"
                + " processors, max heap %s), statement stage off; warm-up run %.1f s, then %d runs%n", name,
                passageCount(corpus), embeddings.model().name(), Runtime.getRuntime().availableProcessors(),
                PeakHeap.mib(Runtime.getRuntime().maxMemory()), warmUp, runs);
        Map<String, List<Double>> seconds = new LinkedHashMap<>();
        List<Double> walls = new ArrayList<>();
        List<Double> cpus = new ArrayList<>();
        List<Long> peaks = new ArrayList<>();
        List<Long> live = new ArrayList<>();
        for (int run = 0; run < runs; run++) {
            Map<String, Double> before = stageSeconds();
            PeakHeap.reset();
            long cpu = StageTimes.processCpuNanos();
            try (LiveHeap after = new LiveHeap()) {
                walls.add(timed(corpus));
                live.add(after.peak());
            }
            cpus.add((StageTimes.processCpuNanos() - cpu) / 1e9);
            peaks.add(PeakHeap.bytes());
            Map<String, Double> after = stageSeconds();
            after.forEach((stage, s) -> seconds.computeIfAbsent(stage, k -> new ArrayList<>())
                    .add(s - before.getOrDefault(stage, 0.0)));
        }
        System.out.println("| stage | median wall s | runs |");
        System.out.println("|---|---:|---|");
        double nonStatement = 0;
        for (Map.Entry<String, List<Double>> stage : seconds.entrySet()) {
            double median = median(stage.getValue());
            nonStatement += stage.getKey().equals("statements") ? 0 : median;
            System.out.printf(Locale.ROOT, "| %s | %.2f | %s |%n", stage.getKey(), median, format(stage.getValue()));
        }
        System.out.printf(Locale.ROOT, "| **stages other than statements** | %.2f | |%n", nonStatement);
        System.out.printf(Locale.ROOT, "| submit to succeeded | %.2f | %s |%n", median(walls), format(walls));
        System.out.printf(Locale.ROOT, "| process cpu s, submit to succeeded | %.2f | %s |%n", median(cpus),
                format(cpus));
        System.out.printf(Locale.ROOT, "heap per run: largest live set after a collection %s; sum of the pools'"
                + " peaks %s (an upper bound, garbage included); max heap %s%n", live.stream().map(PeakHeap::mib)
                .toList(), peaks.stream().map(PeakHeap::mib).toList(), PeakHeap.mib(Runtime.getRuntime().maxMemory()));
    }

    /**
     * Seconds from submitting an analysis of the corpus to its success; prints the SHA-256 of its result, which
     * stays the same from run to run and across changes that must not alter results.
     */
    private static double timed(UUID corpus) throws Exception {
        long start = System.nanoTime();
        String location = given().contentType(ContentType.JSON).body("{}")
                .post("/v1/corpora/" + corpus + "/analyses").then().statusCode(202).extract().header("Location");
        Response done = awaitEnd(location);
        double seconds = (System.nanoTime() - start) / 1e9;
        String body = done.asString();
        assertEquals("succeeded", done.path("status"), () -> body.substring(0, Math.min(2000, body.length())));
        System.out.println("result sha256 " + ContentHash.sha256(new ObjectMapper().readTree(body).get("result")
                .toString()));
        return seconds;
    }

    /** Jobs of an earlier invocation that was stopped would be claimed again and run between the timed ones. */
    private void abandonUnfinishedJobs() throws SQLException {
        try (Connection c = dataSource.getConnection(); PreparedStatement abandon = c.prepareStatement(
                "UPDATE analysis SET status = 'failed', owner = NULL, lease_until = NULL"
                        + " WHERE status IN ('queued', 'running')")) {
            abandon.executeUpdate();
        }
    }

    private long passageCount(UUID corpus) {
        return given().get("/v1/corpora/" + corpus).then().statusCode(200).extract().<Integer>path("passages");
    }

    private Map<String, Double> stageSeconds() {
        Map<String, Double> seconds = new LinkedHashMap<>();
        for (String stage : STAGES) {
            Timer timer = registry.find(PipelineMetrics.ANALYSIS_STAGE).tag("stage", stage).timer();
            seconds.put(stage, timer == null ? 0.0 : timer.totalTime(TimeUnit.NANOSECONDS) / 1e9);
        }
        return seconds;
    }

    private static Response awaitEnd(String location) throws InterruptedException {
        long deadline = System.currentTimeMillis() + 3_600_000;
        Response response = given().get(location);
        while (Set.of("queued", "running").contains(response.<String>path("status"))
                && System.currentTimeMillis() < deadline) {
            Thread.sleep(250);
            response = given().get(location);
        }
        return response;
    }

    private static double median(List<Double> values) {
        return values.stream().sorted().toList().get(values.size() / 2);
    }

    private static String format(List<Double> values) {
        return values.stream().map(v -> String.format(Locale.ROOT, "%.2f", v)).toList().toString();
    }
}
