package org.narrativelens.frames;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

class LexicalAxisTest {

    /**
     * Six outlets on one story: the A side says "undocumented immigrants" and "asylum seekers", the B side "illegal
     * aliens" and "open borders"; every outlet also has a house phrase of its own, and a background passage that
     * uses no side's wording.
     */
    private static List<PassageVector> outlets() {
        String[][] outlets = {
                {"a-anchor", "A", "tribune desk"}, {"a-two", "A", "harbor gazette"}, {"a-three", "A", "valley ledger"},
                {"b-anchor", "B", "patriot wire"}, {"b-two", "B", "eagle courier"}, {"b-three", "B", "frontier post"}};
        List<PassageVector> passages = new ArrayList<>();
        long id = 1;
        long document = 1;
        for (String[] outlet : outlets) {
            for (int d = 0; d < 3; d++, document++) {
                String side = outlet[1].equals("A")
                        ? (d % 2 == 0 ? "undocumented immigrants" : "asylum seekers")
                        : (d % 2 == 0 ? "illegal aliens" : "open borders");
                add(passages, id++, document, outlet[0], "The senate bill on " + side + " reached the floor, "
                        + outlet[2] + " reports, as " + side + " waited.");
                add(passages, id++, document, outlet[0], "Lawmakers met on Tuesday to debate the senate bill.");
            }
        }
        return passages;
    }

    private static void add(List<PassageVector> passages, long id, long document, String source, String text) {
        passages.add(new PassageVector(id, document, source, 0, text.length(), text, new float[] {1, (float) id}));
    }

    private static AxisFit fit(Corpus corpus) {
        List<String> texts = corpus.passages.stream().map(PassageVector::text).toList();
        Set<Integer> a = Set.of(corpus.sources.indexOf("a-anchor"));
        Set<Integer> b = Set.of(corpus.sources.indexOf("b-anchor"));
        return LexicalAxis.fit(corpus, new PhraseTable(texts, corpus.sourceOf), a, b);
    }

    @Test
    void outletsThatAreNotAnchorsLandOnTheSideWhoseWordsTheyUse() {
        Corpus corpus = Corpus.of(outlets());
        AxisFit fit = fit(corpus);

        double[] sum = new double[corpus.sourceCount()];
        double[] weight = new double[corpus.sourceCount()];
        for (int i = 0; i < corpus.size(); i++) {
            sum[corpus.sourceOf[i]] += fit.relevance()[i] * fit.lean()[i];
            weight[corpus.sourceOf[i]] += fit.relevance()[i];
        }
        for (int s = 0; s < corpus.sourceCount(); s++) {
            double mean = sum[s] / weight[s];
            String source = corpus.sources.get(s);
            assertTrue(source.startsWith("a-") ? mean < 0 : mean > 0, source + " leans " + mean);
        }
    }

    @Test
    void aPhraseOnlyOneOutletUsesCarriesNoWeightAndSharedWordingWeighsLittle() {
        Corpus corpus = Corpus.of(outlets());
        List<String> texts = corpus.passages.stream().map(PassageVector::text).toList();
        Map<String, Double> z = LexicalAxis.weights(new PhraseTable(texts, corpus.sourceOf),
                Set.of(corpus.sources.indexOf("a-anchor")), Set.of(corpus.sources.indexOf("b-anchor")));

        assertFalse(z.containsKey("patriot wire"), "house style of one outlet: " + z.keySet());
        assertFalse(z.containsKey("tribune desk"), "house style of one outlet: " + z.keySet());
        assertTrue(z.get("illegal aliens") > 0 && z.get("undocumented immigrants") < 0, z.toString());
        assertTrue(Math.abs(z.get("senate bill")) < Math.abs(z.get("illegal aliens")), z.toString());
    }

    @Test
    void passagesWithoutTheSidesWordingCountLessThanThoseWithIt() {
        Corpus corpus = Corpus.of(outlets());
        AxisFit fit = fit(corpus);
        for (int i = 0; i < corpus.size(); i++) {
            boolean background = corpus.passages.get(i).text().startsWith("Lawmakers");
            if (background) {
                assertTrue(fit.relevance()[i] < 0.5, "background passage relevance " + fit.relevance()[i]);
            } else {
                assertEquals(1.0, fit.relevance()[i], 0.35);
            }
        }
        assertTrue(fit.notes().stream().anyMatch(n -> n.startsWith("phrases of side B: ") && n.contains("illegal aliens")),
                fit.notes().toString());
    }

    @Test
    void theSameInputInAnotherOrderGivesTheSameLeans() {
        List<PassageVector> shuffled = new ArrayList<>(outlets());
        java.util.Collections.reverse(shuffled);
        assertEquals(java.util.Arrays.toString(fit(Corpus.of(outlets())).lean()),
                java.util.Arrays.toString(fit(Corpus.of(shuffled)).lean()));
    }
}
