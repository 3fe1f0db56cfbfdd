package org.narrativelens.frames;

import java.util.SplittableRandom;
import java.util.stream.IntStream;

/**
 * Passages with their topic cluster's mean removed, expressed in the top principal directions of these residuals.
 * Removing the cluster mean keeps how a passage differs from other passages on the same topic (its lean) and drops
 * what it is about; keeping {@value #DIMENSIONS} directions denoises and makes each permutation refit cheap.
 */
final class TopicSpace {

    static final int DIMENSIONS = 64;
    static final int PCA_SAMPLE = 5000;

    /** coordinates[i] is passage i's residual in the principal basis. */
    final double[][] coordinates;

    private TopicSpace(double[][] coordinates) {
        this.coordinates = coordinates;
    }

    static TopicSpace of(float[][] x, int[] clusterOf, int clusters, SplittableRandom random) {
        int n = x.length;
        int d = x[0].length;
        double[][] clusterMeans = new double[clusters][d];
        int[] sizes = new int[clusters];
        for (int i = 0; i < n; i++) {
            Vectors.addScaled(clusterMeans[clusterOf[i]], x[i], 1);
            sizes[clusterOf[i]]++;
        }
        for (int c = 0; c < clusters; c++) {
            clusterMeans[c] = Vectors.scaled(clusterMeans[c], 1.0 / Math.max(1, sizes[c]));
        }
        double[][] basis = principalBasis(x, clusterOf, clusterMeans, random);
        double[][] meanCoordinates = new double[clusters][];
        for (int c = 0; c < clusters; c++) {
            meanCoordinates[c] = project(basis, clusterMeans[c]);
        }
        double[][] coordinates = new double[n][];
        IntStream.range(0, n).parallel().forEach(i -> {
            double[] y = new double[basis.length];
            double[] mean = meanCoordinates[clusterOf[i]];
            for (int j = 0; j < basis.length; j++) {
                y[j] = Vectors.dot(x[i], basis[j]) - mean[j];
            }
            coordinates[i] = y;
        });
        return new TopicSpace(coordinates);
    }

    /** Top eigenvectors of the residual covariance, estimated on a seeded sample of passages. */
    private static double[][] principalBasis(float[][] x, int[] clusterOf, double[][] clusterMeans,
                                             SplittableRandom random) {
        int d = x[0].length;
        int[] sample = SilhouetteChooser.sampleIndices(x.length, PCA_SAMPLE, random);
        double[][] residuals = new double[sample.length][d];
        for (int r = 0; r < sample.length; r++) {
            int i = sample[r];
            for (int j = 0; j < d; j++) {
                residuals[r][j] = x[i][j] - clusterMeans[clusterOf[i]][j];
            }
        }
        double[][] covariance = new double[d][d];
        IntStream.range(0, d).parallel().forEach(j -> {
            for (double[] residual : residuals) {
                double rj = residual[j];
                if (rj != 0) {
                    for (int l = j; l < d; l++) {
                        covariance[j][l] += rj * residual[l];
                    }
                }
            }
        });
        for (int j = 0; j < d; j++) {
            for (int l = 0; l < j; l++) {
                covariance[j][l] = covariance[l][j];
            }
        }
        SymmetricEigen eigen = SymmetricEigen.of(covariance);
        double largest = Math.max(eigen.values[0], 0);
        int kept = 0;
        while (kept < Math.min(DIMENSIONS, d) && eigen.values[kept] > 1e-10 * largest && largest > 0) {
            kept++;
        }
        double[][] basis = new double[kept][];
        System.arraycopy(eigen.vectors, 0, basis, 0, kept);
        return basis;
    }

    private static double[] project(double[][] basis, double[] v) {
        double[] y = new double[basis.length];
        for (int j = 0; j < basis.length; j++) {
            y[j] = Vectors.dot(v, basis[j]);
        }
        return y;
    }
}
