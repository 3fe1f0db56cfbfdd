package org.narrativelens.benchmark;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Alternative;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.function.IntConsumer;
import org.narrativelens.pipeline.PassageText;
import org.narrativelens.pipeline.StatementReader;
import org.narrativelens.pipeline.Statements;

/** The statement stage switched off for {@link PreEmbeddedAnalysisBenchmark}: no statements, entities or guides. */
@Alternative
@ApplicationScoped
public class NoStatements implements StatementReader {

    @Override
    public Statements read(List<PassageText> passages, List<String> guideTexts, Map<String, List<String>> aliasHints,
                           IntConsumer progress) {
        progress.accept(passages.size());
        return new Statements(List.of(), List.of(), Collections.nCopies(guideTexts.size(), List.of()),
                Map.of("statements", "off"), Map.of());
    }
}
