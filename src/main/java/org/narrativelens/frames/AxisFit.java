package org.narrativelens.frames;

import java.util.List;

/**
 * The main axis as fitted on the corpus: every passage's signed lean (negative toward frame A, positive toward B,
 * 0 halfway between the two) and its relevance, the weight it carries in document and source averages; and the
 * placer that puts any other text's vector on the same axis (used for what a speaker says).
 */
record AxisFit(String method, double[] lean, double[] relevance, List<String> notes, Placer placer) {

    /** Places a unit vector on the axis: {lean, relevance}, exactly as a corpus passage with that vector. */
    interface Placer {
        double[] place(float[] unit);
    }
}
