package org.narrativelens.benchmark;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.narrativelens.corpus.ContentHash;
import org.narrativelens.embed.ChunkedEmbedding;
import org.narrativelens.embed.EmbedderSettings;
import org.narrativelens.embed.EmbeddingStore;
import org.narrativelens.embed.ModelManifest;
import org.narrativelens.embed.ModelSpec;
import org.narrativelens.embed.OnnxEmbedder;
import org.narrativelens.embed.VectorCodec;

/**
 * The service's whole embedding stage against a bare ONNX Runtime session on the same texts and model, in one JVM:
 * the stage looks the texts up, embeds them in chunks of 256 and stores each chunk and a progress row in an H2 file
 * with {@code WRITE_DELAY=0}, as the service does ({@link ChunkedEmbedding}, {@link EmbeddingStore}); "sequential"
 * is the shape before it (chunks in arrival order, each stored row by row after it is embedded, then the progress).
 * Rounds alternate the paths over fresh seeded texts (nothing is found stored); prints medians and ratios, by wall
 * time and by the process's CPU time (the steadier figure on a shared machine).
 * Args: [rounds=3] [texts per round=2048] [threads=2] [batch=16] [models=all-minilm-l6-v2,all-minilm-l6-v2-q]
 * [models dir=models]. Run: {@code ./mvnw -q compile exec:exec@bench-embedding-stage}.
 */
public final class EmbeddingStageBenchmark {

    private static final int CHUNK = 256;

    private EmbeddingStageBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        int rounds = args.length > 0 ? Integer.parseInt(args[0]) : 3;
        int count = args.length > 1 ? Integer.parseInt(args[1]) : 2048;
        int threads = args.length > 2 ? Integer.parseInt(args[2]) : 2;
        int batch = args.length > 3 ? Integer.parseInt(args[3]) : 16;
        String[] names = (args.length > 4 ? args[4] : "all-minilm-l6-v2,all-minilm-l6-v2-q").split(",");
        Path dir = Path.of(args.length > 5 ? args[5] : "models");
        Path db = Files.createTempDirectory("stage-bench");
        try (Connection connection = DriverManager.getConnection(
                "jdbc:h2:file:" + db.resolve("bench") + ";WRITE_DELAY=0", "sa", "")) {
            try (Statement ddl = connection.createStatement()) {
                ddl.execute("CREATE TABLE embedding (model VARCHAR(100) NOT NULL, text_hash CHAR(64) NOT NULL,"
                        + " vector BYTEA NOT NULL, PRIMARY KEY (model, text_hash))");
                ddl.execute("CREATE TABLE progress (id INT PRIMARY KEY, done INT)");
                ddl.execute("INSERT INTO progress VALUES (1, 0)");
            }
            System.out.printf(Locale.ROOT, "# embedding stage: %d texts x %d rounds, intraOpThreads %d, batch %d, "
                    + "%d processors, H2 file WRITE_DELAY=0%n", count, rounds, threads, batch,
                    Runtime.getRuntime().availableProcessors());
            System.out.println("| model | texts/s (wall): bare, stage, sequential | stage/bare (wall)"
                    + " | texts per cpu-second: bare, stage, sequential | stage/bare (cpu) | sequential/bare (cpu) |");
            System.out.println("|---|---|---:|---|---:|---:|");
            for (String name : names) {
                measure(connection, dir, name.strip(), rounds, count, threads, batch);
            }
        }
    }

    private static void measure(Connection connection, Path dir, String name, int rounds, int count, int threads,
                                int batch) throws Exception {
        ModelSpec spec = ModelManifest.read(dir.resolve("manifest.json")).find(name).orElseThrow();
        // DJL must create the JVM's OrtEnvironment: open the service path first.
        try (OnnxEmbedder service = OnnxEmbedder.open(dir, spec, new EmbedderSettings(threads, batch));
             BareOrtEmbedder bare = new BareOrtEmbedder(dir.resolve(spec.file()), dir.resolve(spec.tokenizer()),
                     spec.maxTokens(), threads, batch)) {
            service.embed(EmbeddingBenchmark.texts(64, 1));
            bare.embed(EmbeddingBenchmark.texts(64, 1));
            double[][] rates = new double[3][rounds];
            double[][] cpuRates = new double[3][rounds];
            for (int r = 0; r < rounds; r++) {
                for (int k = 0; k < 3; k++) {
                    // alternate the order, so that drift in the machine's load hits every path alike
                    int which = (r + k) % 3;
                    List<String> texts = new ArrayList<>();
                    for (String text : EmbeddingBenchmark.texts(count, 1000L * r + which)) {
                        texts.add(r + "." + which + " " + text);
                    }
                    long cpuStart = StageTimes.processCpuNanos();
                    long start = System.nanoTime();
                    switch (which) {
                        case 0 -> bare.embed(texts);
                        case 1 -> stage(connection, service, name, texts);
                        default -> sequential(connection, service, name, texts);
                    }
                    rates[which][r] = count / ((System.nanoTime() - start) / 1e9);
                    cpuRates[which][r] = count / ((StageTimes.processCpuNanos() - cpuStart) / 1e9);
                }
            }
            double[] wall = new double[3];
            double[] cpu = new double[3];
            for (int k = 0; k < 3; k++) {
                wall[k] = EmbeddingBenchmark.median(rates[k]);
                cpu[k] = EmbeddingBenchmark.median(cpuRates[k]);
            }
            System.out.printf(Locale.ROOT, "| %s | %.1f, %.1f, %.1f | %.3f | %.1f, %.1f, %.1f | %.3f | %.3f |%n", name,
                    wall[0], wall[1], wall[2], wall[1] / wall[0], cpu[0], cpu[1], cpu[2], cpu[1] / cpu[0],
                    cpu[2] / cpu[0]);
        }
    }

    /** The service's path: one look-up, then chunks sorted by length, each stored while the next is embedded. */
    private static void stage(Connection connection, OnnxEmbedder service, String model, List<String> texts)
            throws SQLException {
        Map<String, String> todo = byHash(texts);
        connection.setAutoCommit(false);
        EmbeddingStore.select(connection, model, List.copyOf(todo.keySet()));
        connection.commit();
        int[] done = {0};
        Connection writer = connection;
        new ChunkedEmbedding(service::embed, fresh -> {
            try {
                EmbeddingStore.insert(writer, model, fresh);
                writer.commit();
                done[0] += fresh.size();
                progress(writer, done[0]);
            } catch (SQLException e) {
                throw new IllegalStateException(e);
            }
        }, CHUNK).run(todo);
        connection.setAutoCommit(true);
    }

    /** The shape before: chunks in arrival order, each embedded, then stored row by row, then the progress. */
    private static void sequential(Connection connection, OnnxEmbedder service, String model, List<String> texts)
            throws SQLException {
        List<Map.Entry<String, String>> todo = List.copyOf(byHash(texts).entrySet());
        connection.setAutoCommit(false);
        for (int from = 0; from < todo.size(); from += CHUNK) {
            List<Map.Entry<String, String>> chunk = todo.subList(from, Math.min(todo.size(), from + CHUNK));
            float[][] vectors = service.embed(chunk.stream().map(Map.Entry::getValue).toList());
            try (PreparedStatement insert = connection.prepareStatement("INSERT INTO embedding (model, text_hash,"
                    + " vector) SELECT ?1, ?2, ?3 WHERE NOT EXISTS (SELECT 1 FROM embedding WHERE model = ?1"
                    + " AND text_hash = ?2)")) {
                for (int i = 0; i < chunk.size(); i++) {
                    insert.setString(1, model);
                    insert.setString(2, chunk.get(i).getKey());
                    insert.setBytes(3, VectorCodec.encode(vectors[i]));
                    insert.executeUpdate();
                }
            }
            connection.commit();
            progress(connection, from + chunk.size());
        }
        connection.setAutoCommit(true);
    }

    private static void progress(Connection connection, int done) throws SQLException {
        try (PreparedStatement update = connection.prepareStatement("UPDATE progress SET done = ? WHERE id = 1")) {
            update.setInt(1, done);
            update.executeUpdate();
        }
        connection.commit();
    }

    private static Map<String, String> byHash(List<String> texts) {
        Map<String, String> todo = new LinkedHashMap<>();
        for (String text : texts) {
            todo.putIfAbsent(ContentHash.sha256(text), text);
        }
        return todo;
    }
}
