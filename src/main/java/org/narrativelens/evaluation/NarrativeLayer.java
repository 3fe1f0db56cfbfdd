package org.narrativelens.evaluation;

import java.util.List;
import java.util.Map;
import org.narrativelens.analysis.CorpusStatements;
import org.narrativelens.analysis.StageCorpusStatements;
import org.narrativelens.corpus.CorpusPassages.LoadedPassage;
import org.narrativelens.narratives.NarrativeAnalysis;
import org.narrativelens.narratives.NarrativeOutcome;
import org.narrativelens.narratives.PhraseEncoder;
import org.narrativelens.stance.NarrativeMap;
import org.narrativelens.statements.StatementStage;

/**
 * The statement and narrative layers on an evaluation group, as the analysis job runs them after the vector
 * analysis: statements of the selected sentences, entities, narratives and roles, and the map with the claims
 * combined into the stances.
 */
final class NarrativeLayer {

    /** The combined map, what the narrative layer found, and the statements it read. */
    record Run(NarrativeMap map, NarrativeOutcome outcome, CorpusStatements.Read read) {
    }

    private final StageCorpusStatements statements;
    private final PhraseEncoder encoder;
    private final Map<String, List<String>> aliasHints;
    private final NarrativeAnalysis narratives = new NarrativeAnalysis();

    NarrativeLayer(StatementStage stage, PhraseEncoder encoder, Map<String, List<String>> aliasHints) {
        this.statements = new StageCorpusStatements(stage);
        this.encoder = encoder;
        this.aliasHints = Map.copyOf(aliasHints);
    }

    Run run(EmbeddedGroup group, NarrativeMap vector, List<String> guideTexts, Map<String, List<String>> anchors) {
        List<LoadedPassage> passages = group.passages().stream().map(p -> new LoadedPassage(p.passageId(),
                p.documentId(), null, p.source(), p.start(), p.end(), p.text(), p.voice(), null, null, null)).toList();
        CorpusStatements.Read read = statements.read(passages, guideTexts, aliasHints, done -> { });
        NarrativeOutcome outcome = narratives.run(read.statements(), read.guides(), encoder, anchors,
                vector.sources());
        return new Run(NarrativeAnalysis.apply(vector, outcome, read.statements(), read.passageSpans()), outcome,
                read);
    }
}
