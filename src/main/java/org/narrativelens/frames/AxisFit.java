package org.narrativelens.frames;

import java.util.List;

/**
 * The main axis as fitted on the corpus: every passage's signed lean (negative toward frame A, positive toward B,
 * 0 halfway between the two) and its relevance, the weight it carries in document and source averages.
 */
record AxisFit(String method, double[] lean, double[] relevance, List<String> notes) {
}
