package org.narrativelens.frames;

import java.util.SplittableRandom;
import java.util.stream.IntStream;

/**
 * Passages centred on the corpus mean, expressed in the top {@value #DIMENSIONS} principal directions: denoised,
 * and cheap to refit in every permutation. Only the corpus mean is removed, not each topic's: framing works as much
 * by which aspects a source makes salient (safety against parking) as by how it leans within one aspect, and
 * removing topic means erased the first kind, which opposing outlets in our fixtures differ by.
 */
final class PrincipalSpace {

    static final int DIMENSIONS = 64;
    static final int PCA_SAMPLE = 5000;

    /** coordinates[i] is passage i's residual in the principal basis. */
    final double[][] coordinates;
    /** basis[j] is the j-th principal direction; coordinates[i][j] = x[i] . basis[j] - meanCoordinates[j]. */
    final double[][] basis;
    final double[] meanCoordinates;

    private PrincipalSpace(double[][] coordinates, double[][] basis, double[] meanCoordinates) {
        this.coordinates = coordinates;
        this.basis = basis;
        this.meanCoordinates = meanCoordinates;
    }

    static PrincipalSpace of(float[][] x, SplittableRandom random) {
        int n = x.length;
        double[] corpusMean = new double[x[0].length];
        for (float[] v : x) {
            Vectors.addScaled(corpusMean, v, 1.0 / n);
        }
        double[][] basis = principalBasis(x, corpusMean, random);
        double[] meanCoordinates = project(basis, corpusMean);
        double[][] coordinates = new double[n][];
        IntStream.range(0, n).parallel().forEach(i -> {
            double[] y = new double[basis.length];
            for (int j = 0; j < basis.length; j++) {
                y[j] = Vectors.dot(x[i], basis[j]) - meanCoordinates[j];
            }
            coordinates[i] = y;
        });
        return new PrincipalSpace(coordinates, basis, meanCoordinates);
    }

    /** Top eigenvectors of the covariance, estimated on a seeded sample of passages. */
    private static double[][] principalBasis(float[][] x, double[] mean, SplittableRandom random) {
        int d = x[0].length;
        int[] sample = SilhouetteChooser.sampleIndices(x.length, PCA_SAMPLE, random);
        double[][] residuals = new double[sample.length][d];
        for (int r = 0; r < sample.length; r++) {
            int i = sample[r];
            for (int j = 0; j < d; j++) {
                residuals[r][j] = x[i][j] - mean[j];
            }
        }
        SymmetricEigen eigen = SymmetricEigen.of(Vectors.scatter(residuals, d));
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
