package org.narrativelens.frames;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;

/**
 * Axes found from the sources themselves, in {@link PrincipalSpace} coordinates. Unsupervised: the direction along which
 * sources differ most ({@link SourceScatter#principal}). Anchored on one side: the same direction, turned so that the
 * anchors fall on their side (anchors on both sides take {@link AnchoredAxis} instead). The zero is the midpoint
 * between the two sides of the best weighted two-group split of the source projections ({@link TwoGroupSplit}).
 */
final class SourceAxis {

    private SourceAxis() {
    }

    /** Said with every one-sided anchoring: the anchor fixes the sign, not what the axis means. */
    static final String ONE_SIDED_CAVEAT = "; the main difference between sources may be what they cover rather "
            + "than their stance: anchor a source on each side, or give two frame descriptions, to fix what the "
            + "axis means";

    static AxisFit unsupervised(Corpus corpus, PrincipalSpace space) {
        double[] weights = ones(corpus.size());
        SourceScatter.Direction direction =
                SourceScatter.principal(space.coordinates, weights, corpus.sourceOf, corpus.sourceCount());
        return centred("unsupervised", corpus, space, direction, Set.of(), Set.of());
    }

    /** One-sided anchors: the caller sends anchors on both sides to {@link AnchoredAxis}. */
    static AxisFit anchored(Corpus corpus, PrincipalSpace space, Set<Integer> sideA, Set<Integer> sideB) {
        if (!sideA.isEmpty() && !sideB.isEmpty()) {
            throw new IllegalArgumentException("anchors on both sides take the anchored axis");
        }
        double[] weights = ones(corpus.size());
        SourceScatter.Direction direction =
                SourceScatter.principal(space.coordinates, weights, corpus.sourceOf, corpus.sourceCount());
        return centred("anchored", corpus, space, direction, sideA, sideB);
    }

    private static AxisFit centred(String method, Corpus corpus, PrincipalSpace space, SourceScatter.Direction direction,
                                   Set<Integer> sideA, Set<Integer> sideB) {
        int n = corpus.size();
        int sources = corpus.sourceCount();
        double[] projection = new double[n];
        double[] sourceWeight = new double[sources];
        double[] sourceProjection = new double[sources];
        for (int i = 0; i < n; i++) {
            projection[i] = Vectors.dot(space.coordinates[i], direction.unit());
            sourceWeight[corpus.sourceOf[i]] += 1;
            sourceProjection[corpus.sourceOf[i]] += projection[i];
        }
        for (int s = 0; s < sources; s++) {
            sourceProjection[s] /= sourceWeight[s];
        }
        Placement placement = place(sourceProjection, sourceWeight, sideA, sideB);
        double zero = placement.zero();
        double sign = placement.sign();
        List<String> notes = new ArrayList<>(List.of(placement.note()));
        double[] lean = new double[n];
        double[] weights = new double[corpus.dimension];
        double offset = 0;
        if (direction.spread() > 0) {
            // lean = sign * (coordinates . unit - zero), and coordinates are affine in the vector: keep that map.
            for (int j = 0; j < space.basis.length; j++) {
                Vectors.addScaled(weights, space.basis[j], sign * direction.unit()[j]);
                offset -= sign * direction.unit()[j] * space.meanCoordinates[j];
            }
            offset -= sign * zero;
            for (int i = 0; i < n; i++) {
                lean[i] = sign * (projection[i] - zero);
            }
        } else {
            notes.add(method + " axis: the sources do not differ; every lean is 0");
        }
        for (int s : sideA) {
            if (sign * (sourceProjection[s] - zero) > 0) {
                notes.add("anchor source '" + corpus.sources.get(s) + "' falls on the B side of the axis");
            }
        }
        for (int s : sideB) {
            if (sign * (sourceProjection[s] - zero) < 0) {
                notes.add("anchor source '" + corpus.sources.get(s) + "' falls on the A side of the axis");
            }
        }
        return new AxisFit(method, lean, ones(n), notes, AxisProjection.linear(weights, offset));
    }

    /** Where the axis has its zero and which way it points: lean = sign * (projection - zero). */
    private record Placement(double zero, double sign, String note) {
    }

    private static Placement place(double[] sourceProjection, double[] sourceWeight, Set<Integer> sideA,
                                   Set<Integer> sideB) {
        TwoGroupSplit split = TwoGroupSplit.of(sourceProjection, sourceWeight);
        double zero = split.zero();
        if (!sideA.isEmpty()) {
            return new Placement(zero, groupMean(sourceProjection, sourceWeight, sideA) <= zero ? 1 : -1,
                    "anchored axis: the direction along which sources differ most, turned so that the A anchors "
                            + "fall on side A" + ONE_SIDED_CAVEAT);
        }
        if (!sideB.isEmpty()) {
            return new Placement(zero, groupMean(sourceProjection, sourceWeight, sideB) >= zero ? 1 : -1,
                    "anchored axis: the direction along which sources differ most, turned so that the B anchors "
                            + "fall on side B" + ONE_SIDED_CAVEAT);
        }
        return new Placement(zero, split.lowerHoldsMajority() ? 1 : -1,
                "unsupervised axis: oriented so that the side holding more passages is frame A (stance < 0)");
    }

    private static double groupMean(double[] sourceProjection, double[] sourceWeight, Set<Integer> group) {
        double sum = 0;
        double weight = 0;
        for (int s : group) {
            sum += sourceWeight[s] * sourceProjection[s];
            weight += sourceWeight[s];
        }
        return weight > 0 ? sum / weight : 0;
    }

    static double[] ones(int n) {
        double[] ones = new double[n];
        Arrays.fill(ones, 1.0);
        return ones;
    }
}
