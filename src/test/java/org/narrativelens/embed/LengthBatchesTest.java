package org.narrativelens.embed;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import org.junit.jupiter.api.Test;

class LengthBatchesTest {

    @Test
    void batchesShortestFirstAndKeepsInputOrderForEqualLengths() {
        List<int[]> batches = LengthBatches.plan(new int[] {9, 3, 7, 3, 1}, 2);

        assertEquals(3, batches.size());
        assertArrayEquals(new int[] {4, 1}, batches.get(0));
        assertArrayEquals(new int[] {3, 2}, batches.get(1));
        assertArrayEquals(new int[] {0}, batches.get(2));
    }

    @Test
    void noTextsGiveNoBatches() {
        assertEquals(0, LengthBatches.plan(new int[0], 16).size());
    }

    @Test
    void refusesBatchSizeZero() {
        assertThrows(IllegalArgumentException.class, () -> LengthBatches.plan(new int[] {1}, 0));
    }
}
