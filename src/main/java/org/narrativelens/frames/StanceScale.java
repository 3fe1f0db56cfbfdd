package org.narrativelens.frames;

import java.util.Arrays;

/**
 * Turns signed leans into stances in [-1, 1]: {@code tanh(lean / scale)}, with the scale set so that a passage of
 * median |lean| (among passages that carry weight) gets stance ±0.5. The zero of the lean is kept: a passage
 * halfway between the two frames stays at 0 whatever the rest of the corpus looks like.
 */
public final class StanceScale {

    private static final double MEDIAN_STANCE = 0.5;

    private StanceScale() {
    }

    public static double[] toStances(double[] lean, double[] relevance) {
        double scale = scale(lean, relevance);
        double[] stance = new double[lean.length];
        for (int i = 0; i < lean.length; i++) {
            stance[i] = stance(lean[i], scale);
        }
        return stance;
    }

    /** The stance of one lean on a scale from {@link #scale}: 0 when the scale is 0 (every lean was 0). */
    public static double stance(double lean, double scale) {
        return scale > 0 ? Math.tanh(lean / scale) : 0;
    }

    /** The lean that maps to stance ±0.5: median |lean| over passages with relevance > 0, divided by atanh(0.5). */
    public static double scale(double[] lean, double[] relevance) {
        double[] magnitudes = new double[lean.length];
        int count = 0;
        for (int i = 0; i < lean.length; i++) {
            if (relevance[i] > 0) {
                magnitudes[count++] = Math.abs(lean[i]);
            }
        }
        if (count == 0) {
            for (int i = 0; i < lean.length; i++) {
                magnitudes[count++] = Math.abs(lean[i]);
            }
        }
        if (count == 0) {
            return 0;
        }
        double[] sorted = Arrays.copyOf(magnitudes, count);
        Arrays.sort(sorted);
        double median = count % 2 != 0 ? sorted[count / 2] : (sorted[count / 2 - 1] + sorted[count / 2]) / 2;
        return median / atanh(MEDIAN_STANCE);
    }

    private static double atanh(double x) {
        return 0.5 * Math.log((1 + x) / (1 - x));
    }
}
