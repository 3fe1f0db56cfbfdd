package org.narrativelens.frames;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;
import org.narrativelens.frames.Synthetic.Source;

class ClusteringTest {

    /** Three tight topics of 40, 30 and 20 points. */
    private static float[][] blobs() {
        Synthetic synthetic = new Synthetic(3);
        List<PassageVector> passages = synthetic.corpus(0, 0.3, new Source("s", 0, 1, 90));
        float[][] x = new float[90][];
        int[] sizes = {40, 30, 20};
        int i = 0;
        for (int topic = 0; topic < 3; topic++) {
            for (int j = 0; j < sizes[topic]; j++, i++) {
                float[] v = passages.get(i).vector().clone();
                double[] shifted = Vectors.scaled(synthetic.topics[topic], 3);
                for (int d = 0; d < v.length; d++) {
                    v[d] += (float) shifted[d];
                }
                x[i] = Vectors.toFloats(Vectors.unitOrNull(v));
            }
        }
        return x;
    }

    @Test
    void kMeansFindsTheTopicsLargestFirst() {
        KMeans.Clustering clustering = KMeans.fit(blobs(), 3, new SplittableRandom(1));

        assertArrayEquals(new int[] {40, 30, 20}, clustering.sizes());
        for (int i = 0; i < 40; i++) {
            assertEquals(0, clustering.labels()[i]);
        }
        for (double[] centroid : clustering.centroids()) {
            assertEquals(1.0, Vectors.norm(centroid), 1e-9);
        }
    }

    @Test
    void kMeansIsReproducibleAndKeepsEveryClusterNonEmpty() {
        float[][] x = blobs();
        KMeans.Clustering first = KMeans.fit(x, 7, new SplittableRandom(4));
        KMeans.Clustering second = KMeans.fit(x, 7, new SplittableRandom(4));

        assertArrayEquals(first.labels(), second.labels());
        for (int size : first.sizes()) {
            assertTrue(size > 0);
        }
        Set<Integer> used = new HashSet<>();
        for (int label : first.labels()) {
            used.add(label);
        }
        assertEquals(7, used.size());
    }

    @Test
    void silhouettePicksTheNumberOfTopics() {
        assertEquals(3, SilhouetteChooser.choose(blobs(), 8, new SplittableRandom(2)));
    }

    @Test
    void silhouetteNeedsThreePoints() {
        assertEquals(1, SilhouetteChooser.choose(new float[][] {{1, 0}, {0, 1}}, 8, new SplittableRandom(2)));
    }

    @Test
    void eigenDecompositionSatisfiesTheDefinitionLargestFirst() {
        double[][] matrix = {{4, 1, 2}, {1, 3, 0.5}, {2, 0.5, 5}};
        SymmetricEigen eigen = SymmetricEigen.of(matrix);

        assertTrue(eigen.values[0] >= eigen.values[1] && eigen.values[1] >= eigen.values[2]);
        assertEquals(12, eigen.values[0] + eigen.values[1] + eigen.values[2], 1e-9);
        for (int k = 0; k < 3; k++) {
            double[] v = eigen.vectors[k];
            assertEquals(1, Vectors.norm(v), 1e-9);
            for (int i = 0; i < 3; i++) {
                assertEquals(eigen.values[k] * v[i], Vectors.dot(matrix[i], v), 1e-9);
            }
        }
    }
}
