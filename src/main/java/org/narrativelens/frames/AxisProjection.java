package org.narrativelens.frames;

import java.util.Arrays;
import java.util.Map;
import java.util.Objects;

/**
 * How a unit passage vector maps to its lean and relevance on a fitted main axis, kept so that new passages can be
 * placed on the axis later. Exactly one of {@code linear}, {@code guided}, {@code lexical} and {@code anchored} is set
 * ({@code anchored} is absent from scoring models saved before it existed).
 */
public record AxisProjection(Linear linear, Guided guided, Lexical lexical, Anchored anchored) {

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

    /**
     * The lexical axis (anchors on both sides): lean = mean z of the passage's phrases that have one, minus zero;
     * relevance = the passage's sum of |z| over {@code most}, the strongest corpus passage's, capped at 1.
     */
    public record Lexical(Map<String, Double> weights, double zero, double most) {
    }

    /**
     * Anchors on both sides: lean = {@code wordScale} x the lexical lean of {@code words} + the {@code embedding}
     * lean; relevance = the lexical relevance of {@code words}.
     */
    public record Anchored(Lexical words, double wordScale, Linear embedding) {
    }

    static AxisProjection linear(double[] weights, double offset) {
        return new AxisProjection(new Linear(weights, offset), null, null, null);
    }

    static AxisProjection guided(double[] a, double[] b, double bestA, double bestB) {
        return new AxisProjection(null, new Guided(a, b, bestA, bestB), null, null);
    }

    static AxisProjection lexical(Map<String, Double> weights, double zero, double most) {
        return new AxisProjection(null, null, new Lexical(weights, zero, most), null);
    }

    static AxisProjection anchored(Lexical words, double wordScale, Linear embedding) {
        return new AxisProjection(null, null, null, new Anchored(words, wordScale, embedding));
    }

    /** True when the axis reads a passage's words, so that a vector alone cannot place it. */
    boolean readsText() {
        return lexical != null || anchored != null;
    }

    /** Where a passage sits on the axis: its lean, and its relevance (its weight in document and source means). */
    record Placement(double lean, double relevance) {
    }

    /** Places a passage given its unit vector and its text. */
    Placement place(float[] v, String text) {
        if (anchored != null) {
            Placement words = place(anchored.words(), text);
            return new Placement(anchored.wordScale() * words.lean() + place(anchored.embedding(), v).lean(),
                    words.relevance());
        }
        if (lexical != null) {
            return place(lexical, text);
        }
        if (linear != null) {
            return place(linear, v);
        }
        double towardA = Vectors.dot(v, guided.a()) / guided.bestA();
        double towardB = Vectors.dot(v, guided.b()) / guided.bestB();
        return new Placement(towardB - towardA, Math.max(0, Math.min(1, Math.max(towardA, towardB))));
    }

    private static Placement place(Lexical lexical, String text) {
        PhraseEvidence use = PhraseEvidence.of(lexical.weights(), Terms.count(text));
        double lean = use.used() ? use.lean() - lexical.zero() : 0;
        return new Placement(lean, lexical.most() > 0 ? Math.min(1, use.evidence() / lexical.most()) : 0);
    }

    private static Placement place(Linear linear, float[] v) {
        return new Placement(Vectors.dot(v, linear.weights()) + linear.offset(), 1.0);
    }
}
