package org.narrativelens.frames;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Phrases that distinguish one group of passages from another: weighted log-odds ratios with an informative
 * Dirichlet prior (Monroe, Colaresi and Quinn 2008, "Fightin' Words"). The prior follows the phrase frequencies of
 * both groups together, scaled to the token count of the smaller group, so that it regularises rare phrases without
 * outweighing the evidence of a small group. A phrase qualifies only if the group uses it at least
 * {@value #MIN_COUNT} times and its z-score exceeds {@value #MIN_Z}: more than one standard error of over-use, so
 * phrases used alike by both groups never qualify. (Labels describe rather than test; the stricter 1.96 left most
 * frames of small corpora without any phrase.)
 */
final class KeyphraseExtractor {

    static final double MIN_Z = 1.0;
    static final int MIN_COUNT = 2;

    private final List<Map<String, Integer>> countsByPassage;
    private Map<String, Integer> corpusCounts;

    KeyphraseExtractor(List<String> texts) {
        countsByPassage = new ArrayList<>(texts.size());
        for (String text : texts) {
            countsByPassage.add(Terms.count(text));
        }
    }

    /** Up to {@code limit} phrases over-represented in {@code group} relative to all other passages. */
    List<String> distinguishingFromRest(int[] group, int limit) {
        Map<String, Integer> groupCounts = sum(group);
        return select(scored(groupCounts, rest(groupCounts)), groupCounts, limit);
    }

    /**
     * Up to {@code limit} phrases over-represented in {@code group} relative to all other passages and used more in it
     * than in {@code opposite}. Ranking against the whole rest keeps the evidence of a small opposing frame from
     * deciding alone; the second condition keeps out what both frames share.
     */
    List<String> distinguishingFromRestAndOpposite(int[] group, int[] opposite, int limit) {
        Map<String, Integer> groupCounts = sum(group);
        Map<String, Double> zAgainstOpposite = new HashMap<>();
        scored(groupCounts, sum(opposite)).forEach(s -> zAgainstOpposite.put(s.phrase(), s.z()));
        List<Scored> candidates = scored(groupCounts, rest(groupCounts)).stream()
                .filter(s -> zAgainstOpposite.getOrDefault(s.phrase(), 0.0) > 0)
                .toList();
        return select(candidates, groupCounts, limit);
    }

    /**
     * Up to {@code limit} of the group's most frequent phrases, the fallback description of a group nothing
     * distinguishes: a frame is never left without words.
     */
    List<String> mostFrequent(int[] group, int limit) {
        List<Map.Entry<String, Integer>> counts = new ArrayList<>(sum(group).entrySet());
        // on a tie bigrams first, as in scored()
        counts.sort(Map.Entry.<String, Integer>comparingByValue().reversed()
                .thenComparing(e -> -e.getKey().split(" ").length)
                .thenComparing(Map.Entry.comparingByKey()));
        List<String> chosen = new ArrayList<>();
        for (Map.Entry<String, Integer> count : counts) {
            if (chosen.size() >= limit) {
                break;
            }
            addUnlessCovered(chosen, count.getKey());
        }
        return chosen;
    }

    private Map<String, Integer> rest(Map<String, Integer> groupCounts) {
        Map<String, Integer> rest = new HashMap<>(corpusCounts());
        groupCounts.forEach((phrase, count) -> rest.merge(phrase, -count, (a, b) -> a + b == 0 ? null : a + b));
        return rest;
    }

    private static List<String> select(List<Scored> scored, Map<String, Integer> groupCounts, int limit) {
        List<String> chosen = new ArrayList<>();
        for (Scored candidate : scored) {
            if (candidate.z() <= MIN_Z || chosen.size() >= limit) {
                break;
            }
            if (groupCounts.getOrDefault(candidate.phrase(), 0) >= MIN_COUNT) {
                addUnlessCovered(chosen, candidate.phrase());
            }
        }
        return chosen;
    }

    record Scored(String phrase, double z) {
        int words() {
            return phrase.split(" ").length;
        }
    }

    /** Every phrase of either group with its z-score, highest first; on a tie bigrams first, then by phrase. */
    static List<Scored> scored(Map<String, Integer> groupCounts, Map<String, Integer> referenceCounts) {
        double groupTotal = total(groupCounts);
        double referenceTotal = total(referenceCounts);
        double priorTotal = Math.min(groupTotal, referenceTotal);
        double priorScale = priorTotal / (groupTotal + referenceTotal);
        Set<String> phrases = new HashSet<>(groupCounts.keySet());
        phrases.addAll(referenceCounts.keySet());
        List<Scored> scored = new ArrayList<>(phrases.size());
        for (String phrase : phrases) {
            double y1 = groupCounts.getOrDefault(phrase, 0);
            double y2 = referenceCounts.getOrDefault(phrase, 0);
            double prior = priorScale * (y1 + y2);
            double delta = Math.log((y1 + prior) / (groupTotal + priorTotal - y1 - prior))
                    - Math.log((y2 + prior) / (referenceTotal + priorTotal - y2 - prior));
            double variance = 1 / (y1 + prior) + 1 / (y2 + prior);
            scored.add(new Scored(phrase, delta / Math.sqrt(variance)));
        }
        scored.sort(Comparator.comparingDouble(Scored::z).reversed()
                .thenComparing(Comparator.comparingInt(Scored::words).reversed())
                .thenComparing(Scored::phrase));
        return scored;
    }

    /** Skips a phrase whose words are all already shown by the phrases chosen so far. */
    private static void addUnlessCovered(List<String> chosen, String phrase) {
        Set<String> covered = new HashSet<>();
        for (String earlier : chosen) {
            covered.addAll(Arrays.asList(earlier.split(" ")));
        }
        if (!covered.containsAll(Arrays.asList(phrase.split(" ")))) {
            chosen.add(phrase);
        }
    }

    private Map<String, Integer> corpusCounts() {
        if (corpusCounts == null) {
            int[] all = new int[countsByPassage.size()];
            for (int i = 0; i < all.length; i++) {
                all[i] = i;
            }
            corpusCounts = sum(all);
        }
        return corpusCounts;
    }

    private Map<String, Integer> sum(int[] passages) {
        Map<String, Integer> sum = new HashMap<>();
        for (int passage : passages) {
            countsByPassage.get(passage).forEach((phrase, count) -> sum.merge(phrase, count, Integer::sum));
        }
        return sum;
    }

    private static double total(Map<String, Integer> counts) {
        double total = 0;
        for (int count : counts.values()) {
            total += count;
        }
        return total;
    }
}
