package org.narrativelens.frames;

import org.ejml.data.DMatrixRMaj;
import org.ejml.dense.row.factory.LinearSolverFactory_DDRM;
import org.ejml.interfaces.linsol.LinearSolverDense;

/** Solves a symmetric positive definite system A x = b by EJML's Cholesky factorisation. */
public final class Cholesky {

    private Cholesky() {
    }

    public static double[] solve(double[][] a, double[] b) {
        int n = b.length;
        LinearSolverDense<DMatrixRMaj> solver = LinearSolverFactory_DDRM.chol(n);
        if (!solver.setA(new DMatrixRMaj(a))) {
            throw new IllegalArgumentException("matrix is not positive definite");
        }
        DMatrixRMaj x = new DMatrixRMaj(n, 1);
        solver.solve(new DMatrixRMaj(n, 1, true, b), x);
        return x.data;
    }
}
