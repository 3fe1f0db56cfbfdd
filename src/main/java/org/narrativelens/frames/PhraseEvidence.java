package org.narrativelens.frames;

import java.util.Map;

/**
 * A passage's use of weighted phrases: its lean, the mean weight of the phrases it uses that have one (0 when it uses
 * none), its evidence, the sum of their absolute weights, and whether it uses any. One formula for fitting the lexical axis and for placing
 * passages on it later.
 */
record PhraseEvidence(double lean, double evidence, boolean used) {

    static PhraseEvidence of(Map<String, Double> weights, Map<String, Integer> counts) {
        double sum = 0;
        double counted = 0;
        double evidence = 0;
        for (Map.Entry<String, Integer> entry : counts.entrySet()) {
            Double weight = weights.get(entry.getKey());
            if (weight != null) {
                sum += weight * entry.getValue();
                counted += entry.getValue();
                evidence += Math.abs(weight) * entry.getValue();
            }
        }
        return new PhraseEvidence(counted > 0 ? sum / counted : 0, evidence, counted > 0);
    }
}
