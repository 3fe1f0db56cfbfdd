package org.narrativelens.frames;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;

class CholeskyTest {

    @Test
    void solvesASymmetricPositiveDefiniteSystem() {
        double[][] a = {{4, 2, 0.6}, {2, 5, 1}, {0.6, 1, 3}};
        double[] x = {1, -2, 0.5};
        double[] b = new double[3];
        for (int i = 0; i < 3; i++) {
            for (int j = 0; j < 3; j++) {
                b[i] += a[i][j] * x[j];
            }
        }
        double[] solved = Cholesky.solve(a, b);
        for (int i = 0; i < 3; i++) {
            assertEquals(x[i], solved[i], 1e-12);
        }
    }

    @Test
    void refusesAMatrixThatIsNotPositiveDefinite() {
        assertThrows(IllegalArgumentException.class, () -> Cholesky.solve(new double[][] {{1, 2}, {2, 1}},
                new double[] {1, 1}));
    }
}
