package org.narrativelens.frames;

import java.util.List;
import java.util.SplittableRandom;

/**
 * Picks how the main axis is fitted (guided when frame guides are given, else anchored when anchors are given, else
 * unsupervised) and pairs the fit with what the permutation test needs to refit its statistic: the per-passage
 * values the axis was fitted on and the statistic itself.
 */
record MainAxis(AxisFit fit, double[][] fittedOn, PermutationTest.Statistic statistic) {

    static MainAxis fit(Corpus corpus, List<FrameGuide> guides, Anchors anchors,
                        SplittableRandom random) {
        if (!guides.isEmpty()) {
            AxisFit fit = GuidedAxis.fit(corpus, guides.get(0), guides.get(1));
            // the guided direction does not depend on the sources: the statistic is the spread of source means along it
            return new MainAxis(fit, asColumn(fit.lean()), (sums, weights, sources, count) ->
                    SourceScatter.spreadAlong(sums, weights, sources, count, new double[] {1}));
        }
        PrincipalSpace space = PrincipalSpace.of(corpus.vectors, random);
        if (anchors.isEmpty()) {
            return new MainAxis(SourceAxis.unsupervised(corpus, space), space.coordinates,
                    (sums, weights, sources, count) -> SourceScatter.principal(sums, weights, sources, count).spread());
        }
        AxisFit fit = SourceAxis.anchored(corpus, space, anchors.sideA(), anchors.sideB());
        if (anchors.bothSides()) {
            return new MainAxis(fit, space.coordinates, (sums, weights, sources, count) ->
                    SourceScatter.between(sums, weights, sources, count, anchors.sideA(), anchors.sideB()).spread());
        }
        return new MainAxis(fit, space.coordinates, (sums, weights, sources, count) ->
                SourceScatter.principal(sums, weights, sources, count).spread());
    }

    private static double[][] asColumn(double[] values) {
        double[][] column = new double[values.length][];
        for (int i = 0; i < values.length; i++) {
            column[i] = new double[] {values[i]};
        }
        return column;
    }
}
