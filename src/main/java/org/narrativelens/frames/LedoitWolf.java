package org.narrativelens.frames;


/**
 * The covariance of centred rows shrunk towards mu I (mu its mean eigenvalue) with the intensity of Ledoit and Wolf
 * (2004, "A well-conditioned estimator for large-dimensional covariance matrices"): the intensity that minimises the
 * expected squared error, estimated from the rows themselves, so that fewer rows than dimensions still give an
 * invertible estimate without a hand-picked ridge.
 */
final class LedoitWolf {

    static final double MIN_INTENSITY = 1e-6;

    private LedoitWolf() {
    }

    /** The shrunk covariance and the intensity it was shrunk with (0: the sample covariance, 1: mu I). */
    record Shrunk(double[][] covariance, double intensity) {
    }

    /** @param rows centred observations (at least one), each of {@code dimension} values */
    static Shrunk shrunkCovariance(double[][] rows, int dimension) {
        int n = rows.length;
        double[][] covariance = Vectors.scatter(rows, dimension);
        double trace = 0;
        for (int j = 0; j < dimension; j++) {
            for (int l = 0; l < dimension; l++) {
                covariance[j][l] /= n;
            }
            trace += covariance[j][j];
        }
        double mu = trace / dimension;
        double frobenius = 0;
        double distance = 0;
        for (int j = 0; j < dimension; j++) {
            for (int l = 0; l < dimension; l++) {
                double c = covariance[j][l];
                frobenius += c * c;
                double off = c - (j == l ? mu : 0);
                distance += off * off;
            }
        }
        // b^2: how far single rows' outer products stray from the covariance, averaged; sum ||x x^T - S||^2 / n^2
        double stray = 0;
        for (double[] row : rows) {
            double norm = 0;
            double quadratic = 0;
            for (int j = 0; j < dimension; j++) {
                norm += row[j] * row[j];
                double sj = 0;
                for (int l = 0; l < dimension; l++) {
                    sj += covariance[j][l] * row[l];
                }
                quadratic += row[j] * sj;
            }
            stray += norm * norm - 2 * quadratic + frobenius;
        }
        stray /= (double) n * n;
        // the estimate is 0 when every row's outer product equals the covariance (two mirrored rows): keep a
        // numerical floor so that a rank-deficient covariance stays invertible
        double intensity = distance > 0 ? Math.max(MIN_INTENSITY, Math.min(stray, distance) / distance) : 1;
        double floor = Math.max(mu, 1e-12);
        for (int j = 0; j < dimension; j++) {
            for (int l = 0; l < dimension; l++) {
                covariance[j][l] *= 1 - intensity;
            }
            covariance[j][j] += intensity * floor;
        }
        return new Shrunk(covariance, intensity);
    }
}
