package org.narrativelens.narratives;

import java.util.Map;
import java.util.TreeMap;
import java.util.function.Function;
import java.util.function.ToIntFunction;

/**
 * Where sources, documents and speakers lean on a {@link ClaimAxis} by what they claim: each statement of either
 * narrative counts -1 toward side A or +1 toward side B as its holder states it (a negated or disputed claim counts
 * for the other side; a claim the author only reports counts for its speaker, not for the source).
 */
public final class ClaimLeans {

    /** The mean of the counted statements, in [-1, 1], and how many were counted. */
    public record Lean(double value, int claims) {
    }

    private ClaimLeans() {
    }

    public static Map<String, Lean> bySource(NarrativeSet set, ClaimAxis axis) {
        return leans(set, axis, PlacedStatement::source, s -> Stands.source(s.statement()));
    }

    public static Map<Long, Lean> byDocument(NarrativeSet set, ClaimAxis axis) {
        return leans(set, axis, PlacedStatement::documentId, s -> Stands.source(s.statement()));
    }

    /** By speaker name, as the statements name them. */
    public static Map<String, Lean> bySpeaker(NarrativeSet set, ClaimAxis axis) {
        return leans(set, axis, s -> s.statement().speaker(), s -> Stands.speaker(s.statement()));
    }

    private static <K> Map<K, Lean> leans(NarrativeSet set, ClaimAxis axis, Function<PlacedStatement, K> holder,
                                          ToIntFunction<PlacedStatement> stand) {
        Map<K, int[]> sums = new TreeMap<>();
        set.narrativeOf().forEach((statement, narrative) -> {
            int vote = axis.side(narrative) * stand.applyAsInt(statement);
            K key = holder.apply(statement);
            if (vote != 0 && key != null) {
                int[] sum = sums.computeIfAbsent(key, k -> new int[2]);
                sum[0] += vote;
                sum[1]++;
            }
        });
        Map<K, Lean> leans = new TreeMap<>();
        sums.forEach((key, sum) -> leans.put(key, new Lean((double) sum[0] / sum[1], sum[1])));
        return leans;
    }
}
