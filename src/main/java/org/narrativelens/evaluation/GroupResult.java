package org.narrativelens.evaluation;

/**
 * The figures of one group.
 *
 * @param group group name
 * @param documents documents analysed
 * @param passages passages analysed
 * @param anchorA anchor source of side A, or null
 * @param anchorB anchor source of side B, or null
 * @param oriented separation in the anchored run (null without anchors on both sides)
 * @param orientedAxisP the analyzer's own axis p-value in the anchored run
 * @param agnostic sign-agnostic separation in the unsupervised run
 * @param agnosticAxisP the analyzer's own axis p-value in the unsupervised run
 * @param pairs story pairs in the anchored run, or null outside story mode
 * @param ceiling separation by the {@link SupervisedCeiling} (trained on the group's labels), or null
 * @param ceilingPairs story pairs by the {@link SupervisedCeiling}, or null outside story mode
 * @param seconds wall time of the group: segmentation, embedding (or cache look-up) and both analyses
 * @param error why the group could not be analysed, or null
 */
public record GroupResult(String group, int documents, int passages, String anchorA, String anchorB,
                          SideSeparation oriented, double orientedAxisP, SideSeparation agnostic, double agnosticAxisP,
                          StoryPairs.Result pairs, SideSeparation ceiling, StoryPairs.Result ceilingPairs,
                          double seconds, String error) {

    public double passagesPerSecond() {
        return seconds > 0 ? passages / seconds : Double.NaN;
    }
}
