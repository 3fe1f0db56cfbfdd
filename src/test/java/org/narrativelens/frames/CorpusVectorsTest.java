package org.narrativelens.frames;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertSame;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/**
 * The analysis holds one float array per passage: a vector that is unit length as the model writes it (normalised
 * in double, stored as float) is shared with the input, not copied; any other vector is normalised into a copy.
 */
class CorpusVectorsTest {

    @Test
    void unitVectorsAreSharedAndOthersNormalisedIntoACopy() {
        SplittableRandom random = new SplittableRandom(7);
        List<PassageVector> passages = new ArrayList<>();
        for (int i = 0; i < 500; i++) {
            float[] v = new float[384];
            double squares = 0;
            for (int j = 0; j < v.length; j++) {
                v[j] = (float) (random.nextDouble() * 2 - 1);
                squares += v[j] * (double) v[j];
            }
            if (i % 2 == 0) {
                double norm = Math.sqrt(squares);
                for (int j = 0; j < v.length; j++) {
                    v[j] = (float) (v[j] / norm); // as MeanPooling.normalize writes the model's vectors
                }
            }
            passages.add(new PassageVector(i, i / 10, "s" + (i / 10 % 3), 0, 1, "t", v));
        }
        Corpus corpus = Corpus.of(passages);
        for (int i = 0; i < passages.size(); i++) {
            float[] input = passages.get(i).vector();
            if (i % 2 == 0) {
                assertSame(input, corpus.vectors[i], "passage " + i);
            } else {
                assertNotSame(input, corpus.vectors[i], "passage " + i);
                assertArrayEquals(Vectors.toFloats(Vectors.unitOrNull(input)), corpus.vectors[i]);
            }
        }
    }
}
