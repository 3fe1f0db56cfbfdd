package org.narrativelens.evaluation;

import java.util.SplittableRandom;

/** ROC-AUC (ties count one half) and its permutation null over shuffled labels. */
public final class Auc {

    private Auc() {
    }

    /** P(score of a positive > score of a negative) + 0.5 P(equal); NaN when a class is empty. */
    public static double of(double[] scores, boolean[] positive) {
        double wins = 0;
        long pairs = 0;
        for (int i = 0; i < scores.length; i++) {
            if (!positive[i]) {
                continue;
            }
            for (int j = 0; j < scores.length; j++) {
                if (positive[j]) {
                    continue;
                }
                pairs++;
                if (scores[i] > scores[j]) {
                    wins += 1;
                } else if (scores[i] == scores[j]) {
                    wins += 0.5;
                }
            }
        }
        return pairs == 0 ? Double.NaN : wins / pairs;
    }

    /** max(AUC, 1 - AUC): separation whichever way round. */
    public static double signAgnostic(double auc) {
        return Math.max(auc, 1 - auc);
    }

    /**
     * Permutation p-value (1 + #null >= observed) / (1 + permutations): the labels are shuffled among the scored
     * items with a seeded Fisher-Yates shuffle; with {@code signAgnostic} both the observed value and the null are
     * max(AUC, 1 - AUC). NaN when a class is empty.
     */
    public static double permutationP(double[] scores, boolean[] positive, boolean signAgnostic, int permutations,
                                      long seed) {
        double observed = statistic(scores, positive, signAgnostic);
        if (Double.isNaN(observed)) {
            return Double.NaN;
        }
        SplittableRandom random = new SplittableRandom(seed);
        boolean[] labels = positive.clone();
        int atLeast = 0;
        for (int p = 0; p < permutations; p++) {
            for (int i = labels.length - 1; i > 0; i--) {
                int j = random.nextInt(i + 1);
                boolean swap = labels[i];
                labels[i] = labels[j];
                labels[j] = swap;
            }
            if (statistic(scores, labels, signAgnostic) >= observed - 1e-12) {
                atLeast++;
            }
        }
        return (1.0 + atLeast) / (1.0 + permutations);
    }

    private static double statistic(double[] scores, boolean[] positive, boolean signAgnostic) {
        double auc = of(scores, positive);
        return signAgnostic ? signAgnostic(auc) : auc;
    }
}
