package org.narrativelens.frames;

import java.util.SplittableRandom;
import java.util.stream.IntStream;

/**
 * Permutation p-value of an axis statistic that is refitted on every shuffle of the source labels. Whole documents
 * are shuffled between sources (each source keeps its number of documents) when some source has several documents;
 * when every source has exactly one, passages are shuffled instead, which ignores that passages of one document are
 * alike and so makes the p-value optimistic. Passages are summed per shuffled unit once, so a refit costs
 * O(units), not O(passages).
 */
final class PermutationTest {

    /** An axis statistic over shuffle units: weighted sums of per-passage values, their weights and their sources. */
    @FunctionalInterface
    interface Statistic {
        double of(double[][] unitSums, double[] unitWeights, int[] sourceOfUnit, int sources);
    }

    /** p = (1 + #{permuted statistic >= observed}) / (1 + permutations). */
    record Result(double pValue, double observed, boolean shuffledPassages) {
    }

    private PermutationTest() {
    }

    /**
     * @param values per passage, the quantity the axis is fitted on (a lean, or topic-space coordinates)
     * @param weights per passage, its weight in the fit
     */
    static Result run(Corpus corpus, double[][] values, double[] weights, Statistic statistic, int permutations,
                      long seed) {
        boolean shufflePassages = corpus.documentCount() == corpus.sourceCount();
        int units = shufflePassages ? corpus.size() : corpus.documentCount();
        int dimensions = values.length == 0 ? 0 : values[0].length;
        double[][] unitSums = new double[units][dimensions];
        double[] unitWeights = new double[units];
        int[] sourceOfUnit = shufflePassages ? corpus.sourceOf.clone() : corpus.sourceOfDocument.clone();
        for (int i = 0; i < corpus.size(); i++) {
            int unit = shufflePassages ? i : corpus.documentOf[i];
            Vectors.addScaled(unitSums[unit], values[i], weights[i]);
            unitWeights[unit] += weights[i];
        }
        int sources = corpus.sourceCount();
        double observed = statistic.of(unitSums, unitWeights, sourceOfUnit, sources);
        if (sources < 2 || permutations == 0) {
            return new Result(1.0, observed, shufflePassages);
        }
        SplittableRandom base = new SplittableRandom(seed);
        long[] seeds = new long[permutations];
        for (int p = 0; p < permutations; p++) {
            seeds[p] = base.nextLong();
        }
        double threshold = observed - 1e-9 * Math.abs(observed);
        long atLeastAsLarge = IntStream.range(0, permutations).parallel()
                .filter(p -> statistic.of(unitSums, unitWeights,
                        shuffle(sourceOfUnit.clone(), new SplittableRandom(seeds[p])), sources) >= threshold)
                .count();
        return new Result((1.0 + atLeastAsLarge) / (1.0 + permutations), observed, shufflePassages);
    }

    private static int[] shuffle(int[] labels, SplittableRandom random) {
        for (int i = labels.length - 1; i > 0; i--) {
            int j = random.nextInt(i + 1);
            int swap = labels[i];
            labels[i] = labels[j];
            labels[j] = swap;
        }
        return labels;
    }
}
