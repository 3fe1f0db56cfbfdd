package org.narrativelens.frames;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The unigram and bigram counts ({@link Terms}) of every passage, and in how many distinct sources each phrase
 * occurs: the raw material of the lexical axis.
 */
final class PhraseTable {

    private final List<Map<String, Integer>> countsByPassage;
    private final int[] sourceOf;
    private final Map<String, Integer> sourcesUsing = new HashMap<>();

    /** @param texts passage texts; @param sourceOf each passage's source index */
    PhraseTable(List<String> texts, int[] sourceOf) {
        this.sourceOf = sourceOf.clone();
        countsByPassage = new ArrayList<>(texts.size());
        Map<String, Set<Integer>> sources = new HashMap<>();
        for (int i = 0; i < texts.size(); i++) {
            Map<String, Integer> counts = Terms.count(texts.get(i));
            countsByPassage.add(counts);
            for (String phrase : counts.keySet()) {
                sources.computeIfAbsent(phrase, p -> new HashSet<>()).add(sourceOf[i]);
            }
        }
        sources.forEach((phrase, set) -> sourcesUsing.put(phrase, set.size()));
    }

    int size() {
        return countsByPassage.size();
    }

    Map<String, Integer> counts(int passage) {
        return countsByPassage.get(passage);
    }

    int sourcesUsing(String phrase) {
        return sourcesUsing.getOrDefault(phrase, 0);
    }

    /** Summed counts of the passages whose source is in {@code sources}, of phrases used by >= minSources sources. */
    Map<String, Integer> sum(Set<Integer> sources, int minSources) {
        Map<String, Integer> sum = new HashMap<>();
        for (int i = 0; i < countsByPassage.size(); i++) {
            if (sources == null || sources.contains(sourceOf[i])) {
                countsByPassage.get(i).forEach((phrase, count) -> {
                    if (sourcesUsing(phrase) >= minSources) {
                        sum.merge(phrase, count, Integer::sum);
                    }
                });
            }
        }
        return sum;
    }
}
