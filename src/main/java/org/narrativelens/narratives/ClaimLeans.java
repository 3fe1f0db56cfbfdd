package org.narrativelens.narratives;

import java.util.Collection;
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
        return bySource(set.narrativeOf().keySet(), sides(set, axis));
    }

    public static Map<Long, Lean> byDocument(NarrativeSet set, ClaimAxis axis) {
        return byDocument(set.narrativeOf().keySet(), sides(set, axis));
    }

    /** By speaker name, as the statements name them. */
    public static Map<String, Lean> bySpeaker(NarrativeSet set, ClaimAxis axis) {
        return leans(set.narrativeOf().keySet(), sides(set, axis), s -> s.statement().speaker(),
                s -> Stands.speaker(s.statement()));
    }

    /** @param side -1 or +1 for a statement's positive claim on the axis, 0 when it is not on it */
    public static Map<String, Lean> bySource(Collection<PlacedStatement> statements,
                                             ToIntFunction<PlacedStatement> side) {
        return leans(statements, side, PlacedStatement::source, s -> Stands.source(s.statement()));
    }

    public static Map<Long, Lean> byDocument(Collection<PlacedStatement> statements,
                                             ToIntFunction<PlacedStatement> side) {
        return leans(statements, side, PlacedStatement::documentId, s -> Stands.source(s.statement()));
    }

    private static ToIntFunction<PlacedStatement> sides(NarrativeSet set, ClaimAxis axis) {
        return s -> axis.side(set.narrativeOf().get(s));
    }

    private static <K> Map<K, Lean> leans(Collection<PlacedStatement> statements, ToIntFunction<PlacedStatement> side,
                                          Function<PlacedStatement, K> holder, ToIntFunction<PlacedStatement> stand) {
        Map<K, int[]> sums = new TreeMap<>();
        for (PlacedStatement statement : statements) {
            int vote = side.applyAsInt(statement) * stand.applyAsInt(statement);
            K key = holder.apply(statement);
            if (vote != 0 && key != null) {
                int[] sum = sums.computeIfAbsent(key, k -> new int[2]);
                sum[0] += vote;
                sum[1]++;
            }
        }
        Map<K, Lean> leans = new TreeMap<>();
        sums.forEach((key, sum) -> leans.put(key, new Lean((double) sum[0] / sum[1], sum[1])));
        return leans;
    }
}
