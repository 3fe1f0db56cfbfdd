package org.narrativelens.frames;

import java.util.Arrays;
import org.ejml.data.DMatrixRMaj;
import org.ejml.dense.row.factory.DecompositionFactory_DDRM;
import org.ejml.interfaces.decomposition.EigenDecomposition_F64;

/** Eigenvalues and unit eigenvectors of a symmetric matrix, largest first, by EJML's symmetric QR algorithm. */
final class SymmetricEigen {

    /** Eigenvalues, largest first. */
    final double[] values;
    /** vectors[j] is the unit eigenvector of values[j] (its sign is EJML's: callers orient axes by their own rules). */
    final double[][] vectors;

    private SymmetricEigen(double[] values, double[][] vectors) {
        this.values = values;
        this.vectors = vectors;
    }

    static SymmetricEigen of(double[][] symmetric) {
        int n = symmetric.length;
        EigenDecomposition_F64<DMatrixRMaj> eig = DecompositionFactory_DDRM.eig(n, true, true);
        if (!eig.decompose(new DMatrixRMaj(symmetric))) {
            throw new IllegalStateException("the eigen-decomposition of a " + n + " x " + n + " matrix failed");
        }
        Integer[] order = new Integer[n];
        for (int i = 0; i < n; i++) {
            order[i] = i;
        }
        Arrays.sort(order, (i, j) -> {
            int byValue = Double.compare(eig.getEigenvalue(j).real, eig.getEigenvalue(i).real);
            return byValue != 0 ? byValue : Integer.compare(i, j);
        });
        double[] values = new double[n];
        double[][] vectors = new double[n][];
        for (int rank = 0; rank < n; rank++) {
            values[rank] = eig.getEigenvalue(order[rank]).real;
            vectors[rank] = eig.getEigenVector(order[rank]).data.clone();
        }
        return new SymmetricEigen(values, vectors);
    }
}
