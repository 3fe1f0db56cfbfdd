package org.narrativelens.evaluation;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.narrativelens.frames.Cholesky;
import org.narrativelens.frames.PassageVector;
import org.narrativelens.stance.DocumentScore;

/**
 * What a group's own labels allow: a ridge classifier on document vectors (the mean of their passage vectors,
 * centred and unit length), trained on the documents of every other labelled source of the group and scoring the
 * held-out source's documents (leave one source out). The service gets one anchor per side or none, so it is not
 * expected to beat this; the figure tells a weak result due to the method from one due to the data.
 */
public final class SupervisedCeiling {

    /** Ridge penalty for unit-length document vectors; the figure moves by about 0.03 between 0.01 and 1. */
    public static final double RIDGE = 0.1;

    private final String sideA;
    private final String sideB;

    public SupervisedCeiling(String sideA, String sideB) {
        this.sideA = sideA;
        this.sideB = sideB;
    }

    /** Out-of-sample scores (positive: side B) of the labelled documents whose source could be held out. */
    public List<DocumentScore> scores(EmbeddedGroup group) {
        Map<Integer, double[]> vectors = documentVectors(group);
        Map<String, List<Integer>> documentsBySource = new TreeMap<>();
        vectors.keySet().forEach(d -> documentsBySource
                .computeIfAbsent(group.documents().get(d).source(), s -> new ArrayList<>()).add(d));
        int dimension = vectors.values().iterator().next().length;
        ClassSums a = new ClassSums(dimension);
        ClassSums b = new ClassSums(dimension);
        vectors.forEach((d, x) -> (isB(group, d) ? b : a).add(x, 1));
        List<DocumentScore> scores = new ArrayList<>();
        for (Map.Entry<String, List<Integer>> source : documentsBySource.entrySet()) {
            boolean heldOutB = isB(group, source.getValue().get(0));
            ClassSums own = heldOutB ? b : a;
            source.getValue().forEach(d -> own.add(vectors.get(d), -1));
            if (a.count > 0 && b.count > 0) {
                double[] weights = fit(a, b, dimension);
                for (int d : source.getValue()) {
                    scores.add(new DocumentScore(d, source.getKey(), dot(weights, vectors.get(d)), Map.of()));
                }
            }
            source.getValue().forEach(d -> own.add(vectors.get(d), 1));
        }
        return scores;
    }

    private boolean isB(EmbeddedGroup group, int document) {
        return sideB.equals(group.documents().get(document).side());
    }

    private Map<Integer, double[]> documentVectors(EmbeddedGroup group) {
        Map<Integer, double[]> sums = new TreeMap<>();
        Map<Integer, Integer> counts = new TreeMap<>();
        for (PassageVector p : group.passages()) {
            int d = (int) p.documentId();
            String side = group.documents().get(d).side();
            if (!sideA.equals(side) && !sideB.equals(side)) {
                continue;
            }
            double[] sum = sums.computeIfAbsent(d, k -> new double[p.vector().length]);
            for (int j = 0; j < sum.length; j++) {
                sum[j] += p.vector()[j];
            }
            counts.merge(d, 1, Integer::sum);
        }
        if (sums.isEmpty()) {
            return sums;
        }
        int dimension = sums.values().iterator().next().length;
        double[] mean = new double[dimension];
        sums.forEach((d, sum) -> {
            for (int j = 0; j < dimension; j++) {
                sum[j] /= counts.get(d);
                mean[j] += sum[j] / sums.size();
            }
        });
        for (double[] x : sums.values()) {
            double norm = 0;
            for (int j = 0; j < dimension; j++) {
                x[j] -= mean[j];
                norm += x[j] * x[j];
            }
            norm = Math.sqrt(norm);
            for (int j = 0; j < dimension && norm > 0; j++) {
                x[j] /= norm;
            }
        }
        return sums;
    }

    /** Ridge with both classes weighted equally: (sum_i w_i x_i x_i^T + RIDGE I) beta = sum_i w_i y_i x_i. */
    private static double[] fit(ClassSums a, ClassSums b, int dimension) {
        double total = a.count + b.count;
        double weightA = total / (2.0 * a.count);
        double weightB = total / (2.0 * b.count);
        double[][] gram = new double[dimension][dimension];
        double[] target = new double[dimension];
        for (int j = 0; j < dimension; j++) {
            for (int l = 0; l < dimension; l++) {
                gram[j][l] = weightA * a.gram[j][l] + weightB * b.gram[j][l];
            }
            gram[j][j] += RIDGE;
            target[j] = weightB * b.sum[j] - weightA * a.sum[j];
        }
        return Cholesky.solve(gram, target);
    }

    private static double dot(double[] u, double[] v) {
        double dot = 0;
        for (int j = 0; j < u.length; j++) {
            dot += u[j] * v[j];
        }
        return dot;
    }

    /** Running sums of one class: document count, sum of vectors, sum of outer products. */
    private static final class ClassSums {
        int count;
        final double[] sum;
        final double[][] gram;

        ClassSums(int dimension) {
            sum = new double[dimension];
            gram = new double[dimension][dimension];
        }

        void add(double[] x, int sign) {
            count += sign;
            for (int j = 0; j < x.length; j++) {
                sum[j] += sign * x[j];
                for (int l = 0; l < x.length; l++) {
                    gram[j][l] += sign * x[j] * x[l];
                }
            }
        }
    }
}
