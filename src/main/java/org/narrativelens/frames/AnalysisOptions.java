package org.narrativelens.frames;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Tuning knobs of one analysis.
 *
 * @param maxFrames number of topic frames; 0 chooses it automatically by silhouette
 * @param seed seed of every random choice, so that the same input gives the same output
 * @param bootstrapSamples bootstrap resamples for the source intervals (0: interval collapses to the estimate)
 * @param permutations permutations for the axis p-value (0: p-value is 1)
 * @param evidencePerSource evidence passages reported per source
 * @param exemplarsPerFrame exemplar passages reported per frame
 * @param includePassageScores whether the result lists a score for every passage
 * @param allVoices whether source and document stances count quoted and reported passages too; by default they
 *                  count the author's own voice only (speakers are scored on their passages either way)
 */
public record AnalysisOptions(int maxFrames, long seed, int bootstrapSamples, int permutations, int evidencePerSource,
                              int exemplarsPerFrame, boolean includePassageScores, boolean allVoices) {

    /** Options that count the author's voice only. */
    public AnalysisOptions(int maxFrames, long seed, int bootstrapSamples, int permutations, int evidencePerSource,
                           int exemplarsPerFrame, boolean includePassageScores) {
        this(maxFrames, seed, bootstrapSamples, permutations, evidencePerSource, exemplarsPerFrame,
                includePassageScores, false);
    }

    public AnalysisOptions {
        requireNonNegative("maxFrames", maxFrames);
        requireNonNegative("bootstrapSamples", bootstrapSamples);
        requireNonNegative("permutations", permutations);
        requireNonNegative("evidencePerSource", evidencePerSource);
        requireNonNegative("exemplarsPerFrame", exemplarsPerFrame);
    }

    public static AnalysisOptions defaults() {
        return new AnalysisOptions(0, 42L, 1000, 999, 3, 3, false, false);
    }

    /** These options with {@code allVoices} set. */
    public AnalysisOptions withAllVoices(boolean all) {
        return new AnalysisOptions(maxFrames, seed, bootstrapSamples, permutations, evidencePerSource,
                exemplarsPerFrame, includePassageScores, all);
    }

    /** The options as an ordered name-to-value map, for storing next to a result. */
    public Map<String, Object> asParameters() {
        Map<String, Object> parameters = new LinkedHashMap<>();
        parameters.put("maxFrames", maxFrames);
        parameters.put("seed", seed);
        parameters.put("bootstrapSamples", bootstrapSamples);
        parameters.put("permutations", permutations);
        parameters.put("evidencePerSource", evidencePerSource);
        parameters.put("exemplarsPerFrame", exemplarsPerFrame);
        parameters.put("includePassageScores", includePassageScores);
        parameters.put("voices", allVoices ? "all" : "author");
        return parameters;
    }

    private static void requireNonNegative(String name, int value) {
        if (value < 0) {
            throw new IllegalArgumentException(name + " must be >= 0, was " + value);
        }
    }
}
