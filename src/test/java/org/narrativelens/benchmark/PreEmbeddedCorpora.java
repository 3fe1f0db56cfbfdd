package org.narrativelens.benchmark;

import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import javax.sql.DataSource;
import org.narrativelens.corpus.ContentHash;
import org.narrativelens.corpus.Corpus;
import org.narrativelens.corpus.CorpusPassages;
import org.narrativelens.corpus.DocumentSubmission;
import org.narrativelens.corpus.IngestionService;
import org.narrativelens.embed.VectorCodec;
import org.narrativelens.evaluation.EvalDocument;
import org.narrativelens.evaluation.JsonlCorpus;
import org.narrativelens.frames.PassageVector;
import org.narrativelens.security.Tenants;

/**
 * Corpora for {@link PreEmbeddedAnalysisBenchmark} stored as ingestion and its embedding workers leave them, without
 * running the model: synthetic passages with their vectors, or a topic of a {@code documents.jsonl} ingested by the
 * service with vectors written for its texts.
 */
@ApplicationScoped
class PreEmbeddedCorpora {

    /** A text stored by another corpus of the database (a smaller synthetic corpus shares its first texts) is kept. */
    private static final String SKIP_STORED = "INSERT INTO embedding (model, text_hash, vector) SELECT ?, ?, ?"
            + " WHERE NOT EXISTS (SELECT 1 FROM embedding WHERE model = ? AND text_hash = ?)";

    @Inject
    DataSource dataSource;
    @Inject
    IngestionService ingestion;
    @Inject
    CorpusPassages passages;

    /** The corpus of that name, if an earlier invocation stored it. */
    UUID existing(String name) {
        return QuarkusTransaction.requiringNew().call(() -> Corpus.<Corpus>find("name", name).firstResultOptional()
                .map(c -> c.id).orElse(null));
    }

    /** The topic's documents through the service's ingestion (segmentation, voices, embedding tasks queued). */
    void ingest(UUID corpus, Path file, String topic) {
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
    void embedWithoutModel(UUID corpus, String model) throws SQLException {
        Set<String> hashes = new LinkedHashSet<>();
        for (CorpusPassages.LoadedPassage p : passages.load(corpus)) {
            hashes.add(ContentHash.sha256(p.text()));
            if (p.speechText() != null) {
                hashes.add(ContentHash.sha256(p.speechText()));
            }
        }
        List<PassageVector> shaped = ClusteringBenchmark.synthetic(hashes.size(), 42);
        try (Connection c = dataSource.getConnection();
             PreparedStatement vector = c.prepareStatement(SKIP_STORED)) {
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
    void store(UUID corpus, List<PassageVector> passages, String model) throws SQLException {
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
                 PreparedStatement vector = c.prepareStatement(SKIP_STORED)) {
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
                        vector.setString(4, model);
                        vector.setString(5, hash);
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
}
