package org.narrativelens.pipeline;

import java.util.ArrayList;
import java.util.List;
import java.util.function.IntConsumer;
import org.narrativelens.frames.AnalysisRequest;
import org.narrativelens.frames.FramePlacer;
import org.narrativelens.frames.PassageVector;
import org.narrativelens.frames.ScoredPassage;
import org.narrativelens.frames.ScoringModel;
import org.narrativelens.frames.StageClock;
import org.narrativelens.stance.Aggregate;
import org.narrativelens.stance.NarrativeAnalyzer;
import org.narrativelens.stance.NarrativeMap;
import org.narrativelens.stance.StanceScorer;
import org.narrativelens.text.Passage;

/**
 * The one path from documents to scores, shared by the analysis job, {@code POST /v1/analyses/{id}/score}, the
 * evaluation command and the benchmarks: segment (documents not stored; stored ones were segmented at ingestion),
 * embed each passage and what its speaker says, then either fit frames and axis ({@link #analyse}) or place the
 * passages on a saved analysis ({@link #place}); both aggregate through {@link StanceScorer#aggregate}, with the
 * same voice selection. Plain Java: the stages are given as interfaces.
 */
public final class Pipeline {

    private final Segmenter segmenter;
    private final VectorStore vectors;
    private final NarrativeAnalyzer analyzer = new NarrativeAnalyzer();

    public Pipeline(Segmenter segmenter, VectorStore vectors) {
        this.segmenter = segmenter;
        this.vectors = vectors;
    }

    public List<Passage> segment(String text) {
        return segmenter.passages(text);
    }

    /** Vectors of arbitrary texts (frame descriptions, action phrases) through the same store as passages. */
    public float[][] vectors(List<String> texts) {
        return vectors.vectors(texts, done -> { });
    }

    /**
     * The passages with their vectors, and for speech the vector of what is said. The passages are embedded first,
     * then the speech texts; {@code progress} counts both (their total is passages plus speech texts).
     */
    public List<PassageVector> embed(List<PassageText> passages, IntConsumer progress) {
        List<String> texts = new ArrayList<>(passages.size());
        passages.forEach(p -> texts.add(p.text()));
        int[] speechIndex = new int[passages.size()];
        for (int i = 0; i < passages.size(); i++) {
            String speech = passages.get(i).speech();
            speechIndex[i] = speech == null ? -1 : texts.size();
            if (speech != null) {
                texts.add(speech);
            }
        }
        float[][] embedded = vectors.vectors(texts, progress);
        List<PassageVector> result = new ArrayList<>(passages.size());
        for (int i = 0; i < passages.size(); i++) {
            PassageText p = passages.get(i);
            result.add(new PassageVector(p.passageId(), p.documentId(), p.source(), p.start(), p.end(), p.text(),
                    embedded[i], p.voice(), speechIndex[i] < 0 ? null : embedded[speechIndex[i]]));
        }
        return result;
    }

    /** How many texts {@link #embed} embeds for these passages: each passage and each speech apart from it. */
    public static int textsToEmbed(List<PassageText> passages) {
        return passages.size() + (int) passages.stream().filter(p -> p.speech() != null).count();
    }

    /** Fits topics, frames and the main axis on the passages and scores them. */
    public NarrativeMap analyse(AnalysisRequest request, StageClock clock) {
        return analyzer.analyze(request, clock);
    }

    /** Places passages on a finished analysis's frames and axis and aggregates them as the analysis did. */
    public Placed place(ScoringModel model, List<PassageVector> passages) {
        List<ScoredPassage> scored = new FramePlacer(model).place(passages);
        StanceScorer scorer = new StanceScorer(model.frameIds(), model.bootstrapSamples(), model.evidencePerSource(),
                model.seed());
        return new Placed(scored, scorer, scorer.aggregate(scored, model.allVoices()));
    }

    /** Passages placed on a saved analysis, their aggregate, and the scorer that made it (for further groupings). */
    public record Placed(List<ScoredPassage> passages, StanceScorer scorer, Aggregate aggregate) {
    }
}
