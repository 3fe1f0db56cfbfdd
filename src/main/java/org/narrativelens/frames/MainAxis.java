package org.narrativelens.frames;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;

/**
 * Picks how the main axis is fitted (guided when frame guides are given, else the {@link AnchoredAxis} when anchors are
 * given on both sides, else the embedding axis of {@link SourceAxis}) and pairs the fit with what the permutation
 * test needs to refit its statistic: the passages it shuffles, the per-passage values the axis was fitted on, their
 * weights and the statistic itself.
 */
record MainAxis(AxisFit fit, Corpus tested, double[][] fittedOn, double[] weights,
                PermutationTest.Statistic statistic) {

    static MainAxis fit(Corpus corpus, List<FrameGuide> guides, Anchors anchors,
                        SplittableRandom random) {
        if (!guides.isEmpty()) {
            AxisFit fit = GuidedAxis.fit(corpus, guides.get(0), guides.get(1));
            // the guided direction does not depend on the sources: the statistic is the spread of source means along it
            return new MainAxis(fit, corpus, asColumn(fit.lean()), fit.relevance(), MainAxis::spreadAlongLean);
        }
        if (anchors.bothSides()) {
            return anchoredOnBothSides(corpus, anchors);
        }
        PrincipalSpace space = PrincipalSpace.of(corpus.vectors, random);
        if (anchors.isEmpty()) {
            AxisFit fit = SourceAxis.unsupervised(corpus, space);
            return new MainAxis(fit, corpus, space.coordinates, fit.relevance(),
                    (sums, weights, sources, count) -> SourceScatter.principal(sums, weights, sources, count).spread());
        }
        AxisFit fit = SourceAxis.anchored(corpus, space, anchors.sideA(), anchors.sideB());
        return new MainAxis(fit, corpus, space.coordinates, fit.relevance(), (sums, weights, sources, count) ->
                SourceScatter.principal(sums, weights, sources, count).spread());
    }

    PermutationTest.Result test(int permutations, long seed) {
        return PermutationTest.run(tested, fittedOn, weights, statistic, permutations, seed);
    }

    /**
     * The anchors fix the anchored axis, so their own spread along it proves nothing: the test shuffles the documents
     * of the other sources only, and asks whether those sources differ along the anchors' axis more than chance.
     */
    private static MainAxis anchoredOnBothSides(Corpus corpus, Anchors anchors) {
        List<String> texts = corpus.passages.stream().map(PassageVector::text).toList();
        AxisFit fit = AnchoredAxis.fit(corpus, new PhraseTable(texts, corpus.sourceOf), anchors.sideA(),
                anchors.sideB());
        List<PassageVector> others = new ArrayList<>();
        List<Integer> indices = new ArrayList<>();
        for (int i = 0; i < corpus.size(); i++) {
            int source = corpus.sourceOf[i];
            if (!anchors.sideA().contains(source) && !anchors.sideB().contains(source)) {
                others.add(corpus.passages.get(i));
                indices.add(i);
            }
        }
        double[][] lean = new double[indices.size()][];
        double[] weights = new double[indices.size()];
        for (int k = 0; k < indices.size(); k++) {
            lean[k] = new double[] {fit.lean()[indices.get(k)]};
            weights[k] = fit.relevance()[indices.get(k)];
        }
        Corpus tested = Corpus.of(others);
        List<String> notes = new ArrayList<>(fit.notes());
        notes.add(tested.sourceCount() < 2
                ? "the p-value asks whether the sources besides the anchors differ along the anchors' axis; there are"
                        + " fewer than two such sources, so p = 1"
                : "the p-value shuffles the documents of the sources besides the anchors and asks whether those "
                        + "sources differ along the anchors' axis more than chance");
        return new MainAxis(new AxisFit(fit.method(), fit.lean(), fit.relevance(), List.copyOf(notes), fit.projection()), tested, lean,
                weights, MainAxis::spreadAlongLean);
    }

    private static double spreadAlongLean(double[][] sums, double[] weights, int[] sources, int count) {
        return SourceScatter.spreadAlong(sums, weights, sources, count, new double[] {1});
    }

    private static double[][] asColumn(double[] values) {
        double[][] column = new double[values.length][];
        for (int i = 0; i < values.length; i++) {
            column[i] = new double[] {values[i]};
        }
        return column;
    }
}
