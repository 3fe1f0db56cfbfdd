package org.narrativelens.stance;

/**
 * A passage that moved its source's stance.
 *
 * @param stance the passage's own stance
 * @param weight the passage's share of its source's total relevance, so that {@code weight * stance} is its
 *               contribution to the source stance
 */
public record Evidence(long passageId, long documentId, int start, int end, String text, double stance, double weight) {
}
