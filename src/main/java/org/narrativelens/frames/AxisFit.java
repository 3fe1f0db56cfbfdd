package org.narrativelens.frames;

import java.util.List;

/**
 * The main axis as fitted on the corpus: every passage's signed lean (negative toward frame A, positive toward B,
 * 0 halfway between the two) and its relevance, the weight it carries in document and source averages.
 * The projection maps any unit vector to its lean and relevance the same way, for passages scored later.
 */
record AxisFit(String method, double[] lean, double[] relevance, List<String> notes, AxisProjection projection) {
}
