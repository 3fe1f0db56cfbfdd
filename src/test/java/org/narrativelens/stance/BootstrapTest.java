package org.narrativelens.stance;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

class BootstrapTest {

    @Test
    void intervalContainsTheEstimateAndNarrowsWithMoreUnits() {
        Interval few = interval(10);
        Interval many = interval(400);

        assertTrue(few.low() < 0.3 && 0.3 < few.high(), few.toString());
        assertTrue(many.low() < 0.3 && 0.3 < many.high(), many.toString());
        assertTrue(many.high() - many.low() < few.high() - few.low());
    }

    @Test
    void theSameSeedGivesTheSameInterval() {
        assertEquals(interval(50), interval(50));
    }

    @Test
    void aSingleUnitOrNoSamplesCollapseToTheEstimate() {
        SplittableRandom random = new SplittableRandom(1);
        assertEquals(new Interval(0.2, 0.2),
                Bootstrap.weightedMeanInterval(new double[] {0.2}, new double[] {1}, 0.2, 100, random));
        assertEquals(new Interval(0.2, 0.2),
                Bootstrap.weightedMeanInterval(new double[] {0.1, 0.3}, new double[] {1, 1}, 0.2, 0, random));
    }

    /** Units whose stances alternate around 0.3 (0.3 +- 0.5), each with weight 1. */
    private static Interval interval(int units) {
        double[] sums = new double[units];
        double[] weights = new double[units];
        for (int u = 0; u < units; u++) {
            sums[u] = 0.3 + (u % 2 == 0 ? 0.5 : -0.5);
            weights[u] = 1;
        }
        return Bootstrap.weightedMeanInterval(sums, weights, 0.3, 1000, new SplittableRandom(9));
    }
}
