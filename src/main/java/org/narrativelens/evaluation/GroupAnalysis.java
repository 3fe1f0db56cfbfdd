package org.narrativelens.evaluation;

import java.util.List;
import java.util.Map;
import org.narrativelens.frames.AnalysisOptions;
import org.narrativelens.frames.AnalysisRequest;
import org.narrativelens.frames.FrameGuide;
import org.narrativelens.frames.StageClock;
import org.narrativelens.narratives.NarrativeOutcome;
import org.narrativelens.pipeline.PassageText;
import org.narrativelens.pipeline.Pipeline;
import org.narrativelens.pipeline.Statements;
import org.narrativelens.stance.NarrativeMap;

/**
 * Runs the service's pipeline with its default options on an embedded group, as an analysis job would: the vector
 * analysis, then the statement stage and the narrative layer with the command's entity alias hints.
 */
public final class GroupAnalysis {

    /** The map with the claims combined into the stances, what the narrative layer found, and the statements read. */
    record Claims(NarrativeMap map, NarrativeOutcome outcome, Statements read) {
    }

    private final Pipeline pipeline;
    private final Map<String, List<String>> aliasHints;

    GroupAnalysis(Pipeline pipeline, Map<String, List<String>> aliasHints) {
        this.pipeline = pipeline;
        this.aliasHints = Map.copyOf(aliasHints);
    }

    public NarrativeMap run(EmbeddedGroup group, List<FrameGuide> guides, Map<String, List<String>> anchors) {
        return run(group, guides, anchors, AnalysisOptions.defaults());
    }

    public NarrativeMap run(EmbeddedGroup group, List<FrameGuide> guides, Map<String, List<String>> anchors,
                            AnalysisOptions options) {
        return pipeline.analyse(new AnalysisRequest(group.passages(), guides, anchors, options), StageClock.NONE);
    }

    /** The statement stage and the narrative layer on the group and its vector analysis {@code vector}. */
    Claims withClaims(EmbeddedGroup group, NarrativeMap vector, List<String> guideTexts,
                      Map<String, List<String>> anchors) {
        // what a speaker says is embedded apart, but statements are read from the passage itself
        List<PassageText> passages = group.passages().stream().map(p -> new PassageText(p.passageId(),
                p.documentId(), p.source(), p.start(), p.end(), p.text(), p.voice(), null)).toList();
        Statements read = pipeline.statements(passages, guideTexts, aliasHints, done -> { });
        Pipeline.Narrated narrated = pipeline.narrate(vector, read, anchors);
        return new Claims(narrated.map(), narrated.outcome(), read);
    }

    /** The p-value of the main axis, NaN when the analysis found none. */
    public static double axisP(NarrativeMap map) {
        return map.axes().isEmpty() ? Double.NaN : map.axes().get(0).pValue();
    }
}
