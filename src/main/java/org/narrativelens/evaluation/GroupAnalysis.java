package org.narrativelens.evaluation;

import java.util.List;
import java.util.Map;
import org.narrativelens.frames.AnalysisOptions;
import org.narrativelens.frames.AnalysisRequest;
import org.narrativelens.frames.FrameGuide;
import org.narrativelens.frames.NarrativeAnalyzer;
import org.narrativelens.frames.NarrativeMap;

/** Runs the service's analyzer with its default options on an embedded group, as an analysis job would. */
public final class GroupAnalysis {

    private final NarrativeAnalyzer analyzer = new NarrativeAnalyzer();

    public NarrativeMap run(EmbeddedGroup group, List<FrameGuide> guides, Map<String, List<String>> anchors) {
        return run(group, guides, anchors, AnalysisOptions.defaults());
    }

    public NarrativeMap run(EmbeddedGroup group, List<FrameGuide> guides, Map<String, List<String>> anchors,
                            AnalysisOptions options) {
        return analyzer.analyze(new AnalysisRequest(group.passages(), guides, anchors, options));
    }

    /** The p-value of the main axis, NaN when the analysis found none. */
    public static double axisP(NarrativeMap map) {
        return map.axes().isEmpty() ? Double.NaN : map.axes().get(0).pValue();
    }
}
