package org.narrativelens.frames;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class SourceScatterTest {

    @Test
    void twoMeansSplitCutsAtTheWidestWeightedGapAndPutsTheZeroBetweenTheGroupMeans() {
        double[] projection = {-1.0, -0.9, -1.1, 2.0, 2.2};
        double[] weight = {10, 10, 10, 5, 5};
        TwoGroupSplit split = TwoGroupSplit.of(projection, weight);

        assertEquals((-1.0 + 2.1) / 2, split.zero(), 1e-12);
        assertEquals(30, split.lowerWeight());
        assertTrue(split.lowerHoldsMajority());
    }

    @Test
    void principalDirectionIsTheOneSourcesDifferAlong() {
        // sources differ along the first coordinate only
        double[][] y = {{1, 0.1}, {1.2, -0.1}, {-1, 0.1}, {-0.8, -0.1}};
        int[] source = {0, 0, 1, 1};
        SourceScatter.Direction direction = SourceScatter.principal(y, SourceAxis.ones(4), source, 2);

        assertEquals(1.0, Math.abs(direction.unit()[0]), 1e-9);
        assertEquals(2 * 2 * 1.0 * 1.0, direction.spread(), 1e-9);
    }

    @Test
    void sourcesThatDoNotDifferGiveNoDirection() {
        double[][] y = {{1, 0}, {-1, 0}, {1, 0}, {-1, 0}};
        SourceScatter.Direction direction = SourceScatter.principal(y, SourceAxis.ones(4), new int[] {0, 0, 1, 1}, 2);

        assertEquals(0.0, direction.spread());
    }
}
