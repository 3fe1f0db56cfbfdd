package org.narrativelens.analysis;

import java.util.List;
import java.util.Map;
import java.util.function.IntConsumer;
import org.narrativelens.corpus.CorpusPassages.LoadedPassage;
import org.narrativelens.narratives.EntitySummary;
import org.narrativelens.narratives.PassagePolarity;
import org.narrativelens.narratives.PlacedStatement;

/**
 * What the narrative layer needs from the statement layer: the statements of a corpus's passages, placed in their
 * documents and resolved to entities, and the statements of the frame guides' descriptions, resolved alike.
 */
public interface CorpusStatements {

    /**
     * The statements read, the corpus's entities, the statements of each guide text (in order), and where each
     * passage is (to find the statements of a passage).
     */
    record Read(List<PlacedStatement> statements, List<EntitySummary> entities, List<List<PlacedStatement>> guides,
                Map<String, Object> parameters, Map<Long, PassagePolarity.Span> passageSpans) {
    }

    /**
     * @param aliasHints the request's entity alias hints (name to other names)
     * @param progress   told the number of passages read so far
     */
    Read read(List<LoadedPassage> passages, List<String> guideTexts, Map<String, List<String>> aliasHints,
              IntConsumer progress);
}
