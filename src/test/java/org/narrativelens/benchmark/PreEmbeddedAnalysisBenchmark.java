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
import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.inject.Inject;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;
import org.narrativelens.corpus.ContentHash;
import org.narrativelens.corpus.Corpus;
import org.narrativelens.corpus.CorpusPassages;
import org.narrativelens.corpus.CorpusService;
import org.narrativelens.corpus.DocumentSubmission;
import org.narrativelens.corpus.IngestionService;
import org.narrativelens.evaluation.EvalDocument;
import org.narrativelens.evaluation.JsonlCorpus;
import org.narrativelens.embed.EmbeddingCache;
import org.narrativelens.embed.VectorCodec;
import org.narrativelens.frames.PassageVector;
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
 * without the model ({@link #embedWithoutModel}). The
 * database is an H2 file under {@code target/bench-pre-embedded}, kept between invocations (delete it to start
 * afresh). Not part of {@code verify}; the command is in docs/performance.md.
 */
@QuarkusTest
@TestProfile(PreEmbeddedAnalysisBenchmark.WithoutStatements.class)
class PreEmbeddedAnalysisBenchmark {

    /** The statement stage off, and the analysis worker polling often enough not to add to the wall time. */
    public static class WithoutStatements implements QuarkusTestProfile {
        @Override
        public Set<Class<?>> getEnabledAlternatives() {
            return Set.of(NoStatements.class);
        }

        @Override
        public Map<String, String> getConfigOverrides() {
            // a file database kept between runs (the setup of an allsides-dev corpus embeds it once), as in production
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
    IngestionService ingestion;
    @Inject
    CorpusPassages passages;

    @Test
    void analysesAPreEmbeddedCorpus() throws Exception {
        int runs = Integer.getInteger("bench.runs", 3);
        String documents = System.getProperty("bench.documents", "");
        String topic = System.getProperty("bench.topic", "immigration");
        int n = Integer.getInteger("bench.passages", 40_000);
        String name = "pre-embedded " + (documents.isEmpty() ? "synthetic " + n : documents + " " + topic);
        UUID corpus = existing(name);
        if (corpus == null) {
            corpus = corpora.create(Tenants.DEFAULT, name).id();
            if (documents.isEmpty()) {
                store(corpus, ClusteringBenchmark.synthetic(n, 42), embeddings.model().name());
            } else {
                ingest(corpus, Path.of(documents), topic);
                embedWithoutModel(corpus, embeddings.model().name());
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

    private UUID existing(String name) {
        return QuarkusTransaction.requiringNew().call(() -> Corpus.<Corpus>find("name", name).firstResultOptional()
                .map(c -> c.id).orElse(null));
    }

    private long passageCount(UUID corpus) {
        return given().get("/v1/corpora/" + corpus).then().statusCode(200).extract().<Integer>path("passages");
    }

    /** The topic's documents through the service's ingestion (segmentation, voices, embedding tasks queued). */
    private void ingest(UUID corpus, Path file, String topic) {
        List<DocumentSubmission> batch = new ArrayList<>();
        for (EvalDocument d : JsonlCorpus.read(file, "topic")) {
            if (topic.equals(d.group())) {
                batch.add(new DocumentSubmission(d.id(), d.source(), null, null, null, null, d.text()));
            }
            if (batch.size() == 100) {
                ingestion.ingest(Tenants.DEFAULT, corpus, batch);
                batch.clear();
            }
        }
        ingestion.ingest(Tenants.DEFAULT, corpus, batch);
    }

    /**
     * Stores a vector for every text an analysis of the corpus looks up (passages, and what speakers say where it is
     * embedded apart) and marks the corpus's embedding tasks done, as the workers would, without running the model
     * (on this shared machine the model would take about 20 minutes for a topic): the distinct texts in stored order
     * get the vectors of {@link ClusteringBenchmark#synthetic} (8 topics, a planted lean, noise), unit length as the
     * model writes them, so the stages after the look-up see a corpus of the real one's shape.
     */
    private void embedWithoutModel(UUID corpus, String model) throws SQLException {
        Set<String> hashes = new LinkedHashSet<>();
        for (CorpusPassages.LoadedPassage p : passages.load(corpus)) {
            hashes.add(ContentHash.sha256(p.text()));
            if (p.speechText() != null) {
                hashes.add(ContentHash.sha256(p.speechText()));
            }
        }
        List<PassageVector> shaped = ClusteringBenchmark.synthetic(hashes.size(), 42);
        try (Connection c = dataSource.getConnection();
             PreparedStatement vector = c.prepareStatement("INSERT INTO embedding (model, text_hash, vector)"
                     + " SELECT ?, ?, ? WHERE NOT EXISTS (SELECT 1 FROM embedding WHERE model = ? AND text_hash = ?)")) {
            c.setAutoCommit(false);
            int i = 0;
            for (String hash : hashes) {
                vector.setString(1, model);
                vector.setString(2, hash);
                vector.setBytes(3, VectorCodec.encode(unit(shaped.get(i++).vector())));
                vector.setString(4, model);
                vector.setString(5, hash);
                vector.addBatch();
                if (i % 1000 == 0 || i == hashes.size()) {
                    vector.executeBatch();
                    c.commit();
                }
            }
            try (PreparedStatement done = c.prepareStatement(
                    "UPDATE embedding_task SET status = 'done' WHERE corpus_id = ?")) {
                done.setObject(1, corpus);
                done.executeUpdate();
            }
            c.commit();
        }
    }

    /** Normalised in double and stored as float, as the model's vectors are (MeanPooling). */
    private static float[] unit(float[] v) {
        double squares = 0;
        for (float x : v) {
            squares += x * (double) x;
        }
        double norm = Math.sqrt(squares);
        float[] unit = new float[v.length];
        for (int j = 0; j < v.length; j++) {
            unit[j] = (float) (v[j] / norm);
        }
        return unit;
    }

    /** Documents, passages (author's voice) and vectors, as ingestion and its embedding tasks store them. */
    private void store(UUID corpus, List<PassageVector> passages, String model) throws SQLException {
        Timestamp now = Timestamp.from(Instant.now());
        try (Connection c = dataSource.getConnection()) {
            c.setAutoCommit(false);
            // internal ids far above what the sequences hand out, apart for each corpus of the database
            long firstId;
            try (ResultSet count = c.createStatement().executeQuery("SELECT COUNT(*) FROM corpus")) {
                count.next();
                firstId = count.getLong(1) * 1_000_000_000_000L;
            }
            try (PreparedStatement document = c.prepareStatement("INSERT INTO document (id, public_id, corpus_id,"
                    + " source, text, content_hash, boilerplate_dropped, created_at) VALUES (?, ?, ?, ?, ?, ?, 0, ?)");
                 PreparedStatement passage = c.prepareStatement("INSERT INTO passage (id, public_id, document_id,"
                         + " ordinal, paragraph, start_offset, end_offset, text_hash, voice)"
                         + " VALUES (?, ?, ?, ?, ?, ?, ?, ?, 'author')");
                 PreparedStatement vector = c.prepareStatement(
                         "INSERT INTO embedding (model, text_hash, vector) VALUES (?, ?, ?)")) {
                int from = 0;
                while (from < passages.size()) {
                    long documentId = passages.get(from).documentId();
                    int to = from;
                    StringBuilder text = new StringBuilder();
                    while (to < passages.size() && passages.get(to).documentId() == documentId) {
                        PassageVector p = passages.get(to);
                        String unique = p.text() + " Item " + p.passageId() + ".";
                        int start = text.length();
                        text.append(unique).append("\n\n");
                        String hash = ContentHash.sha256(unique);
                        passage.setLong(1, firstId + p.passageId());
                        passage.setLong(2, p.passageId());
                        passage.setLong(3, firstId + documentId);
                        passage.setInt(4, to - from);
                        passage.setInt(5, to - from);
                        passage.setInt(6, start);
                        passage.setInt(7, start + unique.length());
                        passage.setString(8, hash);
                        passage.addBatch();
                        vector.setString(1, model);
                        vector.setString(2, hash);
                        vector.setBytes(3, VectorCodec.encode(unit(p.vector())));
                        vector.addBatch();
                        to++;
                    }
                    document.setLong(1, firstId + documentId);
                    document.setLong(2, documentId);
                    document.setObject(3, corpus);
                    document.setString(4, passages.get(from).source());
                    document.setString(5, text.toString());
                    document.setString(6, ContentHash.ofDocument(text.toString()));
                    document.setTimestamp(7, now);
                    document.addBatch();
                    if (documentId % 100 == 0 || to == passages.size()) {
                        document.executeBatch();
                        passage.executeBatch();
                        vector.executeBatch();
                        c.commit();
                    }
                    from = to;
                }
            }
        }
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

    /**
     * The largest heap in use right after a garbage collection (the heap pools' collection usage, summed), sampled
     * every 20 ms while open: what the run kept alive, not the garbage a large heap lets accumulate.
     */
    private static final class LiveHeap implements AutoCloseable {
        private final AtomicLong peak = new AtomicLong();
        private final Thread sampler;

        LiveHeap() {
            sampler = new Thread(() -> {
                while (!Thread.currentThread().isInterrupted()) {
                    long used = 0;
                    for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
                        if (pool.getType() == MemoryType.HEAP && pool.getCollectionUsage() != null) {
                            used += pool.getCollectionUsage().getUsed();
                        }
                    }
                    peak.accumulateAndGet(used, Math::max);
                    try {
                        Thread.sleep(20);
                    } catch (InterruptedException e) {
                        return;
                    }
                }
            }, "live-heap");
            sampler.setDaemon(true);
            sampler.start();
        }

        long peak() {
            return peak.get();
        }

        @Override
        public void close() throws InterruptedException {
            sampler.interrupt();
            sampler.join();
        }
    }

    private static double median(List<Double> values) {
        return values.stream().sorted().toList().get(values.size() / 2);
    }

    private static String format(List<Double> values) {
        return values.stream().map(v -> String.format(Locale.ROOT, "%.2f", v)).toList().toString();
    }
}
