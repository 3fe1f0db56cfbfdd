package org.narrativelens.analysis;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.narrativelens.frames.AnalysisOptions;
import org.narrativelens.narratives.NarrativeAnalysis;

/** The complete parameters of an analysis: the client's options over the defaults, and anchors by side A or B. */
record AnalysisParameters(AnalysisOptions options, Map<String, List<String>> anchors,
                          List<AnalysisSubmission.FrameDescription> frames, Map<String, List<String>> entities,
                          Map<String, Object> statements) {

    /** @param statements what shaped the statements read (parser, rules), as the statement layer reports it */
    static AnalysisParameters from(AnalysisSubmission submission, Map<String, Object> statements) {
        AnalysisOptions defaults = AnalysisOptions.defaults();
        AnalysisSubmission.Options given = submission.options();
        AnalysisOptions options = given == null ? defaults : new AnalysisOptions(
                orDefault(given.maxFrames(), defaults.maxFrames()),
                given.seed() == null ? defaults.seed() : given.seed(),
                orDefault(given.bootstrapSamples(), defaults.bootstrapSamples()),
                orDefault(given.permutations(), defaults.permutations()),
                defaults.evidencePerSource(),
                defaults.exemplarsPerFrame(),
                given.includePassageScores() == null ? defaults.includePassageScores() : given.includePassageScores(),
                "all".equals(given.voices()));
        Map<String, List<String>> anchors = new TreeMap<>();
        submission.anchors().forEach((side, sources) ->
                anchors.put(SubmissionValidator.canonicalSide(side, submission.frames()), List.copyOf(sources)));
        Map<String, List<String>> entities = submission.entities() == null ? Map.of()
                : new TreeMap<>(submission.entities());
        return new AnalysisParameters(options, anchors, submission.frames(), entities, statements);
    }

    /** Everything that determined the result, for the record kept with it. */
    Map<String, Object> asMap() {
        Map<String, Object> map = new LinkedHashMap<>(options.asParameters());
        map.put("anchors", anchors);
        map.put("frames", frames);
        map.put("entities", entities);
        map.put("statements", statements);
        map.put("narratives", NarrativeAnalysis.parameters());
        return map;
    }

    private static int orDefault(Integer value, int fallback) {
        return value == null ? fallback : value;
    }
}
