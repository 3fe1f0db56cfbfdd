package org.narrativelens.frames;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import java.util.SplittableRandom;
import org.ejml.data.DMatrixRMaj;
import org.ejml.dense.row.factory.DecompositionFactory_DDRM;
import org.ejml.dense.row.factory.LinearSolverFactory_DDRM;
import org.ejml.interfaces.decomposition.EigenDecomposition_F64;
import org.ejml.interfaces.linsol.LinearSolverDense;
import org.junit.jupiter.api.Test;

/** EJML against the hand-written Jacobi eigen-decomposition and Cholesky solve, on 384 x 384 SPD matrices. */
class EjmlAgreementTest {

    private static final int N = 384;

    @Test
    void eigenDecompositionsAgree() {
        double[][] a = spd(new SplittableRandom(7), 600);
        SymmetricEigen jacobi = SymmetricEigen.of(a);
        EigenDecomposition_F64<DMatrixRMaj> eig = DecompositionFactory_DDRM.eig(N, true, true);
        assertTrue(eig.decompose(new DMatrixRMaj(a)));
        Integer[] order = new Integer[N];
        for (int i = 0; i < N; i++) {
            order[i] = i;
        }
        Arrays.sort(order, (i, j) -> Double.compare(eig.getEigenvalue(j).real, eig.getEigenvalue(i).real));
        double worstValue = 0;
        double worstVector = 0;
        for (int k = 0; k < N; k++) {
            double value = eig.getEigenvalue(order[k]).real;
            worstValue = Math.max(worstValue, Math.abs(value - jacobi.values[k]) / jacobi.values[0]);
            double[] vector = eig.getEigenVector(order[k]).data;
            // eigenvectors are defined up to sign: compare |cos|
            worstVector = Math.max(worstVector, 1 - Math.abs(Vectors.dot(vector, jacobi.vectors[k])
                    / Vectors.norm(vector)));
        }
        System.out.printf("EJML vs Jacobi, %d x %d: eigenvalues within %.1e of the largest, eigenvectors 1-|cos| <= %.1e%n",
                N, N, worstValue, worstVector);
        assertTrue(worstValue < 1e-12, "eigenvalues differ by " + worstValue);
        assertTrue(worstVector < 1e-9, "eigenvectors differ by " + worstVector);
    }

    @Test
    void choleskySolvesAgree() {
        SplittableRandom random = new SplittableRandom(11);
        double[][] a = spd(random, 1000);
        double[] b = random.doubles(N, -1, 1).toArray();
        double[] hand = Cholesky.solve(a, b);
        LinearSolverDense<DMatrixRMaj> chol = LinearSolverFactory_DDRM.chol(N);
        assertTrue(chol.setA(new DMatrixRMaj(a)));
        DMatrixRMaj x = new DMatrixRMaj(N, 1);
        chol.solve(new DMatrixRMaj(N, 1, true, b), x);
        double worst = 0;
        for (int i = 0; i < N; i++) {
            worst = Math.max(worst, Math.abs(x.data[i] - hand[i]) / Vectors.norm(hand));
        }
        System.out.printf("EJML vs hand-written Cholesky, %d x %d: solutions within %.1e (relative)%n", N, N, worst);
        assertEquals(0, worst, 1e-10);
    }

    /** A random symmetric positive definite matrix: the scatter of {@code rows} Gaussian rows, as PrincipalSpace builds. */
    static double[][] spd(SplittableRandom random, int rows) {
        double[][] x = new double[rows][N];
        for (double[] row : x) {
            for (int j = 0; j < N; j++) {
                row[j] = gaussian(random);
            }
        }
        return Vectors.scatter(x, N);
    }

    private static double gaussian(SplittableRandom random) {
        return Math.sqrt(-2 * Math.log(1 - random.nextDouble())) * Math.cos(2 * Math.PI * random.nextDouble());
    }
}
