package org.narrativelens.analysis;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.List;
import java.util.Map;

/**
 * What a client asks for: optional frame descriptions, anchor sources per side, options, and entity alias hints
 * (an entity's name and other names the documents use for it: {@code {"ISIS-K": ["ISKP", "Islamic State Khorasan"]}}).
 */
public record AnalysisSubmission(List<FrameDescription> frames, Map<String, List<String>> anchors, Options options,
                                 Map<String, List<String>> entities) {

    /** Absent frames or anchors are none: a stored request of any age reads the same as a new one. */
    public AnalysisSubmission {
        frames = frames == null ? List.of() : frames;
        anchors = anchors == null ? Map.of() : anchors;
    }

    /** A submission without alias hints. */
    public AnalysisSubmission(List<FrameDescription> frames, Map<String, List<String>> anchors, Options options) {
        this(frames, anchors, options, null);
    }

    /**
     * A frame named by the client and given by a description, a few example passages, or both; their embeddings,
     * averaged, guide the axis.
     */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record FrameDescription(String label, String description, List<String> examples) {

        /** A frame given by its description alone. */
        public FrameDescription(String label, String description) {
            this(label, description, null);
        }

        /** The description (when given), then the examples: the texts whose embeddings make the frame's guide. */
        public List<String> texts() {
            List<String> texts = new java.util.ArrayList<>();
            if (description != null) {
                texts.add(description);
            }
            if (examples != null) {
                texts.addAll(examples);
            }
            return texts;
        }
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
