package org.narrativelens.frames;

import java.util.Arrays;
import java.util.Objects;

/**
 * How a unit passage vector maps to its lean and relevance on a fitted main axis, kept so that new passages can be
 * placed on the axis later. Exactly one of {@code linear} and {@code guided} is set.
 */
public record AxisProjection(Linear linear, Guided guided) {

    /** Source axes: lean = weights . v + offset; every passage has relevance 1. */
    public record Linear(double[] weights, double offset) {
        @Override
        public boolean equals(Object o) {
            return o instanceof Linear l && Arrays.equals(weights, l.weights) && offset == l.offset;
        }

        @Override
        public int hashCode() {
            return 31 * Arrays.hashCode(weights) + Double.hashCode(offset);
        }
    }

    /** Guided axes: lean = cos(v, b) / bestB - cos(v, a) / bestA; relevance = clip(max of both, 0, 1). */
    public record Guided(double[] a, double[] b, double bestA, double bestB) {
        @Override
        public boolean equals(Object o) {
            return o instanceof Guided g && Arrays.equals(a, g.a) && Arrays.equals(b, g.b) && bestA == g.bestA
                    && bestB == g.bestB;
        }

        @Override
        public int hashCode() {
            return Objects.hash(Arrays.hashCode(a), Arrays.hashCode(b), bestA, bestB);
        }
    }

    static AxisProjection linear(double[] weights, double offset) {
        return new AxisProjection(new Linear(weights, offset), null);
    }

    static AxisProjection guided(double[] a, double[] b, double bestA, double bestB) {
        return new AxisProjection(null, new Guided(a, b, bestA, bestB));
    }

    /** The lean of a unit vector. */
    double lean(float[] v) {
        if (linear != null) {
            return Vectors.dot(v, linear.weights()) + linear.offset();
        }
        return Vectors.dot(v, guided.b()) / guided.bestB() - Vectors.dot(v, guided.a()) / guided.bestA();
    }

    /** The relevance of a unit vector: its weight in document and source means. */
    double relevance(float[] v) {
        if (linear != null) {
            return 1.0;
        }
        double towardA = Vectors.dot(v, guided.a()) / guided.bestA();
        double towardB = Vectors.dot(v, guided.b()) / guided.bestB();
        return Math.max(0, Math.min(1, Math.max(towardA, towardB)));
    }
}
