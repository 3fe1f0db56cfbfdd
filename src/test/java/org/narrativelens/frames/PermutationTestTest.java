package org.narrativelens.frames;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.narrativelens.frames.Synthetic.Source;

class PermutationTestTest {

    private static final PermutationTest.Statistic SPREAD =
            (sums, weights, sources, count) -> SourceScatter.spreadAlong(sums, weights, sources, count, new double[] {1});

    /** One value per passage: the source's side plus the passage's position noise. */
    private static double[][] values(List<PassageVector> passages, double separation) {
        double[][] values = new double[passages.size()][];
        for (int i = 0; i < values.length; i++) {
            double side = passages.get(i).source().startsWith("a") ? -1 : 1;
            values[i] = new double[] {separation * side + Math.sin(17.0 * i)};
        }
        return values;
    }

    @Test
    void aPlantedDifferenceGetsTheSmallestPossiblePValue() {
        List<PassageVector> passages = new Synthetic(1).corpus(0, 0.1,
                new Source("a1", 0, 3, 5), new Source("a2", 0, 3, 5), new Source("b1", 0, 3, 5), new Source("b2", 0, 3, 5));
        Corpus corpus = Corpus.of(passages);
        PermutationTest.Result result = PermutationTest.run(corpus, values(corpus.passages, 2), SourceAxis.ones(60), SPREAD, 199, 5);

        assertEquals(1.0 / 200, result.pValue());
        assertFalse(result.shuffledPassages());
    }

    @Test
    void noDifferenceGivesALargePValueAndTheSameSeedTheSameValue() {
        List<PassageVector> passages = new Synthetic(1).corpus(0, 0.1,
                new Source("a1", 0, 3, 5), new Source("a2", 0, 3, 5), new Source("b1", 0, 3, 5), new Source("b2", 0, 3, 5));
        Corpus corpus = Corpus.of(passages);
        PermutationTest.Result first = PermutationTest.run(corpus, values(corpus.passages, 0), SourceAxis.ones(60), SPREAD, 199, 5);
        PermutationTest.Result second = PermutationTest.run(corpus, values(corpus.passages, 0), SourceAxis.ones(60), SPREAD, 199, 5);

        assertTrue(first.pValue() > 0.05, "p = " + first.pValue());
        assertEquals(first, second);
    }

    @Test
    void withOneDocumentPerSourcePassagesAreShuffled() {
        List<PassageVector> passages = new Synthetic(1).corpus(0, 0.1, new Source("a1", 0, 1, 10), new Source("b1", 0, 1, 10));
        Corpus corpus = Corpus.of(passages);
        PermutationTest.Result result = PermutationTest.run(corpus, values(corpus.passages, 2), SourceAxis.ones(20), SPREAD, 99, 5);

        assertTrue(result.shuffledPassages());
        assertTrue(result.pValue() < 0.05);
    }
}
