package org.narrativelens.benchmark;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Stream;
import org.flywaydb.core.Flyway;
import org.narrativelens.corpus.ContentHash;
import org.narrativelens.embed.ChunkedEmbedding;
import org.narrativelens.embed.EmbedderSettings;
import org.narrativelens.embed.EmbeddingStore;
import org.narrativelens.embed.ModelManifest;
import org.narrativelens.embed.ModelSpec;
import org.narrativelens.embed.OnnxEmbedder;
import org.narrativelens.evaluation.EvalDocument;
import org.narrativelens.evaluation.JsonlCorpus;
import org.narrativelens.frames.AnalysisOptions;
import org.narrativelens.frames.AnalysisRequest;
import org.narrativelens.frames.PassageVector;
import org.narrativelens.pipeline.PassageText;
import org.narrativelens.pipeline.Pipeline;
import org.narrativelens.pipeline.StageStatements;
import org.narrativelens.pipeline.Statements;
import org.narrativelens.stance.NarrativeMap;
import org.narrativelens.statements.StatementSettings;
import org.narrativelens.statements.StatementStage;
import org.narrativelens.text.Passage;
import org.narrativelens.text.PassageSegmenter;
import org.narrativelens.text.SegmenterSettings;

/**
 * One corpus end to end through the service's stages, timed per stage: segmentation (CoreNLP, documents
 * deduplicated by content as ingestion does), embedding as the service's stage does it (each distinct text once,
 * passages and, for quoted and reported speech, what the speaker says; {@link ChunkedEmbedding} chunks of 256
 * stored with {@link EmbeddingStore} and a progress write into the H2 file, {@code WRITE_DELAY=0}, as the service's
 * default database), clustering, axis and scoring (the service's {@link Pipeline}, its default unsupervised
 * analysis, voices as the service gives them), with {@code statements=on} the pipeline's statement stage (parses
 * kept in memory, as a fresh database would keep them) and narrative layer, and storage (documents, passages and the
 * result through JDBC batches into a fresh H2 file database migrated by the service's own Flyway scripts). Prints
 * wall and process CPU time per stage, the share of everything other than embedding (target <= 25%) and passages/s
 * overall.
 * Args: documents.jsonl [topic=immigration] [max documents=all] [threads=2] [batch=16] [model=all-minilm-l6-v2]
 * [statements=off].
 * Run: {@code ./mvnw -q compile exec:exec@bench-e2e} (see README, "Performance").
 */
public final class EndToEndBenchmark {

    private static final int EMBED_CHUNK = 256;

    private EndToEndBenchmark() {
    }

    private record Segmented(EvalDocument document, long id, List<Passage> passages) {
    }

    public static void main(String[] args) throws Exception {
        Path file = Path.of(args.length > 0 ? args[0] : "../shared/data/allsides-dev/documents.jsonl");
        if (!Files.exists(file)) {
            System.out.println("no " + file + ": nothing to benchmark");
            return;
        }
        String topic = args.length > 1 ? args[1] : "immigration";
        int limit = args.length > 2 ? Integer.parseInt(args[2]) : Integer.MAX_VALUE;
        int threads = args.length > 3 ? Integer.parseInt(args[3]) : 2;
        int batch = args.length > 4 ? Integer.parseInt(args[4]) : 16;
        String model = args.length > 5 ? args[5] : "all-minilm-l6-v2";
        boolean statements = args.length > 6 && args[6].equals("statements=on");
        List<EvalDocument> documents = JsonlCorpus.read(file, "topic").stream()
                .filter(d -> topic.equals(d.group())).limit(limit).toList();
        Path models = Path.of("models");
        ModelSpec spec = ModelManifest.read(models.resolve("manifest.json")).find(model).orElseThrow();
        // What the service does once at start-up is not timed: loading (and checksumming) the model, starting
        // CoreNLP, creating the database schema.
        PassageSegmenter segmenter = new PassageSegmenter(SegmenterSettings.defaults());
        segmenter.segment("The service starts. CoreNLP loads its pipeline once.");
        String url = freshDatabase();
        try (OnnxEmbedder embedder = OnnxEmbedder.open(models, spec, new EmbedderSettings(threads, batch))) {
            run(file, topic, documents, segmenter, embedder, url, threads, batch, statements);
        }
    }

    private static void run(Path file, String topic, List<EvalDocument> documents, PassageSegmenter segmenter,
                            OnnxEmbedder embedder, String url, int threads, int batch, boolean statements)
            throws Exception {
        StageTimes times = new StageTimes();
        long startCpu = StageTimes.processCpuNanos();
        long start = System.nanoTime();
        NarrativeMap map;
        List<Segmented> segmented = new ArrayList<>();
        List<PassageVector> passages;
        int[] distinct = {0};
        try (Connection c = DriverManager.getConnection(url, "sa", "")) {
            c.setAutoCommit(false);
            Pipeline pipeline = new Pipeline(text -> segmenter.segment(text).passages(),
                    (texts, progress) -> storedVectors(c, embedder, texts, distinct), new StageStatements(
                            new StatementStage(new MemorySentences(), StatementSettings.defaults(), Path.of("models"))));

            times.start("segmentation");
            Map<String, Boolean> seenDocuments = new LinkedHashMap<>();
            List<PassageText> texts = new ArrayList<>();
            for (EvalDocument document : documents) {
                if (document.text().isBlank()
                        || seenDocuments.put(ContentHash.ofDocument(document.text()), true) != null) {
                    continue;
                }
                Segmented x = new Segmented(document, segmented.size() + 1, pipeline.segment(document.text()));
                for (Passage p : x.passages()) {
                    texts.add(PassageText.of(texts.size() + 1, x.id(), document.source(), p));
                }
                segmented.add(x);
            }

            times.start("embedding");
            passages = pipeline.embed(texts, done -> { });
            map = pipeline.analyse(new AnalysisRequest(passages, List.of(), Map.of(), AnalysisOptions.defaults()),
                    times);
            if (statements) {
                times.start("statements");
                Statements read = pipeline.statements(texts, List.of(), Map.of(), done -> { });
                times.start("narratives");
                map = pipeline.narrate(map, read, Map.of()).map();
            }
        }
        List<String> hashes = passages.stream().map(p -> ContentHash.sha256(p.text())).toList();

        times.start("storage");
        store(url, segmented, hashes, map, embedder.model().name());
        times.stop();
        double wall = (System.nanoTime() - start) / 1e9;
        double cpu = (StageTimes.processCpuNanos() - startCpu) / 1e9;

        System.out.printf(Locale.ROOT, "# end to end: %s topic %s, %d documents (%d after dedupe), %d passages "
                + "(%d distinct texts embedded and stored), %d frames; %s, intraOpThreads %d, batch %d, %d processors%n",
                file, topic,
                documents.size(), segmented.size(), passages.size(), distinct[0], map.frames().size(),
                embedder.model().name(), threads,
                batch, Runtime.getRuntime().availableProcessors());
        System.out.println("| stage | wall s | share of wall | process cpu s | share of cpu |");
        System.out.println("|---|---:|---:|---:|---:|");
        double cpuTotal = times.cpuTotal();
        for (String stage : times.stages().keySet()) {
            double stageCpu = cpuOf(times, stage);
            System.out.printf(Locale.ROOT, "| %s | %.1f | %.1f%% | %.1f | %.1f%% |%n", stage, times.seconds(stage),
                    100 * times.seconds(stage) / times.total(), stageCpu, 100 * stageCpu / cpuTotal);
        }
        double nonEmbeddingWall = times.total() - times.seconds("embedding");
        double nonEmbeddingCpu = cpuTotal - cpuOf(times, "embedding");
        System.out.printf(Locale.ROOT, "| **total** | %.1f | | %.1f | |%n", wall, cpu);
        System.out.printf(Locale.ROOT, "everything but embedding: %.1f%% of wall time, %.1f%% of cpu time (target "
                + "<= 25%%); %.1f passages/s overall (wall), %.1f passages per cpu-second%n",
                100 * nonEmbeddingWall / times.total(), 100 * nonEmbeddingCpu / cpuTotal, passages.size() / wall,
                passages.size() / cpu);
    }

    /**
     * The service's embedding stage: each distinct text once, looked up in and stored to the embedding table in
     * {@link ChunkedEmbedding} chunks, with a progress write per chunk as the job makes.
     */
    private static float[][] storedVectors(Connection c, OnnxEmbedder embedder, List<String> texts, int[] distinct) {
        Map<String, String> byHash = new LinkedHashMap<>();
        List<String> hashes = texts.stream().map(ContentHash::sha256).toList();
        for (int i = 0; i < texts.size(); i++) {
            byHash.putIfAbsent(hashes.get(i), texts.get(i));
        }
        distinct[0] = byHash.size();
        try {
            String name = embedder.model().name();
            EmbeddingStore.select(c, name, List.copyOf(byHash.keySet()));
            c.commit();
            int[] done = {0};
            Map<String, float[]> vectors = new ChunkedEmbedding(embedder::embed, fresh -> {
                try {
                    EmbeddingStore.insert(c, name, fresh);
                    c.commit();
                    done[0] += fresh.size();
                    try (PreparedStatement progress = c.prepareStatement(
                            "UPDATE bench_progress SET done = ? WHERE id = 1")) {
                        // stands in for the job's progress write: one more update and commit per chunk
                        progress.setInt(1, done[0]);
                        progress.executeUpdate();
                    }
                    c.commit();
                } catch (SQLException e) {
                    throw new IllegalStateException(e);
                }
            }, EMBED_CHUNK).run(byHash);
            return hashes.stream().map(vectors::get).toArray(float[][]::new);
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    private static double cpuOf(StageTimes times, String stage) {
        return times.cpuSeconds(stage);
    }

    /** An empty H2 file database under target/bench-e2e with the service's schema; its JDBC URL. */
    private static String freshDatabase() throws Exception {
        Path dir = Path.of("target", "bench-e2e");
        if (Files.exists(dir)) {
            try (Stream<Path> files = Files.walk(dir)) {
                for (Path p : (Iterable<Path>) files.sorted(Comparator.reverseOrder())::iterator) {
                    Files.delete(p);
                }
            }
        }
        String url = "jdbc:h2:file:" + dir.toAbsolutePath().resolve("db") + ";WRITE_DELAY=0";
        Flyway.configure().dataSource(url, "sa", "").locations("classpath:db/migration").load().migrate();
        try (Connection c = DriverManager.getConnection(url, "sa", ""); Statement ddl = c.createStatement()) {
            ddl.execute("CREATE TABLE bench_progress (id INT PRIMARY KEY, done INT)");
            ddl.execute("INSERT INTO bench_progress VALUES (1, 0)");
        }
        return url;
    }

    /** What the service stores for such a corpus besides the vectors, in batches of 50 documents per commit. */
    private static void store(String url, List<Segmented> segmented, List<String> hashes, NarrativeMap map,
                              String model) throws Exception {
        ObjectMapper json = new ObjectMapper();
        Timestamp now = Timestamp.from(Instant.now());
        UUID corpus = UUID.randomUUID();
        try (Connection c = DriverManager.getConnection(url, "sa", "")) {
            c.setAutoCommit(false);
            try (PreparedStatement s = c.prepareStatement("INSERT INTO corpus (id, name, created_at) VALUES (?, ?, ?)")) {
                s.setObject(1, corpus);
                s.setString(2, "benchmark");
                s.setTimestamp(3, now);
                s.executeUpdate();
            }
            try (PreparedStatement d = c.prepareStatement("INSERT INTO document (id, public_id, corpus_id, "
                    + "external_id, source, text, content_hash, boilerplate_dropped, created_at)"
                    + " VALUES (?, ?, ?, ?, ?, ?, ?, 0, ?)");
                 PreparedStatement p = c.prepareStatement("INSERT INTO passage (id, public_id, document_id, "
                         + "ordinal, paragraph, start_offset, end_offset, text_hash) VALUES (?, ?, ?, ?, ?, ?, ?, ?)")) {
                int rows = 0;
                int passage = 0;
                for (Segmented s : segmented) {
                    d.setLong(1, s.id());
                    d.setLong(2, s.id());
                    d.setObject(3, corpus);
                    d.setString(4, s.document().id());
                    d.setString(5, s.document().source());
                    d.setString(6, s.document().text());
                    d.setString(7, ContentHash.ofDocument(s.document().text()));
                    d.setTimestamp(8, now);
                    d.addBatch();
                    for (Passage x : s.passages()) {
                        p.setLong(1, passage + 1);
                        p.setLong(2, passage + 1);
                        p.setLong(3, s.id());
                        p.setInt(4, x.ordinal());
                        p.setInt(5, x.paragraph());
                        p.setInt(6, x.start());
                        p.setInt(7, x.end());
                        p.setString(8, hashes.get(passage++));
                        p.addBatch();
                    }
                    if (++rows % 50 == 0) {
                        d.executeBatch();
                        p.executeBatch();
                        c.commit();
                    }
                }
                d.executeBatch();
                p.executeBatch();
                c.commit();
            }
            UUID analysis = UUID.randomUUID();
            try (PreparedStatement a = c.prepareStatement("INSERT INTO analysis (id, corpus_id, status, stage, "
                    + "progress_done, progress_total, request, result, attempts, created_at) "
                    + "VALUES (?, ?, 'succeeded', 'done', 0, 0, '{}', ?, 1, ?)");
                 PreparedStatement m = c.prepareStatement(
                         "INSERT INTO analysis_scoring (analysis_id, model_name, scoring) VALUES (?, ?, ?)")) {
                a.setObject(1, analysis);
                a.setObject(2, corpus);
                a.setString(3, json.writeValueAsString(map));
                a.setTimestamp(4, now);
                a.executeUpdate();
                m.setObject(1, analysis);
                m.setString(2, model);
                m.setString(3, json.writeValueAsString(map.scoring()));
                m.executeUpdate();
            }
            c.commit();
        } catch (SQLException e) {
            throw new IllegalStateException("storage failed: " + e.getMessage(), e);
        }
    }
}
