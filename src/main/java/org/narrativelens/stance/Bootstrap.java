package org.narrativelens.stance;

import java.util.Arrays;
import java.util.SplittableRandom;

/** Seeded percentile bootstrap interval for a weighted mean, resampling whole units (documents or passages). */
public final class Bootstrap {

    private static final double LOWER = 0.025;
    private static final double UPPER = 0.975;

    private Bootstrap() {
    }

    /**
     * 95% percentile interval of {@code sum(weightedSums) / sum(weights)} over units drawn with replacement.
     * The interval is widened to contain {@code estimate} if needed, which only happens for very small, skewed samples.
     *
     * @param weightedSums per unit, the sum of weight times stance of its passages
     * @param weights per unit, the sum of the weights of its passages
     */
    public static Interval weightedMeanInterval(double[] weightedSums, double[] weights, double estimate, int samples,
                                                SplittableRandom random) {
        int units = weights.length;
        if (samples == 0 || units < 2) {
            return new Interval(estimate, estimate);
        }
        double[] statistics = new double[samples];
        int valid = 0;
        for (int b = 0; b < samples; b++) {
            double sum = 0;
            double weight = 0;
            for (int u = 0; u < units; u++) {
                int pick = random.nextInt(units);
                sum += weightedSums[pick];
                weight += weights[pick];
            }
            if (weight > 0) {
                statistics[valid++] = sum / weight;
            }
        }
        if (valid == 0) {
            return new Interval(estimate, estimate);
        }
        double[] sorted = Arrays.copyOf(statistics, valid);
        Arrays.sort(sorted);
        double low = Math.min(quantile(sorted, LOWER), estimate);
        double high = Math.max(quantile(sorted, UPPER), estimate);
        return new Interval(low, high);
    }

    /** Linear interpolation between order statistics (Hyndman and Fan type 7). */
    static double quantile(double[] sorted, double p) {
        double position = p * (sorted.length - 1);
        int below = (int) Math.floor(position);
        int above = Math.min(below + 1, sorted.length - 1);
        double fraction = position - below;
        return sorted[below] + fraction * (sorted[above] - sorted[below]);
    }
}
