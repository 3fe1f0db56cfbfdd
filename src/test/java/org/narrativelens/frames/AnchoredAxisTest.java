package org.narrativelens.frames;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class AnchoredAxisTest {

    /**
     * Four outlets: the A side writes "asylum seekers" and sits at -1 on the first vector component, the B side
     * writes "illegal aliens" and sits at +1; {@code vectorsAgree} false puts every vector at the same place.
     */
    private static Corpus outlets(boolean vectorsAgree) {
        String[][] outlets = {{"a-anchor", "A"}, {"a-two", "A"}, {"b-anchor", "B"}, {"b-two", "B"}};
        List<PassageVector> passages = new ArrayList<>();
        long id = 1;
        for (String[] outlet : outlets) {
            boolean b = outlet[1].equals("B");
            for (int d = 0; d < 3; d++) {
                String text = "The senate bill on " + (b ? "illegal aliens" : "asylum seekers") + " passed, day "
                        + d + ".";
                float side = vectorsAgree ? (b ? 1 : -1) : 0;
                passages.add(new PassageVector(id, id, outlet[0], 0, text.length(), text,
                        new float[] {side + 0.1f * d, 0.2f * (d - 1), 1}));
                id++;
            }
        }
        return Corpus.of(passages);
    }

    private static AxisFit fit(Corpus corpus) {
        List<String> texts = corpus.passages.stream().map(PassageVector::text).toList();
        return AnchoredAxis.fit(corpus, new PhraseTable(texts, corpus.sourceOf),
                Set.of(corpus.sources.indexOf("a-anchor")), Set.of(corpus.sources.indexOf("b-anchor")));
    }

    @Test
    void theAnchorsSitAtMinusOneAndPlusOneAndTheOtherOutletsOnTheirSide() {
        Corpus corpus = outlets(true);
        AxisFit fit = fit(corpus);
        assertEquals(-1, LexicalAxis.groupMean(corpus, fit.lean(), fit.relevance(),
                Set.of(corpus.sources.indexOf("a-anchor"))), 1e-9);
        assertEquals(1, LexicalAxis.groupMean(corpus, fit.lean(), fit.relevance(),
                Set.of(corpus.sources.indexOf("b-anchor"))), 1e-9);
        assertTrue(LexicalAxis.groupMean(corpus, fit.lean(), fit.relevance(),
                Set.of(corpus.sources.indexOf("a-two"))) < 0);
        assertTrue(LexicalAxis.groupMean(corpus, fit.lean(), fit.relevance(),
                Set.of(corpus.sources.indexOf("b-two"))) > 0);
        assertTrue(fit.notes().stream().anyMatch(n -> n.matches(".*Ledoit-Wolf shrinkage intensity \\d\\.\\d{3}.*")),
                "the result records the shrinkage it used: " + fit.notes());
    }

    @Test
    void theSavedProjectionPlacesEveryPassageAsTheFitDid() {
        Corpus corpus = outlets(true);
        AxisFit fit = fit(corpus);
        for (int i = 0; i < corpus.size(); i++) {
            AxisProjection.Placement placement = fit.projection().place(corpus.vectors[i],
                    corpus.passages.get(i).text());
            assertEquals(fit.lean()[i], placement.lean(), 1e-9);
            assertEquals(fit.relevance()[i], placement.relevance(), 1e-9);
        }
    }

    @Test
    void anchorsAlikeInEmbeddingSpaceLeaveTheAxisToTheirWording() {
        Corpus corpus = outlets(false);
        AxisFit fit = fit(corpus);
        assertTrue(fit.notes().stream().anyMatch(n -> n.contains("do not differ in embedding space")), fit.notes()
                .toString());
        assertEquals(1, LexicalAxis.groupMean(corpus, fit.lean(), fit.relevance(),
                Set.of(corpus.sources.indexOf("b-anchor"))), 1e-9);
    }
}
