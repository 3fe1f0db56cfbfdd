package org.narrativelens.evaluation;

/**
 * How well stances separate the two gold sides of one group.
 *
 * @param sourcesA scored sources of side A (expected at negative stance)
 * @param sourcesB scored sources of side B (the positive class)
 * @param auc source AUC, B positive (max(AUC, 1-AUC) when sign-agnostic); NaN when a side has no source
 * @param p its permutation p-value
 * @param documentAuc document AUC, B positive, same orientation rule
 */
public record SideSeparation(int sourcesA, int sourcesB, double auc, double p, double documentAuc) {
}
