package org.narrativelens.frames;

import java.util.Arrays;
import java.util.Comparator;
import java.util.SplittableRandom;
import java.util.stream.IntStream;

/**
 * Spherical k-means (unit centroids, assignment by cosine) with k-means++ seeding. Clusters come back in a canonical
 * order, largest first, so that frame ids do not depend on the seeding.
 */
final class KMeans {

    private static final int MAX_ITERATIONS = 50;
    /** Stop once fewer than this share of points change cluster in an iteration. */
    private static final double CHANGED_SHARE = 1e-3;

    /** labels[i] is the cluster of point i; centroids are unit vectors. */
    record Clustering(int[] labels, double[][] centroids) {
        int k() {
            return centroids.length;
        }

        int[] sizes() {
            int[] sizes = new int[centroids.length];
            for (int label : labels) {
                sizes[label]++;
            }
            return sizes;
        }
    }

    private KMeans() {
    }

    static Clustering fit(float[][] x, int k, SplittableRandom random) {
        int n = x.length;
        if (k < 1 || k > n) {
            throw new IllegalArgumentException("k must be in [1, " + n + "], was " + k);
        }
        double[][] centroids = seed(x, k, random);
        int[] labels = new int[n];
        Arrays.fill(labels, -1);
        for (int iteration = 0; iteration < MAX_ITERATIONS; iteration++) {
            int[] next = assign(x, centroids);
            fillEmptyClusters(x, next, centroids);
            int changed = 0;
            for (int i = 0; i < n; i++) {
                changed += next[i] != labels[i] ? 1 : 0;
            }
            labels = next;
            centroids = centroids(x, labels, k);
            if (changed == 0 || (iteration > 0 && changed < CHANGED_SHARE * n)) {
                break;
            }
        }
        return canonical(x, labels, k);
    }

    /** k-means++: each next centre is drawn with probability proportional to its squared distance to the nearest. */
    private static double[][] seed(float[][] x, int k, SplittableRandom random) {
        int n = x.length;
        double[][] centroids = new double[k][];
        centroids[0] = toDouble(x[random.nextInt(n)]);
        double[] nearest = new double[n];
        Arrays.fill(nearest, Double.POSITIVE_INFINITY);
        for (int c = 1; c < k; c++) {
            double[] last = centroids[c - 1];
            double total = 0;
            for (int i = 0; i < n; i++) {
                double squaredDistance = Math.max(0, 2 - 2 * Vectors.dot(x[i], last));
                nearest[i] = Math.min(nearest[i], squaredDistance);
                total += nearest[i];
            }
            int chosen = 0;
            if (total > 0) {
                double target = random.nextDouble() * total;
                double cumulative = 0;
                chosen = n - 1;
                for (int i = 0; i < n; i++) {
                    cumulative += nearest[i];
                    if (cumulative > target && nearest[i] > 0) {
                        chosen = i;
                        break;
                    }
                }
            } else {
                chosen = random.nextInt(n);
            }
            centroids[c] = toDouble(x[chosen]);
        }
        return centroids;
    }

    static int[] assign(float[][] x, double[][] centroids) {
        int[] labels = new int[x.length];
        IntStream.range(0, x.length).parallel().forEach(i -> labels[i] = nearest(x[i], centroids));
        return labels;
    }

    static int nearest(float[] point, double[][] centroids) {
        int best = 0;
        double bestSimilarity = Double.NEGATIVE_INFINITY;
        for (int c = 0; c < centroids.length; c++) {
            double similarity = Vectors.dot(point, centroids[c]);
            if (similarity > bestSimilarity) {
                bestSimilarity = similarity;
                best = c;
            }
        }
        return best;
    }

    /** An emptied cluster takes the point that fits its own cluster worst, so that k clusters survive. */
    private static void fillEmptyClusters(float[][] x, int[] labels, double[][] centroids) {
        int[] sizes = new int[centroids.length];
        for (int label : labels) {
            sizes[label]++;
        }
        for (int c = 0; c < centroids.length; c++) {
            if (sizes[c] > 0) {
                continue;
            }
            int worst = -1;
            double worstSimilarity = Double.POSITIVE_INFINITY;
            for (int i = 0; i < x.length; i++) {
                if (sizes[labels[i]] < 2) {
                    continue;
                }
                double similarity = Vectors.dot(x[i], centroids[labels[i]]);
                if (similarity < worstSimilarity) {
                    worstSimilarity = similarity;
                    worst = i;
                }
            }
            sizes[labels[worst]]--;
            labels[worst] = c;
            sizes[c] = 1;
        }
    }

    static double[][] centroids(float[][] x, int[] labels, int k) {
        double[][] sums = new double[k][x[0].length];
        for (int i = 0; i < x.length; i++) {
            Vectors.addScaled(sums[labels[i]], x[i], 1);
        }
        for (int c = 0; c < k; c++) {
            sums[c] = Vectors.unit(sums[c]);
        }
        return sums;
    }

    private static Clustering canonical(float[][] x, int[] labels, int k) {
        int[] sizes = new int[k];
        int[] firstMember = new int[k];
        Arrays.fill(firstMember, Integer.MAX_VALUE);
        for (int i = 0; i < labels.length; i++) {
            sizes[labels[i]]++;
            firstMember[labels[i]] = Math.min(firstMember[labels[i]], i);
        }
        Integer[] order = new Integer[k];
        for (int c = 0; c < k; c++) {
            order[c] = c;
        }
        Arrays.sort(order, Comparator.comparingInt((Integer c) -> -sizes[c]).thenComparingInt(c -> firstMember[c]));
        int[] rank = new int[k];
        for (int r = 0; r < k; r++) {
            rank[order[r]] = r;
        }
        int[] relabelled = new int[labels.length];
        for (int i = 0; i < labels.length; i++) {
            relabelled[i] = rank[labels[i]];
        }
        return new Clustering(relabelled, centroids(x, relabelled, k));
    }

    private static double[] toDouble(float[] v) {
        double[] result = new double[v.length];
        for (int i = 0; i < v.length; i++) {
            result[i] = v[i];
        }
        return result;
    }
}
