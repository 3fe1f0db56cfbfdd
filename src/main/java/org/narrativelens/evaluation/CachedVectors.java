package org.narrativelens.evaluation;

import java.util.ArrayList;
import java.util.List;
import java.util.function.IntConsumer;
import org.narrativelens.embed.Embedder;
import org.narrativelens.pipeline.VectorStore;

/** The evaluation's vector store: the file cache first, the model for the rest in chunks; counts hits and misses. */
final class CachedVectors implements VectorStore {

    private static final int CHUNK = 4096;

    private final Embedder embedder;
    private final VectorCache cache;
    private int hits;
    private int embedded;

    CachedVectors(Embedder embedder, VectorCache cache) {
        this.embedder = embedder;
        this.cache = cache;
    }

    @Override
    public float[][] vectors(List<String> texts, IntConsumer progress) {
        float[][] vectors = new float[texts.size()][];
        List<Integer> missing = new ArrayList<>();
        List<String> keys = new ArrayList<>(texts.size());
        for (int i = 0; i < texts.size(); i++) {
            String key = VectorCache.key(texts.get(i));
            keys.add(key);
            vectors[i] = cache.get(key);
            if (vectors[i] == null) {
                missing.add(i);
            }
        }
        for (int from = 0; from < missing.size(); from += CHUNK) {
            List<Integer> chunk = missing.subList(from, Math.min(from + CHUNK, missing.size()));
            float[][] fresh = embedder.embed(chunk.stream().map(texts::get).toList());
            for (int c = 0; c < chunk.size(); c++) {
                vectors[chunk.get(c)] = fresh[c];
                cache.put(keys.get(chunk.get(c)), fresh[c]);
            }
            cache.flush();
            if (missing.size() > CHUNK) {
                System.err.printf("  embedded %d / %d new passages%n", from + chunk.size(), missing.size());
            }
        }
        hits += texts.size() - missing.size();
        embedded += missing.size();
        progress.accept(texts.size());
        return vectors;
    }

    /** Texts found in the cache, and texts embedded, since the last call; resets both. */
    int[] takeCounts() {
        int[] counts = {hits, embedded};
        hits = 0;
        embedded = 0;
        return counts;
    }
}
