package org.narrativelens.evaluation;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.narrativelens.corpus.ContentHash;
import org.narrativelens.embed.Embedder;
import org.narrativelens.frames.PassageVector;
import org.narrativelens.pipeline.PassageText;
import org.narrativelens.pipeline.Pipeline;
import org.narrativelens.pipeline.StatementReader;
import org.narrativelens.text.Passage;
import org.narrativelens.text.PassageSegmenter;

/**
 * Segments a group's documents and embeds the passages through the service's {@link Pipeline}, with the service's
 * segmenter, the evaluation's vector cache and the command's statement stage.
 */
public final class GroupEmbedder {

    private final Pipeline pipeline;
    private final CachedVectors vectors;

    public GroupEmbedder(PassageSegmenter segmenter, Embedder embedder, VectorCache cache,
                         StatementReader statements) {
        this.vectors = new CachedVectors(embedder, cache);
        this.pipeline = new Pipeline(text -> segmenter.segment(text).passages(), vectors, statements);
    }

    /** The analysis of embedded groups, on the same pipeline; {@code aliasHints} go to the statement stage. */
    public GroupAnalysis analysis(Map<String, List<String>> aliasHints) {
        return new GroupAnalysis(pipeline, aliasHints);
    }

    /** Blank, duplicate and passage-less texts are dropped, as ingestion drops them; document ids are positions in the result. */
    public EmbeddedGroup embed(List<EvalDocument> group) {
        List<EvalDocument> kept = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        int duplicates = 0;
        List<PassageText> passages = new ArrayList<>();
        for (EvalDocument document : group) {
            if (document.text().isBlank()) {
                continue;
            }
            if (!seen.add(ContentHash.ofDocument(document.text()))) {
                duplicates++;
                continue;
            }
            List<Passage> segmented = pipeline.segment(document.text());
            if (segmented.isEmpty()) {
                continue; // nothing but boilerplate: the analyzer never sees this document
            }
            for (Passage passage : segmented) {
                passages.add(PassageText.of(passages.size(), kept.size(), document.source(), passage));
            }
            kept.add(document);
        }
        vectors.takeCounts();
        List<PassageVector> embedded = pipeline.embed(passages, done -> { });
        int[] counts = vectors.takeCounts();
        return new EmbeddedGroup(List.copyOf(kept), embedded, duplicates, counts[0], counts[1]);
    }
}
