package org.narrativelens.frames;

import java.util.Arrays;
import java.util.List;
import java.util.Objects;

/**
 * What a finished analysis keeps to place new passages on its frames and axis without refitting: the axis
 * projection, the stance scale, the topic centroids with the frame each became, and the aggregation parameters.
 *
 * @param scale the lean that maps to stance tanh(1); 0 when every lean was 0
 * @param topicCentroids unit centroids of the topic clusters
 * @param frameOfTopic for each topic cluster, the frame its undecided passages formed, or null if none were left
 * @param frameIds every frame of the result, f0 (side A) and f1 (side B) first
 * @param allVoices whether sources and documents count every voice ({@code options.voices = all}); false (the
 *                  author's voice only) for models saved before it was kept, which is what they were made with
 *                  unless asked otherwise
 */
public record ScoringModel(String method, AxisProjection projection, double scale, double sideThreshold,
                           double[][] topicCentroids, List<String> frameOfTopic, List<String> frameIds,
                           int bootstrapSamples, int evidencePerSource, long seed,
                           boolean allVoices) {

    @Override
    public boolean equals(Object o) {
        return o instanceof ScoringModel m && method.equals(m.method) && projection.equals(m.projection)
                && scale == m.scale && sideThreshold == m.sideThreshold
                && Arrays.deepEquals(topicCentroids, m.topicCentroids) && frameOfTopic.equals(m.frameOfTopic)
                && frameIds.equals(m.frameIds) && bootstrapSamples == m.bootstrapSamples
                && evidencePerSource == m.evidencePerSource && seed == m.seed
                && allVoices == m.allVoices;
    }

    @Override
    public int hashCode() {
        return Objects.hash(method, projection, scale, Arrays.deepHashCode(topicCentroids), frameOfTopic, frameIds,
                seed);
    }
}
