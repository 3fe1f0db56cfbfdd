package org.narrativelens.analysis;

import java.util.List;
import java.util.Map;

/** What a client asks for: optional frame descriptions, anchor sources per side, and options. */
public record AnalysisSubmission(List<FrameDescription> frames, Map<String, List<String>> anchors, Options options) {

    /** A frame named and described by the client; the description is embedded to guide the axis. */
    public record FrameDescription(String label, String description) {
    }

    /**
     * Optional tuning; a missing value takes the documented default. {@code voices}: "author" (default) counts only
     * the author's own voice in source and document stances, "all" counts quoted and reported speech as well.
     */
    public record Options(Integer maxFrames, Long seed, Integer bootstrapSamples, Integer permutations,
                          Boolean includePassageScores, String voices) {

        /** Options without a voices choice. */
        public Options(Integer maxFrames, Long seed, Integer bootstrapSamples, Integer permutations,
                       Boolean includePassageScores) {
            this(maxFrames, seed, bootstrapSamples, permutations, includePassageScores, null);
        }
    }
}
