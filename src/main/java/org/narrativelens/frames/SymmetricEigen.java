package org.narrativelens.frames;

/** Eigenvalues and eigenvectors of a symmetric matrix by cyclic Jacobi rotations; fine up to a few hundred rows. */
final class SymmetricEigen {

    private static final int MAX_SWEEPS = 100;

    /** Eigenvalues, largest first. */
    final double[] values;
    /** vectors[j] is the unit eigenvector of values[j]. */
    final double[][] vectors;

    private SymmetricEigen(double[] values, double[][] vectors) {
        this.values = values;
        this.vectors = vectors;
    }

    static SymmetricEigen of(double[][] symmetric) {
        int n = symmetric.length;
        double[][] a = new double[n][];
        for (int i = 0; i < n; i++) {
            a[i] = symmetric[i].clone();
        }
        // rows of vt are the eigenvectors, so that every rotation touches contiguous memory
        double[][] vt = new double[n][n];
        for (int i = 0; i < n; i++) {
            vt[i][i] = 1;
        }
        double total = 0;
        for (double[] row : a) {
            for (double x : row) {
                total += x * x;
            }
        }
        for (int sweep = 0; sweep < MAX_SWEEPS && offDiagonal(a) > 1e-24 * total; sweep++) {
            for (int p = 0; p < n - 1; p++) {
                for (int q = p + 1; q < n; q++) {
                    if (a[p][q] != 0) {
                        rotate(a, vt, p, q);
                    }
                }
            }
        }
        return sorted(a, vt);
    }

    /** Zeroes a[p][q] by A' = J^T A J (rows p and q, mirrored into columns) and accumulates the rotation into vt. */
    private static void rotate(double[][] a, double[][] vt, int p, int q) {
        double apq = a[p][q];
        double theta = (a[q][q] - a[p][p]) / (2 * apq);
        double t = (theta >= 0 ? 1 : -1) / (Math.abs(theta) + Math.sqrt(theta * theta + 1));
        double c = 1 / Math.sqrt(t * t + 1);
        double s = t * c;
        double[] rowP = a[p];
        double[] rowQ = a[q];
        for (int k = 0; k < rowP.length; k++) {
            if (k == p || k == q) {
                continue;
            }
            double x = rowP[k];
            double y = rowQ[k];
            rowP[k] = c * x - s * y;
            rowQ[k] = s * x + c * y;
            a[k][p] = rowP[k];
            a[k][q] = rowQ[k];
        }
        rowP[p] -= t * apq;
        rowQ[q] += t * apq;
        rowP[q] = 0;
        rowQ[p] = 0;
        double[] vp = vt[p];
        double[] vq = vt[q];
        for (int k = 0; k < vp.length; k++) {
            double x = vp[k];
            double y = vq[k];
            vp[k] = c * x - s * y;
            vq[k] = s * x + c * y;
        }
    }

    private static double offDiagonal(double[][] a) {
        double sum = 0;
        for (int i = 0; i < a.length; i++) {
            for (int j = 0; j < a.length; j++) {
                if (i != j) {
                    sum += a[i][j] * a[i][j];
                }
            }
        }
        return sum;
    }

    private static SymmetricEigen sorted(double[][] a, double[][] vt) {
        int n = a.length;
        Integer[] order = new Integer[n];
        for (int i = 0; i < n; i++) {
            order[i] = i;
        }
        java.util.Arrays.sort(order, (i, j) -> i.equals(j) ? 0
                : a[j][j] != a[i][i] ? Double.compare(a[j][j], a[i][i]) : Integer.compare(i, j));
        double[] values = new double[n];
        double[][] vectors = new double[n][n];
        for (int rank = 0; rank < n; rank++) {
            int column = order[rank];
            values[rank] = a[column][column];
            vectors[rank] = vt[column].clone();
        }
        return new SymmetricEigen(values, vectors);
    }
}
