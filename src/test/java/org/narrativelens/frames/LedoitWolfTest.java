package org.narrativelens.frames;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

class LedoitWolfTest {

    @Test
    void manyRowsKeepTheSampleCovarianceAlmostAsItIs() {
        SplittableRandom random = new SplittableRandom(1);
        double[][] rows = new double[20_000][];
        for (int i = 0; i < rows.length; i++) {
            double a = random.nextGaussian();
            rows[i] = new double[] {2 * a, a + random.nextGaussian(), 0.5 * random.nextGaussian()};
        }
        double[][] s = LedoitWolf.shrunkCovariance(rows, 3).covariance();
        assertEquals(4, s[0][0], 0.15);
        assertEquals(2, s[0][1], 0.1);
        assertEquals(2, s[1][1], 0.1);
        assertEquals(0.25, s[2][2], 0.05);
    }

    @Test
    void fewerRowsThanDimensionsStillGiveAnInvertibleMatrix() {
        double[][] rows = {{1, -1, 0, 0, 0}, {-1, 1, 0, 0, 0}};
        double[][] s = LedoitWolf.shrunkCovariance(rows, 5).covariance();
        for (int j = 0; j < 5; j++) {
            assertTrue(s[j][j] > 0, "diagonal " + j + " = " + s[j][j]);
        }
        double[] x = Cholesky.solve(s, new double[] {1, 2, 3, 4, 5});
        assertTrue(Double.isFinite(x[4]));
    }
}
