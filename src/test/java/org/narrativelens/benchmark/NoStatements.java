package org.narrativelens.benchmark;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Alternative;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.function.IntConsumer;
import org.narrativelens.analysis.CorpusStatements;
import org.narrativelens.corpus.CorpusPassages.LoadedPassage;

/** The statement stage switched off for {@link PreEmbeddedAnalysisBenchmark}: no statements, entities or guides. */
@Alternative
@ApplicationScoped
public class NoStatements implements CorpusStatements {

    @Override
    public Read read(List<LoadedPassage> passages, List<String> guideTexts, Map<String, List<String>> aliasHints,
                     IntConsumer progress) {
        progress.accept(passages.size());
        return new Read(List.of(), List.of(), Collections.nCopies(guideTexts.size(), List.of()),
                Map.of("statements", "off"), Map.of());
    }
}
