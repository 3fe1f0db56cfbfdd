package org.narrativelens.embed;

import jakarta.enterprise.context.ApplicationScoped;
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

    private final Embedder embedder;
    private final EmbeddingStore store;
    private final AtomicLong embedderCalls = new AtomicLong();
    private final AtomicLong textsEmbedded = new AtomicLong();
    private final PipelineMetrics metrics;

    public EmbeddingCache(Embedder embedder, EmbeddingStore store, PipelineMetrics metrics) {
        this.embedder = embedder;
        this.store = store;
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
        Map<String, float[]> known = new HashMap<>(store.find(model().name(), hashes));
        Map<String, String> missing = new LinkedHashMap<>();
        for (int i = 0; i < texts.size(); i++) {
            if (!known.containsKey(hashes.get(i))) {
                missing.putIfAbsent(hashes.get(i), texts.get(i));
            }
        }
        int ready = texts.size() - missing.size();
        metrics.passagesReused(model().name(), ready);
        progress.accept(ready);
        int[] stored = {ready};
        known.putAll(new ChunkedEmbedding(this::embed, fresh -> {
            store.store(model().name(), fresh);
            metrics.passagesEmbedded(model().name(), fresh.size());
            stored[0] += fresh.size();
            progress.accept(stored[0]);
        }, CHUNK).run(missing));
        float[][] vectors = new float[texts.size()][];
        for (int i = 0; i < texts.size(); i++) {
            vectors[i] = known.get(hashes.get(i));
        }
        return vectors;
    }

    /**
     * The vectors of those texts that are not stored yet, by hash, from the model, without storing them: the caller
     * stores them with a write of its own ({@link EmbeddingStore#storeFenced}).
     */
    public Map<String, float[]> embedMissing(List<String> texts, List<String> hashes) {
        Map<String, float[]> known = store.find(model().name(), hashes);
        Map<String, String> missing = new LinkedHashMap<>();
        for (int i = 0; i < texts.size(); i++) {
            if (!known.containsKey(hashes.get(i))) {
                missing.putIfAbsent(hashes.get(i), texts.get(i));
            }
        }
        metrics.passagesReused(model().name(), texts.size() - missing.size());
        if (missing.isEmpty()) {
            return Map.of();
        }
        float[][] vectors = embed(List.copyOf(missing.values()));
        metrics.passagesEmbedded(model().name(), vectors.length);
        Map<String, float[]> fresh = new LinkedHashMap<>();
        int i = 0;
        for (String hash : missing.keySet()) {
            fresh.put(hash, vectors[i++]);
        }
        return fresh;
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
}
