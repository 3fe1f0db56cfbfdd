package org.narrativelens.frames;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Turns the axis and the topic clusters into frames. Frames f0 and f1 are the two ends of the main axis: the
 * passages that are relevant (relevance >= 0.5) and lean at least as clearly as the median passage (|stance| >= 0.5)
 * toward A or B. Every other passage stays in its topic cluster, numbered from f2 by size. The two axis frames are
 * described by what separates them from each other, topic frames by what separates them from the rest (or, when
 * nothing does, by their most frequent phrases).
 */
final class FrameBuilder {

    static final double SIDE_THRESHOLD = 0.5;
    static final int KEYPHRASES = 8;
    static final int LABEL_PHRASES = 3;

    /** frameOfTopic[c] is the frame that topic c's undecided passages formed, or null when none were left. */
    record Frames(List<Frame> frames, String[] frameOf, String[] frameOfTopic) {
    }

    private final Corpus corpus;
    private final KeyphraseExtractor keyphrases;
    private final int exemplarsPerFrame;

    FrameBuilder(Corpus corpus, int exemplarsPerFrame) {
        this.corpus = corpus;
        this.keyphrases = new KeyphraseExtractor(corpus.passages.stream().map(PassageVector::text).toList());
        this.exemplarsPerFrame = exemplarsPerFrame;
    }

    /** @param sideLabels labels of frames A and B, or null to label them by their keyphrases */
    Frames build(KMeans.Clustering topics, double[] stance, double[] relevance, String[] sideLabels) {
        int n = corpus.size();
        String[] frameOf = new String[n];
        List<Integer> sideA = new ArrayList<>();
        List<Integer> sideB = new ArrayList<>();
        List<List<Integer>> topicMembers = new ArrayList<>();
        for (int c = 0; c < topics.k(); c++) {
            topicMembers.add(new ArrayList<>());
        }
        for (int i = 0; i < n; i++) {
            boolean clear = relevance[i] >= SIDE_THRESHOLD && Math.abs(stance[i]) >= SIDE_THRESHOLD;
            if (clear && stance[i] < 0) {
                sideA.add(i);
                frameOf[i] = "f0";
            } else if (clear && stance[i] > 0) {
                sideB.add(i);
                frameOf[i] = "f1";
            } else {
                topicMembers.get(topics.labels()[i]).add(i);
            }
        }
        List<Frame> frames = new ArrayList<>();
        String labelA = sideLabels == null ? null : sideLabels[0];
        String labelB = sideLabels == null ? null : sideLabels[1];
        frames.add(sideFrame("f0", sideA, sideB, stance, relevance, labelA, "side A"));
        frames.add(sideFrame("f1", sideB, sideA, stance, relevance, labelB, "side B"));
        List<List<Integer>> nonEmpty = new ArrayList<>();
        for (List<Integer> members : topicMembers) {
            if (!members.isEmpty()) {
                nonEmpty.add(members);
            }
        }
        nonEmpty.sort(Comparator.comparingInt((List<Integer> members) -> -members.size())
                .thenComparingInt(members -> members.get(0)));
        String[] frameOfTopic = new String[topics.k()];
        for (List<Integer> members : nonEmpty) {
            String id = "f" + frames.size();
            frameOfTopic[topics.labels()[members.get(0)]] = id;
            for (int i : members) {
                frameOf[i] = id;
            }
            int[] group = toArray(members);
            List<String> phrases = keyphrases.distinguishingFromRest(group, KEYPHRASES);
            if (phrases.isEmpty()) {
                phrases = keyphrases.mostFrequent(group, LABEL_PHRASES);
            }
            frames.add(new Frame(id, labelOf(phrases, "topic " + id), phrases, exemplars(byCentrality(members)),
                    members.size()));
        }
        return new Frames(List.copyOf(frames), frameOf, frameOfTopic);
    }

    private Frame sideFrame(String id, List<Integer> members, List<Integer> opposite, double[] stance,
                            double[] relevance, String givenLabel, String fallbackLabel) {
        int[] group = toArray(members);
        List<String> phrases = members.isEmpty() ? List.of()
                : opposite.isEmpty() ? keyphrases.distinguishingFromRest(group, KEYPHRASES)
                : keyphrases.distinguishingFromRestAndOpposite(group, toArray(opposite), KEYPHRASES);
        List<Integer> ranked = new ArrayList<>(members);
        ranked.sort(Comparator.comparingDouble((Integer i) -> -relevance[i] * Math.abs(stance[i]))
                .thenComparingInt(i -> i));
        String label = givenLabel != null ? givenLabel : labelOf(phrases, fallbackLabel);
        return new Frame(id, label, phrases, exemplars(ranked), members.size());
    }

    /** Members ranked by cosine to their (unit) mean, most central first. */
    private List<Integer> byCentrality(List<Integer> members) {
        double[] centroid = new double[corpus.dimension];
        for (int i : members) {
            Vectors.addScaled(centroid, corpus.vectors[i], 1);
        }
        double[] unit = Vectors.unit(centroid);
        List<Integer> ranked = new ArrayList<>(members);
        ranked.sort(Comparator.comparingDouble((Integer i) -> -Vectors.dot(corpus.vectors[i], unit))
                .thenComparingInt(i -> i));
        return ranked;
    }

    /** The best-ranked passage of each source first, so exemplars show different sources; then the rest by rank. */
    private List<Exemplar> exemplars(List<Integer> ranked) {
        List<Integer> chosen = new ArrayList<>();
        Set<String> sources = new HashSet<>();
        for (int i : ranked) {
            if (chosen.size() < exemplarsPerFrame && sources.add(corpus.passages.get(i).source())) {
                chosen.add(i);
            }
        }
        for (int i : ranked) {
            if (chosen.size() < exemplarsPerFrame && !chosen.contains(i)) {
                chosen.add(i);
            }
        }
        chosen.sort(Comparator.comparingInt(ranked::indexOf));
        List<Exemplar> exemplars = new ArrayList<>(chosen.size());
        for (int i : chosen) {
            PassageVector p = corpus.passages.get(i);
            exemplars.add(new Exemplar(p.passageId(), p.documentId(), p.source(), p.start(), p.end(), p.text()));
        }
        return List.copyOf(exemplars);
    }

    private static String labelOf(List<String> phrases, String fallback) {
        return phrases.isEmpty() ? fallback
                : String.join(", ", phrases.subList(0, Math.min(LABEL_PHRASES, phrases.size())));
    }

    private static int[] toArray(List<Integer> members) {
        return members.stream().mapToInt(Integer::intValue).toArray();
    }
}
