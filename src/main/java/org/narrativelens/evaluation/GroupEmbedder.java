package org.narrativelens.evaluation;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.narrativelens.corpus.ContentHash;
import org.narrativelens.embed.Embedder;
import org.narrativelens.frames.PassageVector;
import org.narrativelens.text.Passage;
import org.narrativelens.text.PassageSegmenter;

/** Segments a group's documents with the service's segmenter and embeds the passages, through the vector cache. */
public final class GroupEmbedder {

    private static final int CHUNK = 4096;

    private final PassageSegmenter segmenter;
    private final Embedder embedder;
    private final VectorCache cache;

    public GroupEmbedder(PassageSegmenter segmenter, Embedder embedder, VectorCache cache) {
        this.segmenter = segmenter;
        this.embedder = embedder;
        this.cache = cache;
    }

    /** Blank, duplicate and passage-less texts are dropped, as ingestion drops them; document ids are positions in the result. */
    public EmbeddedGroup embed(List<EvalDocument> group) {
        List<EvalDocument> kept = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        int duplicates = 0;
        List<Passage> passages = new ArrayList<>();
        List<Integer> documentOf = new ArrayList<>();
        for (EvalDocument document : group) {
            if (document.text().isBlank()) {
                continue;
            }
            if (!seen.add(ContentHash.ofDocument(document.text()))) {
                duplicates++;
                continue;
            }
            List<Passage> segmented = segmenter.segment(document.text()).passages();
            if (segmented.isEmpty()) {
                continue; // nothing but boilerplate: the analyzer never sees this document
            }
            for (Passage passage : segmented) {
                passages.add(passage);
                documentOf.add(kept.size());
            }
            kept.add(document);
        }
        // the passages, then what their speakers say (quoted or reported speech): both embedded through the cache
        List<String> texts = new ArrayList<>(passages.stream().map(Passage::text).toList());
        int[] speechIndex = new int[passages.size()];
        for (int i = 0; i < passages.size(); i++) {
            String speech = passages.get(i).embeddingText();
            speechIndex[i] = speech.equals(passages.get(i).text()) ? -1 : texts.size();
            if (speechIndex[i] >= 0) {
                texts.add(speech);
            }
        }
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
        List<PassageVector> input = new ArrayList<>(passages.size());
        for (int i = 0; i < passages.size(); i++) {
            Passage p = passages.get(i);
            int d = documentOf.get(i);
            input.add(new PassageVector(i, d, kept.get(d).source(), p.start(), p.end(), p.text(), vectors[i],
                    p.voice(), speechIndex[i] < 0 ? null : vectors[speechIndex[i]]));
        }
        return new EmbeddedGroup(List.copyOf(kept), input, duplicates, texts.size() - missing.size(),
                missing.size());
    }
}
