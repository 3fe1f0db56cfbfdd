package org.narrativelens.evaluation;

import java.util.List;
import java.util.Map;
import org.narrativelens.frames.AnalysisOptions;
import org.narrativelens.frames.AnalysisRequest;
import org.narrativelens.frames.FrameGuide;
import org.narrativelens.frames.StageClock;
import org.narrativelens.pipeline.Pipeline;
import org.narrativelens.stance.NarrativeMap;

/** Runs the service's pipeline with its default options on an embedded group, as an analysis job would. */
public final class GroupAnalysis {

    private final Pipeline pipeline;

    GroupAnalysis(Pipeline pipeline) {
        this.pipeline = pipeline;
    }

    public NarrativeMap run(EmbeddedGroup group, List<FrameGuide> guides, Map<String, List<String>> anchors) {
        return run(group, guides, anchors, AnalysisOptions.defaults());
    }

    public NarrativeMap run(EmbeddedGroup group, List<FrameGuide> guides, Map<String, List<String>> anchors,
                            AnalysisOptions options) {
        return pipeline.analyse(new AnalysisRequest(group.passages(), guides, anchors, options), StageClock.NONE);
    }

    /** The p-value of the main axis, NaN when the analysis found none. */
    public static double axisP(NarrativeMap map) {
        return map.axes().isEmpty() ? Double.NaN : map.axes().get(0).pValue();
    }
}
