package org.narrativelens.frames;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class StanceScaleTest {

    @Test
    void theMedianLeanMapsToOneHalfAndZeroStaysZero() {
        double[] lean = {-0.2, -0.1, 0.0, 0.1, 0.4};
        double[] relevance = {1, 1, 1, 1, 1};
        double[] stance = StanceScale.toStances(lean, relevance);

        assertEquals(-0.5, stance[1], 1e-12);
        assertEquals(0.5, stance[3], 1e-12);
        assertEquals(0.0, stance[2]);
        assertTrue(stance[4] > 0.5 && stance[4] < 1);
    }

    @Test
    void irrelevantPassagesDoNotSetTheScale() {
        double[] lean = {0.1, 0.1, 5.0};
        double[] stance = StanceScale.toStances(lean, new double[] {1, 1, 0});

        assertEquals(0.5, stance[0], 1e-12);
    }

    @Test
    void noLeanAtAllGivesNeutralStances() {
        assertArrayEquals(new double[] {0, 0}, StanceScale.toStances(new double[] {0, 0}, new double[] {1, 1}));
    }
}
