package org.narrativelens.frames;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * The axis between anchor sources on both sides, from two views of how they differ: their word choice
 * ({@link LexicalAxis}) and what their documents say in embedding space ({@link AnchorDiscriminant}). Each view is
 * put in anchor units (the two anchor groups' mean leans at -1 and +1) and the passage's lean is the mean of both:
 * each view alone mistakes some of one anchor's quirks for its side, and the two views err on different passages.
 * Relevance is the lexical view's, so passages without partisan wording still weigh little.
 */
final class AnchoredAxis {

    private AnchoredAxis() {
    }

    static AxisFit fit(Corpus corpus, PhraseTable phrases, Set<Integer> sideA, Set<Integer> sideB) {
        AxisFit lexical = LexicalAxis.fit(corpus, phrases, sideA, sideB);
        double[] relevance = lexical.relevance();
        double lexicalGap = halfGap(corpus, lexical.lean(), relevance, sideA, sideB);
        AnchorDiscriminant.Fit fitted = AnchorDiscriminant.fit(corpus, sideA, sideB);
        AxisProjection.Linear discriminant = fitted.direction();
        double[] embedded = new double[corpus.size()];
        for (int i = 0; i < corpus.size(); i++) {
            embedded[i] = Vectors.dot(corpus.vectors[i], discriminant.weights()) + discriminant.offset();
        }
        double embeddedZero = (LexicalAxis.groupMean(corpus, embedded, relevance, sideA)
                + LexicalAxis.groupMean(corpus, embedded, relevance, sideB)) / 2;
        double embeddedGap = halfGap(corpus, embedded, relevance, sideA, sideB);
        List<String> notes = new ArrayList<>(lexical.notes());
        if (!(lexicalGap > 0) && !(embeddedGap > 0)) {
            notes.add("anchored axis: the anchors differ neither in wording nor in embedding space; every lean is 0");
        } else if (!(lexicalGap > 0) || !(embeddedGap > 0)) {
            notes.add("anchored axis: the anchors do not differ in " + (lexicalGap > 0 ? "embedding space" : "wording")
                    + "; the axis uses " + (lexicalGap > 0 ? "wording" : "embedding space") + " alone");
        }
        // each view scaled so that it spans half the anchors' distance: their sum spans all of it
        double lexicalScale = lexicalGap > 0 ? 0.5 / lexicalGap * (embeddedGap > 0 ? 1 : 2) : 0;
        double embeddedScale = embeddedGap > 0 ? 0.5 / embeddedGap * (lexicalGap > 0 ? 1 : 2) : 0;
        double[] lean = new double[corpus.size()];
        for (int i = 0; i < corpus.size(); i++) {
            lean[i] = lexicalScale * lexical.lean()[i] + embeddedScale * (embedded[i] - embeddedZero);
        }
        notes.add(String.format(Locale.ROOT, "anchored axis: mean of the word-choice lean and the embedding lean, "
                + "each in anchor units; the embedding lean is Fisher's discriminant of the anchors' documents "
                + "against the spread of every source's own documents (Ledoit-Wolf shrinkage intensity %.3f)",
                fitted.shrinkage()));
        AxisProjection projection = AxisProjection.anchored(lexical.projection().lexical(), lexicalScale,
                new AxisProjection.Linear(Vectors.scaled(discriminant.weights(), embeddedScale),
                        embeddedScale * (discriminant.offset() - embeddedZero)));
        return new AxisFit("anchored", lean, relevance, List.copyOf(notes), projection);
    }

    /** Half the distance from the A anchors' mean lean to the B anchors'. */
    private static double halfGap(Corpus corpus, double[] lean, double[] relevance, Set<Integer> sideA,
                                  Set<Integer> sideB) {
        return (LexicalAxis.groupMean(corpus, lean, relevance, sideB)
                - LexicalAxis.groupMean(corpus, lean, relevance, sideA)) / 2;
    }
}
