package org.narrativelens.stance;

import java.util.Map;

/** Where one document stands on the main axis and its share of passages per frame. */
public record DocumentScore(long documentId, String source, double stance, Map<String, Double> frameScores) {
}
