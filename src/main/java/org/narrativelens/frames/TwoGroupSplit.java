package org.narrativelens.frames;

import java.util.Arrays;
import java.util.Comparator;

/** The exact weighted two-means split of 1-D source projections: the cut that minimises within-group scatter. */
record TwoGroupSplit(double zero, double lowerWeight, double upperWeight, boolean firstSourceBelow) {

    /** Whether the lower group holds more passages (on a tie: whether it holds the first source by name). */
    boolean lowerHoldsMajority() {
        return lowerWeight > upperWeight || (lowerWeight == upperWeight && firstSourceBelow);
    }

    static TwoGroupSplit of(double[] projection, double[] weight) {
        int count = projection.length;
        Integer[] order = new Integer[count];
        for (int s = 0; s < count; s++) {
            order[s] = s;
        }
        Arrays.sort(order, Comparator.comparingDouble((Integer s) -> projection[s]).thenComparingInt(s -> s));
        double totalWeight = 0;
        double totalSum = 0;
        double totalSquares = 0;
        for (int s = 0; s < count; s++) {
            totalWeight += weight[s];
            totalSum += weight[s] * projection[s];
            totalSquares += weight[s] * projection[s] * projection[s];
        }
        if (count < 2) {
            return new TwoGroupSplit(totalWeight > 0 ? totalSum / totalWeight : 0, totalWeight, 0, true);
        }
        double bestCost = Double.POSITIVE_INFINITY;
        double bestZero = 0;
        double bestLower = 0;
        int bestCut = 1;
        double lowerWeight = 0;
        double lowerSum = 0;
        double lowerSquares = 0;
        for (int cut = 1; cut < count; cut++) {
            int s = order[cut - 1];
            lowerWeight += weight[s];
            lowerSum += weight[s] * projection[s];
            lowerSquares += weight[s] * projection[s] * projection[s];
            double upperWeight = totalWeight - lowerWeight;
            double upperSum = totalSum - lowerSum;
            double cost = lowerSquares - lowerSum * lowerSum / lowerWeight
                    + (totalSquares - lowerSquares) - upperSum * upperSum / upperWeight;
            if (cost < bestCost - 1e-15) {
                bestCost = cost;
                bestZero = (lowerSum / lowerWeight + upperSum / upperWeight) / 2;
                bestLower = lowerWeight;
                bestCut = cut;
            }
        }
        boolean firstSourceBelow = false;
        for (int r = 0; r < bestCut; r++) {
            firstSourceBelow |= order[r] == 0;
        }
        return new TwoGroupSplit(bestZero, bestLower, totalWeight - bestLower, firstSourceBelow);
    }
}
