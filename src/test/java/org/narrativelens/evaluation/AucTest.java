package org.narrativelens.evaluation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

class AucTest {

    @Test
    void countsPairsWonByThePositives() {
        // negatives 0.1, 0.35; positives 0.4, 0.8: 0.4 beats both, 0.8 beats both
        assertEquals(1.0, Auc.of(new double[] {0.1, 0.4, 0.35, 0.8}, new boolean[] {false, true, false, true}));
        // negatives 0.1, 0.4; positives 0.35, 0.8: 0.35 beats 0.1 only -> 3 of 4 pairs
        assertEquals(0.75, Auc.of(new double[] {0.1, 0.4, 0.35, 0.8}, new boolean[] {false, false, true, true}));
        assertEquals(0.0, Auc.of(new double[] {1, 2}, new boolean[] {true, false}));
    }

    @Test
    void tiesCountOneHalf() {
        // positives 0.5, 0.5; negatives 0.5, 0.2: each positive gets 0.5 + 1 -> 3 / 4
        assertEquals(0.75, Auc.of(new double[] {0.5, 0.5, 0.5, 0.2}, new boolean[] {true, true, false, false}));
        assertEquals(0.5, Auc.of(new double[] {3, 3, 3}, new boolean[] {true, false, false}));
    }

    @Test
    void emptyClassIsNaN() {
        assertTrue(Double.isNaN(Auc.of(new double[] {1, 2}, new boolean[] {true, true})));
        assertTrue(Double.isNaN(Auc.permutationP(new double[] {1, 2}, new boolean[] {false, false}, true, 10, 1)));
    }

    @Test
    void signAgnosticTakesTheBetterWay() {
        assertEquals(0.7, Auc.signAgnostic(0.3), 1e-12);
        assertEquals(0.8, Auc.signAgnostic(0.8), 1e-12);
    }

    @Test
    void perfectSeparationHasASmallPValue() {
        double[] scores = new double[16];
        boolean[] positive = new boolean[16];
        for (int i = 0; i < 16; i++) {
            scores[i] = i;
            positive[i] = i >= 8;
        }
        double oriented = Auc.permutationP(scores, positive, false, 2000, 42);
        assertTrue(oriented < 0.002, "p = " + oriented);
        for (int i = 0; i < 16; i++) {
            positive[i] = !positive[i]; // perfectly the wrong way round
        }
        assertTrue(Auc.permutationP(scores, positive, true, 2000, 42) < 0.002);
        assertTrue(Auc.permutationP(scores, positive, false, 2000, 42) > 0.99);
        assertEquals(Auc.permutationP(scores, positive, true, 500, 7), Auc.permutationP(scores, positive, true, 500, 7));
    }

    @Test
    void randomLabelsGiveRoughlyUniformPValues() {
        SplittableRandom random = new SplittableRandom(3);
        int datasets = 300;
        int small = 0;
        double sum = 0;
        for (int d = 0; d < datasets; d++) {
            double[] scores = new double[20];
            boolean[] positive = new boolean[20];
            for (int i = 0; i < 20; i++) {
                scores[i] = random.nextDouble();
                positive[i] = i % 2 == 0;
            }
            double p = Auc.permutationP(scores, positive, d % 2 == 0, 199, d);
            sum += p;
            small += p < 0.05 ? 1 : 0;
        }
        double mean = sum / datasets;
        assertTrue(mean > 0.42 && mean < 0.62, "mean p = " + mean);
        assertTrue(small >= 3 && small <= 30, small + " of " + datasets + " below 0.05");
    }
}
