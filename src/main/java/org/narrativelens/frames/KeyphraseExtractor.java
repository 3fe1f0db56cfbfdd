package org.narrativelens.frames;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.IntPredicate;

/**
 * Phrases that distinguish one group of passages from another: weighted log-odds ratios with an informative
 * Dirichlet prior (Monroe, Colaresi and Quinn 2008, "Fightin' Words"). The prior follows the phrase frequencies of
 * both groups together, scaled to the token count of the smaller group, so that it regularises rare phrases without
 * outweighing the evidence of a small group. A phrase qualifies only if the group uses it at least
 * {@value #MIN_COUNT} times and its z-score exceeds {@value #MIN_Z}: more than one standard error of over-use, so
 * phrases used alike by both groups never qualify. (Labels describe rather than test; the stricter 1.96 left most
 * frames of small corpora without any phrase.)
 * <p>
 * Phrases are numbered once; each passage keeps its phrase numbers and counts in two small int arrays, and a group's
 * counts are one int array over the numbers, so a large corpus costs neither a map per passage nor a sort of its
 * whole vocabulary per group (only the phrases above {@value #MIN_Z} are ranked).
 */
final class KeyphraseExtractor {

    static final double MIN_Z = 1.0;
    static final int MIN_COUNT = 2;

    private final List<String> phrases = new ArrayList<>();
    private final int[] words;
    private final int[][] phrasesOf;
    private final int[][] countsOf;
    private int[] corpusCounts;

    KeyphraseExtractor(List<String> texts) {
        Map<String, Integer> numbers = new HashMap<>();
        phrasesOf = new int[texts.size()][];
        countsOf = new int[texts.size()][];
        for (int p = 0; p < texts.size(); p++) {
            Map<String, Integer> counts = Terms.count(texts.get(p));
            int[] ids = new int[counts.size()];
            int[] values = new int[counts.size()];
            int j = 0;
            for (Map.Entry<String, Integer> count : counts.entrySet()) {
                ids[j] = numbers.computeIfAbsent(count.getKey(), phrase -> {
                    phrases.add(phrase);
                    return phrases.size() - 1;
                });
                values[j++] = count.getValue();
            }
            phrasesOf[p] = ids;
            countsOf[p] = values;
        }
        words = new int[phrases.size()];
        for (int i = 0; i < words.length; i++) {
            words[i] = phrases.get(i).split(" ").length;
        }
    }

    /** Up to {@code limit} phrases over-represented in {@code group} relative to all other passages. */
    List<String> distinguishingFromRest(int[] group, int limit) {
        int[] groupCounts = sum(group);
        return select(ranked(scored(groupCounts, rest(groupCounts)), z -> true), groupCounts, limit);
    }

    /**
     * Up to {@code limit} phrases over-represented in {@code group} relative to all other passages and used more in it
     * than in {@code opposite}. Ranking against the whole rest keeps the evidence of a small opposing frame from
     * deciding alone; the second condition keeps out what both frames share.
     */
    List<String> distinguishingFromRestAndOpposite(int[] group, int[] opposite, int limit) {
        int[] groupCounts = sum(group);
        double[] againstOpposite = scored(groupCounts, sum(opposite));
        return select(ranked(scored(groupCounts, rest(groupCounts)), phrase -> againstOpposite[phrase] > 0),
                groupCounts, limit);
    }

    /**
     * Up to {@code limit} of the group's most frequent phrases, the fallback description of a group nothing
     * distinguishes: a frame is never left without words.
     */
    List<String> mostFrequent(int[] group, int limit) {
        int[] counts = sum(group);
        List<Integer> used = new ArrayList<>();
        for (int phrase = 0; phrase < counts.length; phrase++) {
            if (counts[phrase] > 0) {
                used.add(phrase);
            }
        }
        // on a tie bigrams first, as in ranked()
        used.sort(Comparator.comparingInt((Integer phrase) -> counts[phrase]).reversed()
                .thenComparing(Comparator.comparingInt((Integer phrase) -> words[phrase]).reversed())
                .thenComparing(phrases::get));
        List<String> chosen = new ArrayList<>();
        for (int phrase : used) {
            if (chosen.size() >= limit) {
                break;
            }
            addUnlessCovered(chosen, phrases.get(phrase));
        }
        return chosen;
    }

    private int[] rest(int[] groupCounts) {
        int[] all = corpusCounts();
        int[] rest = new int[all.length];
        for (int phrase = 0; phrase < all.length; phrase++) {
            rest[phrase] = all[phrase] - groupCounts[phrase];
        }
        return rest;
    }

    private List<String> select(List<Integer> ranked, int[] groupCounts, int limit) {
        List<String> chosen = new ArrayList<>();
        for (int phrase : ranked) {
            if (chosen.size() >= limit) {
                break;
            }
            if (groupCounts[phrase] >= MIN_COUNT) {
                addUnlessCovered(chosen, phrases.get(phrase));
            }
        }
        return chosen;
    }

    /**
     * The z-score of every phrase that either group uses (negative infinity for the others): log-odds of the group
     * against the reference with the informative prior, over its standard error; NaN when a group has no phrases.
     */
    static double[] scored(int[] groupCounts, int[] referenceCounts) {
        double groupTotal = total(groupCounts);
        double referenceTotal = total(referenceCounts);
        double priorTotal = Math.min(groupTotal, referenceTotal);
        double priorScale = priorTotal / (groupTotal + referenceTotal);
        double[] z = new double[groupCounts.length];
        for (int phrase = 0; phrase < z.length; phrase++) {
            double y1 = groupCounts[phrase];
            double y2 = referenceCounts[phrase];
            if (y1 == 0 && y2 == 0) {
                z[phrase] = Double.NEGATIVE_INFINITY;
                continue;
            }
            double prior = priorScale * (y1 + y2);
            double delta = Math.log((y1 + prior) / (groupTotal + priorTotal - y1 - prior))
                    - Math.log((y2 + prior) / (referenceTotal + priorTotal - y2 - prior));
            double variance = 1 / (y1 + prior) + 1 / (y2 + prior);
            z[phrase] = delta / Math.sqrt(variance);
        }
        return z;
    }

    /**
     * The phrases that pass {@code keep} and whose z is not at or below {@value #MIN_Z}, highest z first (NaN
     * highest, as {@link Double#compare} orders it); on a tie bigrams first, then by phrase. Phrases at or below
     * {@value #MIN_Z} never qualify, so they are not ranked.
     */
    private List<Integer> ranked(double[] z, IntPredicate keep) {
        List<Integer> ranked = new ArrayList<>();
        for (int phrase = 0; phrase < z.length; phrase++) {
            if (!(z[phrase] <= MIN_Z) && keep.test(phrase)) {
                ranked.add(phrase);
            }
        }
        ranked.sort(Comparator.comparingDouble((Integer phrase) -> z[phrase]).reversed()
                .thenComparing(Comparator.comparingInt((Integer phrase) -> words[phrase]).reversed())
                .thenComparing(phrases::get));
        return ranked;
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

    private int[] corpusCounts() {
        if (corpusCounts == null) {
            int[] all = new int[phrasesOf.length];
            for (int i = 0; i < all.length; i++) {
                all[i] = i;
            }
            corpusCounts = sum(all);
        }
        return corpusCounts;
    }

    private int[] sum(int[] passages) {
        int[] sum = new int[phrases.size()];
        for (int passage : passages) {
            int[] ids = phrasesOf[passage];
            int[] counts = countsOf[passage];
            for (int j = 0; j < ids.length; j++) {
                sum[ids[j]] += counts[j];
            }
        }
        return sum;
    }

    private static double total(int[] counts) {
        double total = 0;
        for (int count : counts) {
            total += count;
        }
        return total;
    }
}
