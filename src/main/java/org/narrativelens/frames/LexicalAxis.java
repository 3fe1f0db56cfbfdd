package org.narrativelens.frames;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * The axis between anchor sources on both sides, drawn from their word choice: outlets' lean shows in the phrases
 * they pick for the same things ("illegal aliens" / "undocumented immigrants"), which sentence embeddings mostly
 * average away in favour of what a passage is about. Every phrase gets the log-odds z of the B anchors' use over
 * the A anchors' ({@link LogOddsZ}, prior: the whole corpus); a passage's lean is the mean z of its phrases. Only
 * phrases used by at least
 * {@value #MIN_SOURCES} distinct sources count: a phrase one outlet alone uses is its house style (its own name,
 * bylines, boilerplate), not its side's. Relevance is the passage's partisan evidence (sum of |z| over its
 * phrases) relative to the strongest passage, so background passages, whose wording both
 * sides share, move little. The zero is halfway between the A and the B anchors' mean lean.
 */
final class LexicalAxis {

    static final int MIN_SOURCES = 2;
    private static final int PHRASES_SHOWN = 8;

    private LexicalAxis() {
    }

    static AxisFit fit(Corpus corpus, PhraseTable phrases, Set<Integer> sideA, Set<Integer> sideB) {
        Map<String, Double> z = weights(phrases, sideA, sideB);
        int n = corpus.size();
        double[] rawLean = new double[n];
        double[] evidence = new double[n];
        boolean[] counted = new boolean[n];
        double most = 0;
        for (int i = 0; i < n; i++) {
            PhraseEvidence use = PhraseEvidence.of(z, phrases.counts(i));
            rawLean[i] = use.lean();
            evidence[i] = use.evidence();
            counted[i] = use.used();
            most = Math.max(most, evidence[i]);
        }
        double[] relevance = new double[n];
        for (int i = 0; i < n; i++) {
            relevance[i] = most > 0 ? evidence[i] / most : 0;
        }
        double zero = (groupMean(corpus, rawLean, relevance, sideA) + groupMean(corpus, rawLean, relevance, sideB)) / 2;
        double[] lean = new double[n];
        for (int i = 0; i < n; i++) {
            lean[i] = counted[i] ? rawLean[i] - zero : 0;
        }
        List<String> notes = new ArrayList<>();
        notes.add(String.format(Locale.ROOT, "anchored axis: partisan phrases, the log-odds z (informative Dirichlet "
                + "prior from the whole corpus) of the B anchors' use of each unigram and bigram over the A anchors'; "
                + "%d phrases used by at least %d sources; passage lean = mean z of its phrases, relevance = its "
                + "sum of |z| relative to the strongest passage; zero halfway between the anchor groups",
                z.size(), MIN_SOURCES));
        notes.add("phrases of side A: " + String.join(", ", strongest(z, -1)));
        notes.add("phrases of side B: " + String.join(", ", strongest(z, 1)));
        return new AxisFit("anchored", lean, relevance, notes, AxisProjection.lexical(z, zero, most));
    }

    /** Phrase to z (positive: side B), for phrases used by at least {@link #MIN_SOURCES} sources. */
    static Map<String, Double> weights(PhraseTable phrases, Set<Integer> sideA, Set<Integer> sideB) {
        Map<String, Integer> reference = phrases.sum(null, MIN_SOURCES);
        return new TreeMap<>(LogOddsZ.bOverA(phrases.sum(sideA, MIN_SOURCES), phrases.sum(sideB, MIN_SOURCES),
                reference));
    }

    private static List<String> strongest(Map<String, Double> z, int sign) {
        return z.entrySet().stream()
                .filter(e -> sign * e.getValue() > 0)
                .sorted(Comparator.comparingDouble((Map.Entry<String, Double> e) -> -sign * e.getValue())
                        .thenComparing(Map.Entry::getKey))
                .limit(PHRASES_SHOWN).map(Map.Entry::getKey).toList();
    }

    static double groupMean(Corpus corpus, double[] lean, double[] relevance, Set<Integer> group) {
        double sum = 0;
        double weight = 0;
        for (int i = 0; i < corpus.size(); i++) {
            if (group.contains(corpus.sourceOf[i])) {
                sum += relevance[i] * lean[i];
                weight += relevance[i];
            }
        }
        return weight > 0 ? sum / weight : 0;
    }
}
