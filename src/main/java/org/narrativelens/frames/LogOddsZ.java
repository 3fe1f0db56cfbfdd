package org.narrativelens.frames;

import java.util.Map;
import java.util.TreeMap;

/**
 * Weighted log-odds ratios with an informative Dirichlet prior (Monroe, Colaresi and Quinn 2008, "Fightin' Words"):
 * how much more group B uses each phrase than group A, in standard errors. The prior follows a reference
 * distribution (the whole corpus), scaled to the token count of the smaller group, so that a rare phrase is shrunk
 * towards "no difference" and only a difference the counts can support gets a large |z|.
 */
final class LogOddsZ {

    private LogOddsZ() {
    }

    /**
     * @param countsA phrase counts of group A
     * @param countsB phrase counts of group B
     * @param reference phrase counts the prior follows; only its phrases are scored
     * @return phrase to z, positive where B over-uses the phrase; empty when either group has no tokens
     */
    static Map<String, Double> bOverA(Map<String, Integer> countsA, Map<String, Integer> countsB,
                                      Map<String, Integer> reference) {
        double totalA = total(countsA);
        double totalB = total(countsB);
        double totalReference = total(reference);
        Map<String, Double> z = new TreeMap<>();
        if (totalA == 0 || totalB == 0 || totalReference == 0) {
            return z;
        }
        double priorTotal = Math.min(totalA, totalB);
        for (Map.Entry<String, Integer> entry : reference.entrySet()) {
            double prior = priorTotal * entry.getValue() / totalReference;
            if (prior <= 0) {
                continue;
            }
            double a = countsA.getOrDefault(entry.getKey(), 0);
            double b = countsB.getOrDefault(entry.getKey(), 0);
            double delta = Math.log((b + prior) / (totalB + priorTotal - b - prior))
                    - Math.log((a + prior) / (totalA + priorTotal - a - prior));
            double variance = 1 / (a + prior) + 1 / (b + prior);
            z.put(entry.getKey(), delta / Math.sqrt(variance));
        }
        return z;
    }

    private static double total(Map<String, Integer> counts) {
        double total = 0;
        for (int count : counts.values()) {
            total += count;
        }
        return total;
    }
}
