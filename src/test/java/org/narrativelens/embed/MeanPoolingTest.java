package org.narrativelens.embed;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;

class MeanPoolingTest {

    @Test
    void averagesOnlyMaskedTokensThenScalesToUnitLength() {
        // batch of 2, 3 tokens, dimension 2; the second sequence's last token is padding
        float[] hidden = {
            1, 0, 3, 0, 2, 0,
            0, 2, 0, 4, 100, 100};
        long[][] mask = {{1, 1, 1}, {1, 1, 0}};

        float[][] pooled = MeanPooling.poolAndNormalize(hidden, mask, 2);

        assertArrayEquals(new float[] {1, 0}, pooled[0], 1e-7f);
        assertArrayEquals(new float[] {0, 1}, pooled[1], 1e-7f);
    }

    @Test
    void meanOfMaskedTokens() {
        float[] hidden = {1, 2, 3, 4, 50, 60};
        assertArrayEquals(new float[] {2, 3}, MeanPooling.mean(hidden, new long[] {1, 1, 0}, 0, 2), 1e-7f);
    }

    @Test
    void normalizeGivesUnitLengthAndKeepsZeroVectors() {
        assertArrayEquals(new float[] {0.6f, 0.8f}, MeanPooling.normalize(new float[] {3, 4}), 1e-7f);
        assertArrayEquals(new float[] {0, 0}, MeanPooling.normalize(new float[] {0, 0}), 0f);
    }

    @Test
    void refusesHiddenStatesOfTheWrongSize() {
        assertThrows(IllegalArgumentException.class,
                () -> MeanPooling.poolAndNormalize(new float[5], new long[][] {{1, 1}}, 2));
    }
}
