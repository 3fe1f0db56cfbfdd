package org.narrativelens.frames;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/**
 * SymmetricEigen and Cholesky (EJML) on seeded 384 x 384 SPD matrices, the size the analysis uses: checked against
 * their definitions. Before EJML replaced the hand-written Jacobi and Cholesky code, the two agreed on these matrices
 * to 6.9e-15 (eigenvalues, relative to the largest), 1e-15 (eigenvectors, up to sign) and 2.1e-16 (solutions).
 */
class LinearAlgebraAtScaleTest {

    private static final int N = 384;

    @Test
    void eigenpairsSatisfyTheDefinitionLargestFirst() {
        double[][] a = spd(new SplittableRandom(7), 600);
        SymmetricEigen eigen = SymmetricEigen.of(a);
        double trace = 0;
        double sum = 0;
        for (int k = 0; k < N; k++) {
            trace += a[k][k];
            sum += eigen.values[k];
            if (k > 0) {
                assertTrue(eigen.values[k - 1] >= eigen.values[k], "largest first");
            }
            double[] v = eigen.vectors[k];
            assertEquals(1, Vectors.norm(v), 1e-12);
            double residual = 0;
            for (int i = 0; i < N; i++) {
                double d = Vectors.dot(a[i], v) - eigen.values[k] * v[i];
                residual += d * d;
            }
            assertEquals(0, Math.sqrt(residual) / eigen.values[0], 1e-12, "A v = lambda v for eigenpair " + k);
        }
        assertEquals(trace, sum, 1e-9 * trace);
        for (int k = 1; k < N; k += 37) {
            assertEquals(0, Vectors.dot(eigen.vectors[0], eigen.vectors[k]), 1e-12, "orthogonal");
        }
    }

    @Test
    void choleskySolvesTheSystem() {
        SplittableRandom random = new SplittableRandom(11);
        double[][] a = spd(random, 1000);
        double[] b = random.doubles(N, -1, 1).toArray();
        double[] x = Cholesky.solve(a, b);
        double residual = 0;
        for (int i = 0; i < N; i++) {
            double d = Vectors.dot(a[i], x) - b[i];
            residual += d * d;
        }
        assertEquals(0, Math.sqrt(residual) / Vectors.norm(b), 1e-12);
    }

    /** A random symmetric positive definite matrix: the scatter of {@code rows} Gaussian rows, as PrincipalSpace builds. */
    private static double[][] spd(SplittableRandom random, int rows) {
        double[][] x = new double[rows][N];
        for (double[] row : x) {
            for (int j = 0; j < N; j++) {
                row[j] = Math.sqrt(-2 * Math.log(1 - random.nextDouble())) * Math.cos(2 * Math.PI * random.nextDouble());
            }
        }
        return Vectors.scatter(x, N);
    }
}
