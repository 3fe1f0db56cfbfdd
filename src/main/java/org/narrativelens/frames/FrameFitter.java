package org.narrativelens.frames;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.SplittableRandom;

/**
 * The frames stage of an analysis: topic clusters, the main axis (guided by two frame descriptions, anchored by known
 * sources, or unsupervised), its permutation p-value, the frames, and every passage placed on them (stance, relevance,
 * frame, speech). Same input, same output; the stance stage aggregates what it returns.
 * <p>
 * Malformed input (a null or zero vector, mixed dimensions, duplicate passage ids, a document under two sources, other
 * than 0 or 2 guides, unknown anchor keys or sources) throws {@link IllegalArgumentException} with the reason.
 */
public final class FrameFitter {

    static final double SIGNIFICANCE = 0.05;

    /**
     * What the frames stage found. {@code anchorsA} and {@code anchorsB} are the sources put on each side of a guided
     * axis, which does not fit on them (empty otherwise); {@code scoring} is null when there were no passages.
     */
    public record Fitted(List<Frame> frames, List<Axis> axes, List<ScoredPassage> passages, List<String> notes,
                         ScoringModel scoring, List<String> anchorsA, List<String> anchorsB) {
    }

    /** Fits frames and axis, telling the clock when each stage starts ("clustering", "axis", "scoring"). */
    public Fitted fit(AnalysisRequest request, StageClock clock) {
        if (request == null) {
            throw new IllegalArgumentException("request must not be null");
        }
        if (request.guides().size() != 0 && request.guides().size() != 2) {
            throw new IllegalArgumentException("give either no frame guides or exactly two (A then B), not "
                    + request.guides().size());
        }
        Corpus corpus = Corpus.of(request.passages());
        if (corpus.size() == 0) {
            return new Fitted(List.of(), List.of(), List.of(), List.of("no passages: nothing to analyse"), null,
                    List.of(), List.of());
        }
        AnalysisOptions options = request.options();
        Anchors anchors = Anchors.resolve(request.anchors(), corpus, request.guides());
        SplittableRandom random = new SplittableRandom(options.seed());
        List<String> notes = new ArrayList<>();

        clock.start("clustering");
        KMeans.Clustering topics = topics(corpus, options, random);
        clock.start("axis");
        MainAxis main = MainAxis.fit(corpus, request.guides(), anchors, random.split());
        AxisFit fit = main.fit();
        notes.addAll(fit.notes());
        double[] stance = StanceScale.toStances(fit.lean(), fit.relevance());
        PermutationTest.Result test = main.test(options.permutations(), random.nextLong());
        notes.addAll(significanceNotes(corpus, test));
        clock.start("scoring");

        boolean guided = !request.guides().isEmpty();
        String[] sideLabels = guided
                ? new String[] {request.guides().get(0).label(), request.guides().get(1).label()} : null;
        FrameBuilder.Frames frames = new FrameBuilder(corpus, options.exemplarsPerFrame())
                .build(topics, stance, fit.relevance(), sideLabels);
        Axis axis = new Axis("a0", "f0", "f1", test.pValue(), fit.method());

        double scale = StanceScale.scale(fit.lean(), fit.relevance());
        List<ScoredPassage> scored = new ArrayList<>(corpus.size());
        for (int i = 0; i < corpus.size(); i++) {
            PassageVector p = corpus.passages.get(i);
            double[] speech = FramePlacer.speech(p, fit.projection(), scale, stance[i], fit.relevance()[i]);
            scored.add(new ScoredPassage(p.passageId(), p.documentId(), p.source(), p.start(), p.end(), p.text(),
                    frames.frameOf()[i], stance[i], fit.relevance()[i], p.voice(), speech[0], speech[1]));
        }
        List<String> frameIds = frames.frames().stream().map(Frame::id).toList();
        long scorerSeed = random.nextLong();
        ScoringModel scoring = new ScoringModel(fit.method(), fit.projection(),
                scale, FrameBuilder.SIDE_THRESHOLD, topics.centroids(),
                Arrays.asList(frames.frameOfTopic()), frameIds, options.bootstrapSamples(),
                options.evidencePerSource(), scorerSeed, options.allVoices());
        return new Fitted(frames.frames(), List.of(axis), scored, List.copyOf(notes), scoring,
                guided ? anchors.sourcesA() : List.of(), guided ? anchors.sourcesB() : List.of());
    }

    private static KMeans.Clustering topics(Corpus corpus, AnalysisOptions options, SplittableRandom random) {
        SplittableRandom chooserRandom = random.split();
        int k = options.maxFrames() > 0
                ? Math.min(options.maxFrames(), corpus.size())
                : SilhouetteChooser.choose(corpus.vectors, SilhouetteChooser.MAX_K, chooserRandom);
        return KMeans.fit(corpus.vectors, k, random.split());
    }

    private static List<String> significanceNotes(Corpus corpus, PermutationTest.Result test) {
        List<String> notes = new ArrayList<>();
        String p = String.format(Locale.ROOT, "%.3g", test.pValue());
        if (corpus.sourceCount() < 2) {
            notes.add("only one source: no significant opposing frames found between sources (p = " + p + ")");
            return notes;
        }
        if (test.shuffledPassages()) {
            notes.add("every source has a single document, so the p-value shuffles passages between sources; "
                    + "passages of one document are alike, which makes this p-value optimistic");
        }
        if (test.pValue() > SIGNIFICANCE) {
            notes.add("no significant opposing frames found between sources (p = " + p + ")");
        }
        return notes;
    }
}
