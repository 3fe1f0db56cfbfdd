package org.narrativelens.frames;

/**
 * Between-source scatter in topic space. The first principal component weights each centred source mean by its
 * passage count: with no real difference between sources, every source then adds the same expected scatter whatever
 * its size. The functions work on units (passages, or whole documents during permutations): the weighted sum of
 * their passages' coordinates, their total weight and their source.
 */
final class SourceScatter {

    private SourceScatter() {
    }

    /** A unit direction in topic space and the weighted between-source scatter along it. */
    record Direction(double[] unit, double spread) {
    }

    /** First principal component of sum_s W_s (m_s - m)(m_s - m)^T, through the smaller of its two Gram forms. */
    static Direction principal(double[][] unitSums, double[] unitWeights, int[] sourceOfUnit, int sources) {
        int m = unitSums.length == 0 ? 0 : unitSums[0].length;
        double[] sourceWeight = new double[sources];
        double[][] centred = centredSourceMeans(unitSums, unitWeights, sourceOfUnit, sources, sourceWeight);
        if (m == 0 || sources < 2) {
            return new Direction(new double[m], 0);
        }
        double[][] rows = new double[sources][];
        for (int s = 0; s < sources; s++) {
            rows[s] = Vectors.scaled(centred[s], Math.sqrt(sourceWeight[s]));
        }
        double[] unit;
        double spread;
        if (sources <= m) {
            double[][] gram = new double[sources][sources];
            for (int s = 0; s < sources; s++) {
                for (int t = s; t < sources; t++) {
                    gram[s][t] = Vectors.dot(rows[s], rows[t]);
                    gram[t][s] = gram[s][t];
                }
            }
            SymmetricEigen eigen = SymmetricEigen.of(gram);
            double[] combination = new double[m];
            for (int s = 0; s < sources; s++) {
                Vectors.addScaled(combination, rows[s], eigen.vectors[0][s]);
            }
            unit = Vectors.unit(combination);
            spread = eigen.values[0];
        } else {
            double[][] scatter = new double[m][m];
            for (double[] row : rows) {
                for (int j = 0; j < m; j++) {
                    for (int l = j; l < m; l++) {
                        scatter[j][l] += row[j] * row[l];
                    }
                }
            }
            for (int j = 0; j < m; j++) {
                for (int l = 0; l < j; l++) {
                    scatter[j][l] = scatter[l][j];
                }
            }
            SymmetricEigen eigen = SymmetricEigen.of(scatter);
            unit = eigen.vectors[0];
            spread = eigen.values[0];
        }
        return spread > 1e-15 ? new Direction(unit, spread) : new Direction(new double[m], 0);
    }

    /** sum_s W_s (p_s - p)^2, where p_s is source s's weighted mean projection on a unit direction. */
    static double spreadAlong(double[][] unitSums, double[] unitWeights, int[] sourceOfUnit, int sources,
                              double[] unit) {
        double[] sourceWeight = new double[sources];
        double[] sum = new double[sources];
        double total = 0;
        double totalWeight = 0;
        for (int u = 0; u < unitSums.length; u++) {
            double p = Vectors.dot(unitSums[u], unit);
            sum[sourceOfUnit[u]] += p;
            sourceWeight[sourceOfUnit[u]] += unitWeights[u];
            total += p;
            totalWeight += unitWeights[u];
        }
        double mean = totalWeight > 0 ? total / totalWeight : 0;
        double spread = 0;
        for (int s = 0; s < sources; s++) {
            if (sourceWeight[s] > 0) {
                double deviation = sum[s] / sourceWeight[s] - mean;
                spread += sourceWeight[s] * deviation * deviation;
            }
        }
        return spread;
    }

    private static double[][] centredSourceMeans(double[][] unitSums, double[] unitWeights, int[] sourceOfUnit,
                                                 int sources, double[] sourceWeight) {
        int m = unitSums.length == 0 ? 0 : unitSums[0].length;
        double[][] means = new double[sources][m];
        double[] overall = new double[m];
        double totalWeight = 0;
        for (int u = 0; u < unitSums.length; u++) {
            Vectors.addScaled(means[sourceOfUnit[u]], unitSums[u], 1);
            Vectors.addScaled(overall, unitSums[u], 1);
            sourceWeight[sourceOfUnit[u]] += unitWeights[u];
            totalWeight += unitWeights[u];
        }
        if (totalWeight > 0) {
            overall = Vectors.scaled(overall, 1 / totalWeight);
        }
        for (int s = 0; s < sources; s++) {
            means[s] = sourceWeight[s] > 0 ? Vectors.minus(Vectors.scaled(means[s], 1 / sourceWeight[s]), overall)
                    : new double[m];
        }
        return means;
    }
}
