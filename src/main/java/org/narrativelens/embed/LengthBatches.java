package org.narrativelens.embed;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.stream.IntStream;

/** Groups texts of similar length into batches, so a batch pads little and runs faster. */
final class LengthBatches {

    private LengthBatches() {
    }

    /**
     * @param lengths token count per text, in input order
     * @return batches of input positions, shortest texts first; equal lengths keep input order
     */
    static List<int[]> plan(int[] lengths, int batchSize) {
        if (batchSize < 1) {
            throw new IllegalArgumentException("batchSize must be at least 1, got " + batchSize);
        }
        int[] byLength = IntStream.range(0, lengths.length).boxed()
                .sorted(Comparator.comparingInt(i -> lengths[i]))
                .mapToInt(Integer::intValue)
                .toArray();
        List<int[]> batches = new ArrayList<>();
        for (int from = 0; from < byLength.length; from += batchSize) {
            batches.add(Arrays.copyOfRange(byLength, from, Math.min(from + batchSize, byLength.length)));
        }
        return batches;
    }
}
