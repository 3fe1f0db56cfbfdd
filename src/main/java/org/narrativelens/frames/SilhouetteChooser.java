package org.narrativelens.frames;

import java.util.Arrays;
import java.util.SplittableRandom;
import java.util.stream.IntStream;

/**
 * Chooses the number of clusters by the mean silhouette (cosine distance) of k-means fits on a seeded sample of at
 * most {@value #SAMPLE} passages, so the cost stays bounded whatever the corpus size. Ties go to the smaller k.
 */
final class SilhouetteChooser {

    static final int SAMPLE = 1000;
    static final int MAX_K = 10;

    private SilhouetteChooser() {
    }

    /** The k in [2, min(maxK, sample - 1)] with the best mean silhouette; 1 when there are fewer than 3 points. */
    static int choose(float[][] x, int maxK, SplittableRandom random) {
        if (x.length < 3) {
            return 1;
        }
        float[][] sample = sample(x, SAMPLE, random);
        int m = sample.length;
        float[][] distance = new float[m][m];
        IntStream.range(0, m).parallel().forEach(i -> {
            for (int j = 0; j < m; j++) {
                distance[i][j] = (float) Math.max(0, 1 - Vectors.dot(sample[i], sample[j]));
            }
        });
        int bestK = 2;
        double bestScore = Double.NEGATIVE_INFINITY;
        for (int k = 2; k <= Math.min(maxK, m - 1); k++) {
            KMeans.Clustering clustering = KMeans.fit(sample, k, random.split());
            double score = meanSilhouette(distance, clustering.labels(), k);
            if (score > bestScore + 1e-12) {
                bestScore = score;
                bestK = k;
            }
        }
        return bestK;
    }

    static double meanSilhouette(float[][] distance, int[] labels, int k) {
        int m = labels.length;
        int[] sizes = new int[k];
        for (int label : labels) {
            sizes[label]++;
        }
        double total = 0;
        for (int i = 0; i < m; i++) {
            if (sizes[labels[i]] < 2) {
                continue;
            }
            double[] sums = new double[k];
            for (int j = 0; j < m; j++) {
                sums[labels[j]] += distance[i][j];
            }
            double own = sums[labels[i]] / (sizes[labels[i]] - 1);
            double other = Double.POSITIVE_INFINITY;
            for (int c = 0; c < k; c++) {
                if (c != labels[i] && sizes[c] > 0) {
                    other = Math.min(other, sums[c] / sizes[c]);
                }
            }
            double spread = Math.max(own, other);
            total += spread == 0 ? 0 : (other - own) / spread;
        }
        return total / m;
    }

    /** A seeded sample without replacement, kept in corpus order. */
    static float[][] sample(float[][] x, int size, SplittableRandom random) {
        if (x.length <= size) {
            return x;
        }
        int[] indices = sampleIndices(x.length, size, random);
        float[][] sample = new float[size][];
        for (int i = 0; i < size; i++) {
            sample[i] = x[indices[i]];
        }
        return sample;
    }

    static int[] sampleIndices(int n, int size, SplittableRandom random) {
        int[] all = new int[n];
        for (int i = 0; i < n; i++) {
            all[i] = i;
        }
        for (int i = 0; i < Math.min(size, n); i++) {
            int j = i + random.nextInt(n - i);
            int swap = all[i];
            all[i] = all[j];
            all[j] = swap;
        }
        int[] chosen = Arrays.copyOf(all, Math.min(size, n));
        Arrays.sort(chosen);
        return chosen;
    }
}
