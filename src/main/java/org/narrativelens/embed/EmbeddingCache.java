package org.narrativelens.embed;

import io.quarkus.hibernate.orm.panache.Panache;
import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.IntConsumer;
import org.narrativelens.observability.PipelineMetrics;

/** Embeds texts through the model once per (model, text): stored vectors are reused across analyses and corpora. */
@ApplicationScoped
public class EmbeddingCache {

    /** Texts embedded and stored per transaction: work survives an interruption in steps of this size. */
    private static final int CHUNK = 256;
    private static final int LOOKUP_CHUNK = 500;

    private final Embedder embedder;
    private final AtomicLong embedderCalls = new AtomicLong();
    private final AtomicLong textsEmbedded = new AtomicLong();
    private final PipelineMetrics metrics;

    public EmbeddingCache(Embedder embedder, PipelineMetrics metrics) {
        this.embedder = embedder;
        this.metrics = metrics;
    }

    public ModelInfo model() {
        return embedder.model();
    }

    /**
     * Vectors for the texts, in order; {@code hashes[i]} is the SHA-256 of {@code texts[i]}. Reports the number of
     * vectors ready after each step.
     */
    public float[][] vectors(List<String> texts, List<String> hashes, IntConsumer progress) {
        Map<String, float[]> known = lookup(hashes);
        Map<String, String> missing = new LinkedHashMap<>();
        for (int i = 0; i < texts.size(); i++) {
            if (!known.containsKey(hashes.get(i))) {
                missing.putIfAbsent(hashes.get(i), texts.get(i));
            }
        }
        int ready = texts.size() - missing.size();
        metrics.passagesReused(model().name(), ready);
        progress.accept(ready);
        List<Map.Entry<String, String>> todo = new ArrayList<>(missing.entrySet());
        for (int from = 0; from < todo.size(); from += CHUNK) {
            List<Map.Entry<String, String>> chunk = todo.subList(from, Math.min(todo.size(), from + CHUNK));
            float[][] computed = embed(chunk.stream().map(Map.Entry::getValue).toList());
            Map<String, float[]> fresh = new LinkedHashMap<>();
            for (int i = 0; i < chunk.size(); i++) {
                fresh.put(chunk.get(i).getKey(), computed[i]);
            }
            store(fresh);
            metrics.passagesEmbedded(model().name(), chunk.size());
            known.putAll(fresh);
            ready += chunk.size();
            progress.accept(ready);
        }
        float[][] vectors = new float[texts.size()][];
        for (int i = 0; i < texts.size(); i++) {
            vectors[i] = known.get(hashes.get(i));
        }
        return vectors;
    }

    /** How many times this service has called the model, since start. */
    public long embedderCalls() {
        return embedderCalls.get();
    }

    /** How many texts this service has sent to the model, since start. */
    public long textsEmbedded() {
        return textsEmbedded.get();
    }

    private float[][] embed(List<String> texts) {
        embedderCalls.incrementAndGet();
        textsEmbedded.addAndGet(texts.size());
        return embedder.embed(texts);
    }

    private Map<String, float[]> lookup(List<String> hashes) {
        List<String> distinct = hashes.stream().distinct().toList();
        Map<String, float[]> found = new HashMap<>();
        QuarkusTransaction.requiringNew().run(() -> {
            EntityManager em = Panache.getEntityManager();
            for (int from = 0; from < distinct.size(); from += LOOKUP_CHUNK) {
                List<String> chunk = distinct.subList(from, Math.min(distinct.size(), from + LOOKUP_CHUNK));
                @SuppressWarnings("unchecked")
                List<Object[]> rows = em.createNativeQuery(
                                "SELECT text_hash, vector FROM embedding WHERE model = ?1 AND text_hash IN (?2)")
                        .setParameter(1, model().name())
                        .setParameter(2, chunk)
                        .getResultList();
                for (Object[] row : rows) {
                    found.put(((String) row[0]).strip(), VectorCodec.decode((byte[]) row[1]));
                }
            }
        });
        return found;
    }

    private void store(Map<String, float[]> vectors) {
        QuarkusTransaction.requiringNew().run(() -> {
            EntityManager em = Panache.getEntityManager();
            for (Map.Entry<String, float[]> entry : vectors.entrySet()) {
                // Another analysis may have stored the same text meanwhile: skip rather than fail.
                em.createNativeQuery("INSERT INTO embedding (model, text_hash, vector) SELECT ?1, ?2, ?3 "
                                + "WHERE NOT EXISTS (SELECT 1 FROM embedding WHERE model = ?1 AND text_hash = ?2)")
                        .setParameter(1, model().name())
                        .setParameter(2, entry.getKey())
                        .setParameter(3, VectorCodec.encode(entry.getValue()))
                        .executeUpdate();
            }
        });
    }
}
