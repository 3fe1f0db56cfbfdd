package org.narrativelens.frames;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/**
 * The axis between two described frames. A passage's lean is its cosine to description B minus its cosine to
 * description A, each divided by that description's best cosine in the corpus. The division corrects for hubness:
 * a description that shares more of the corpus's general vocabulary is closer to every on-topic passage, which
 * would otherwise pull the whole corpus to its side. Relevance is the normalised cosine to the nearer description,
 * clipped to [0, 1]: passages about neither frame count little.
 */
final class GuidedAxis {

    private GuidedAxis() {
    }

    static AxisFit fit(Corpus corpus, FrameGuide guideA, FrameGuide guideB) {
        double[] a = guideVector(corpus, guideA);
        double[] b = guideVector(corpus, guideB);
        if (guideA.label().equals(guideB.label())) {
            throw new IllegalArgumentException("the two frame guides need different labels, both are '"
                    + guideA.label() + "'");
        }
        int n = corpus.size();
        double[] cosineA = new double[n];
        double[] cosineB = new double[n];
        for (int i = 0; i < n; i++) {
            cosineA[i] = Vectors.dot(corpus.vectors[i], a);
            cosineB[i] = Vectors.dot(corpus.vectors[i], b);
        }
        List<String> notes = new ArrayList<>();
        double bestA = bestMatch(cosineA, guideA.label(), notes);
        double bestB = bestMatch(cosineB, guideB.label(), notes);
        notes.add(String.format(Locale.ROOT, "guided axis: cosines to each description divided by its best match in "
                + "the corpus (%s %.3f, %s %.3f) to correct for one description being closer to everything",
                guideA.label(), bestA, guideB.label(), bestB));
        double[] lean = new double[n];
        double[] relevance = new double[n];
        for (int i = 0; i < n; i++) {
            double towardA = cosineA[i] / bestA;
            double towardB = cosineB[i] / bestB;
            lean[i] = towardB - towardA;
            relevance[i] = Math.max(0, Math.min(1, Math.max(towardA, towardB)));
        }
        return new AxisFit("guided", lean, relevance, notes, AxisProjection.guided(a, b, bestA, bestB));
    }

    private static double bestMatch(double[] cosines, String label, List<String> notes) {
        double best = Arrays.stream(cosines).max().orElse(0);
        if (best > 0) {
            return best;
        }
        notes.add("frame '" + label + "' is not similar to any passage; its cosines are used unnormalised");
        return 1;
    }

    private static double[] guideVector(Corpus corpus, FrameGuide guide) {
        if (guide == null || guide.vector() == null) {
            throw new IllegalArgumentException("every frame guide needs a vector");
        }
        if (guide.label() == null || guide.label().isBlank()) {
            throw new IllegalArgumentException("every frame guide needs a label");
        }
        if (guide.vector().length != corpus.dimension) {
            throw new IllegalArgumentException("frame '" + guide.label() + "' has dimension " + guide.vector().length
                    + " but the passages have " + corpus.dimension);
        }
        double[] unit = Vectors.unitOrNull(guide.vector());
        if (unit == null) {
            throw new IllegalArgumentException("frame '" + guide.label() + "' has a zero or non-finite vector");
        }
        return unit;
    }
}
