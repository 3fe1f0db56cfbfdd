package org.narrativelens.stance;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.TreeMap;
import org.narrativelens.frames.ScoredPassage;
import org.narrativelens.text.Voice;

/**
 * Aggregates passage stances into document and source scores: relevance-weighted means, bootstrap intervals,
 * frame shares and evidence. A group whose passages all have relevance 0 falls back to the plain mean.
 */
public final class StanceScorer {

    private final List<String> frameIds;
    private final int bootstrapSamples;
    private final int evidencePerSource;
    private final long seed;

    public StanceScorer(List<String> frameIds, int bootstrapSamples, int evidencePerSource, long seed) {
        this.frameIds = List.copyOf(frameIds);
        this.bootstrapSamples = bootstrapSamples;
        this.evidencePerSource = evidencePerSource;
        this.seed = seed;
    }

    /**
     * Sources and documents from the passages {@link VoiceSelection} keeps (the author's voice unless
     * {@code allVoices}), speakers from every passage in their voice.
     */
    public Aggregate aggregate(List<ScoredPassage> scored, boolean allVoices) {
        VoiceSelection selection = VoiceSelection.select(scored, allVoices);
        return new Aggregate(sources(selection.forSources()), documents(selection.forDocuments()), speakers(scored),
                selection);
    }

    /** One score per document, in documentId order. */
    public List<DocumentScore> documents(List<ScoredPassage> passages) {
        Map<Long, List<ScoredPassage>> byDocument = new TreeMap<>();
        for (ScoredPassage passage : passages) {
            byDocument.computeIfAbsent(passage.documentId(), id -> new ArrayList<>()).add(passage);
        }
        List<DocumentScore> scores = new ArrayList<>(byDocument.size());
        for (List<ScoredPassage> group : byDocument.values()) {
            double[] weights = effectiveWeights(group);
            scores.add(new DocumentScore(group.get(0).documentId(), group.get(0).source(),
                    weightedMean(group, weights), frameShares(group)));
        }
        return scores;
    }

    /** One score per source, in source-name order; bootstrap units are documents when a source has two or more. */
    public List<SourceScore> sources(List<ScoredPassage> passages) {
        Map<String, List<ScoredPassage>> bySource = new TreeMap<>();
        for (ScoredPassage passage : passages) {
            bySource.computeIfAbsent(passage.source(), name -> new ArrayList<>()).add(passage);
        }
        SplittableRandom base = new SplittableRandom(seed);
        List<SourceScore> scores = new ArrayList<>(bySource.size());
        for (Map.Entry<String, List<ScoredPassage>> entry : bySource.entrySet()) {
            List<ScoredPassage> group = entry.getValue();
            double[] weights = effectiveWeights(group);
            double stance = weightedMean(group, weights);
            Interval interval = interval(group, weights, stance, base.split());
            scores.add(new SourceScore(entry.getKey(), stance, interval, frameShares(group), group.size(),
                    evidence(group, weights, stance)));
        }
        return scores;
    }

    /**
     * One score per named speaker, in name order, from what they say in the passages in their voice (quoted or
     * reported: their speech stances); the
     * bootstrap units are documents when a speaker appears in two or more. A different seed stream from the sources'
     * keeps source intervals unchanged by the speakers.
     */
    public List<SpeakerScore> speakers(List<ScoredPassage> passages) {
        Map<String, List<ScoredPassage>> bySpeaker = new TreeMap<>();
        for (ScoredPassage passage : passages) {
            if (!passage.isAuthors() && passage.speakerName() != null) {
                bySpeaker.computeIfAbsent(passage.speakerName(), name -> new ArrayList<>()).add(passage.asSpeech());
            }
        }
        SplittableRandom base = new SplittableRandom(~seed);
        List<SpeakerScore> scores = new ArrayList<>(bySpeaker.size());
        for (Map.Entry<String, List<ScoredPassage>> entry : bySpeaker.entrySet()) {
            List<ScoredPassage> group = entry.getValue();
            double[] weights = effectiveWeights(group);
            double stance = weightedMean(group, weights);
            Map<String, Integer> bySource = new TreeMap<>();
            int quoted = 0;
            String description = null;
            for (ScoredPassage passage : group) {
                bySource.merge(passage.source(), 1, Integer::sum);
                quoted += passage.voice().voice() == Voice.QUOTED ? 1 : 0;
                if (description == null) {
                    description = passage.voice().speaker().description();
                }
            }
            List<SpeakerScore.QuotingSource> sources = bySource.entrySet().stream()
                    .map(e -> new SpeakerScore.QuotingSource(e.getKey(), e.getValue())).toList();
            scores.add(new SpeakerScore(entry.getKey(), description, stance,
                    interval(group, weights, stance, base.split()), group.size(), quoted, group.size() - quoted,
                    sources, evidence(group, weights, stance)));
        }
        return scores;
    }

    private Interval interval(List<ScoredPassage> group, double[] weights, double stance, SplittableRandom random) {
        Map<Long, double[]> units = new TreeMap<>();
        long documents = group.stream().mapToLong(ScoredPassage::documentId).distinct().count();
        for (int i = 0; i < group.size(); i++) {
            long unit = documents >= 2 ? group.get(i).documentId() : i;
            double[] sums = units.computeIfAbsent(unit, key -> new double[2]);
            sums[0] += weights[i] * group.get(i).stance();
            sums[1] += weights[i];
        }
        double[] weightedSums = new double[units.size()];
        double[] unitWeights = new double[units.size()];
        int u = 0;
        for (double[] sums : units.values()) {
            weightedSums[u] = sums[0];
            unitWeights[u++] = sums[1];
        }
        return Bootstrap.weightedMeanInterval(weightedSums, unitWeights, stance, bootstrapSamples, random);
    }

    /**
     * The passages that pulled the source furthest in the direction of its stance (share of weight times stance),
     * largest pull first; for a stance of exactly 0, the largest pulls either way.
     */
    private List<Evidence> evidence(List<ScoredPassage> group, double[] weights, double stance) {
        double total = Arrays.stream(weights).sum();
        double direction = Math.signum(stance);
        double[] pull = new double[group.size()];
        List<Integer> pulling = new ArrayList<>();
        for (int i = 0; i < group.size(); i++) {
            double contribution = weights[i] / total * group.get(i).stance();
            pull[i] = direction == 0 ? Math.abs(contribution) : direction * contribution;
            if (pull[i] > 0) {
                pulling.add(i);
            }
        }
        pulling.sort(Comparator.comparingDouble((Integer i) -> -pull[i])
                .thenComparingLong(i -> group.get(i).passageId()));
        List<Evidence> evidence = new ArrayList<>();
        for (int i : pulling.subList(0, Math.min(evidencePerSource, pulling.size()))) {
            ScoredPassage passage = group.get(i);
            evidence.add(new Evidence(passage.passageId(), passage.documentId(), passage.start(), passage.end(),
                    passage.text(), passage.stance(), weights[i] / total));
        }
        return List.copyOf(evidence);
    }

    private Map<String, Double> frameShares(List<ScoredPassage> group) {
        Map<String, Integer> counts = new LinkedHashMap<>();
        for (String frameId : frameIds) {
            counts.put(frameId, 0);
        }
        for (ScoredPassage passage : group) {
            counts.merge(passage.frameId(), 1, Integer::sum);
        }
        Map<String, Double> shares = new LinkedHashMap<>();
        counts.forEach((frameId, count) -> shares.put(frameId, count / (double) group.size()));
        return shares;
    }

    private static double[] effectiveWeights(List<ScoredPassage> group) {
        double[] weights = new double[group.size()];
        double total = 0;
        for (int i = 0; i < weights.length; i++) {
            weights[i] = Math.max(0, group.get(i).relevance());
            total += weights[i];
        }
        if (total == 0) {
            Arrays.fill(weights, 1.0);
        }
        return weights;
    }

    private static double weightedMean(List<ScoredPassage> group, double[] weights) {
        double sum = 0;
        double total = 0;
        for (int i = 0; i < weights.length; i++) {
            sum += weights[i] * group.get(i).stance();
            total += weights[i];
        }
        return sum / total;
    }
}
