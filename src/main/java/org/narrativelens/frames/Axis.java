package org.narrativelens.frames;

/**
 * An axis between two opposing frames: stance -1 is {@code frameA}, +1 is {@code frameB}.
 *
 * @param pValue permutation p-value of "sources do not differ along this axis"
 * @param method "guided", "anchored" or "unsupervised"
 */
public record Axis(String id, String frameA, String frameB, double pValue, String method) {
}
