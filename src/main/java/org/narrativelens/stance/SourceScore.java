package org.narrativelens.stance;

import java.util.List;
import java.util.Map;

/**
 * Where one source stands on the main axis, with a 95% bootstrap interval, its share of passages per frame,
 * its number of passages and the passages that moved it most.
 */
public record SourceScore(String source, double stance, Interval interval, Map<String, Double> frameScores,
                          int passages, List<Evidence> evidence) {
}
