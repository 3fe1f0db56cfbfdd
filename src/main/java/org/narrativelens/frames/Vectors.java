package org.narrativelens.frames;

import java.util.stream.IntStream;

/** The little linear algebra the analysis needs, on float passage vectors and double working vectors. */
final class Vectors {

    private Vectors() {
    }

    static double dot(float[] a, float[] b) {
        double sum = 0;
        for (int i = 0; i < a.length; i++) {
            sum += a[i] * (double) b[i];
        }
        return sum;
    }

    static double dot(float[] a, double[] b) {
        double sum = 0;
        for (int i = 0; i < a.length; i++) {
            sum += a[i] * b[i];
        }
        return sum;
    }

    static double dot(double[] a, double[] b) {
        double sum = 0;
        for (int i = 0; i < a.length; i++) {
            sum += a[i] * b[i];
        }
        return sum;
    }

    static double norm(double[] a) {
        return Math.sqrt(dot(a, a));
    }

    /** The scatter matrix sum_r row_r row_r^T (symmetric, dimension x dimension), its columns computed in parallel. */
    static double[][] scatter(double[][] rows, int dimension) {
        double[][] scatter = new double[dimension][dimension];
        IntStream.range(0, dimension).parallel().forEach(j -> {
            for (double[] row : rows) {
                double rj = row[j];
                if (rj != 0) {
                    for (int l = j; l < dimension; l++) {
                        scatter[j][l] += rj * row[l];
                    }
                }
            }
        });
        for (int j = 0; j < dimension; j++) {
            for (int l = 0; l < j; l++) {
                scatter[j][l] = scatter[l][j];
            }
        }
        return scatter;
    }

    /** a += scale * b */
    static void addScaled(double[] a, float[] b, double scale) {
        for (int i = 0; i < a.length; i++) {
            a[i] += scale * b[i];
        }
    }

    /** a += scale * b */
    static void addScaled(double[] a, double[] b, double scale) {
        for (int i = 0; i < a.length; i++) {
            a[i] += scale * b[i];
        }
    }

    static double[] scaled(double[] a, double scale) {
        double[] result = new double[a.length];
        for (int i = 0; i < a.length; i++) {
            result[i] = a[i] * scale;
        }
        return result;
    }

    static double[] minus(double[] a, double[] b) {
        double[] result = new double[a.length];
        for (int i = 0; i < a.length; i++) {
            result[i] = a[i] - b[i];
        }
        return result;
    }

    /** A unit-length copy; the zero vector stays zero. */
    static double[] unit(double[] a) {
        double norm = norm(a);
        return norm == 0 ? a.clone() : scaled(a, 1 / norm);
    }

    /** A unit-length double copy of a float vector; null when the vector is zero or not finite. */
    static double[] unitOrNull(float[] a) {
        double sumOfSquares = 0;
        for (float value : a) {
            if (!Float.isFinite(value)) {
                return null;
            }
            sumOfSquares += value * (double) value;
        }
        if (sumOfSquares == 0) {
            return null;
        }
        double inverse = 1 / Math.sqrt(sumOfSquares);
        double[] result = new double[a.length];
        for (int i = 0; i < a.length; i++) {
            result[i] = a[i] * inverse;
        }
        return result;
    }

    /**
     * {@code a} as floats: {@code same} itself when it holds exactly those floats already (a stored unit vector is
     * then shared, not copied: the analysis keeps one float array per passage), else a new array.
     */
    static float[] toFloatsOrSame(double[] a, float[] same) {
        for (int i = 0; i < a.length; i++) {
            if ((float) a[i] != same[i]) {
                return toFloats(a);
            }
        }
        return same;
    }

    static float[] toFloats(double[] a) {
        float[] result = new float[a.length];
        for (int i = 0; i < a.length; i++) {
            result[i] = (float) a[i];
        }
        return result;
    }
}
