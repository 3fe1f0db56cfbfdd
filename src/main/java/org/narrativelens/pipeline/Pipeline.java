package org.narrativelens.pipeline;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.IntConsumer;
import org.narrativelens.frames.AnalysisRequest;
import org.narrativelens.frames.FramePlacer;
import org.narrativelens.frames.PassageVector;
import org.narrativelens.frames.ScoredPassage;
import org.narrativelens.frames.ScoringModel;
import org.narrativelens.frames.StageClock;
import org.narrativelens.narratives.ClaimRule;
import org.narrativelens.narratives.NarrativeAnalysis;
import org.narrativelens.narratives.NarrativeOutcome;
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
 * same voice selection. The statement stage reads the passages' statements ({@link #statements}); the narrative
 * layer combines an analysis's stances with them ({@link #narrate}), and a saved claim axis places new documents'
 * claims ({@link #claims}). Plain Java: the stages are given as interfaces.
 */
public final class Pipeline {

    private final Segmenter segmenter;
    private final VectorStore vectors;
    private final StatementReader statements;
    private final NarrativeAnalyzer analyzer = new NarrativeAnalyzer();
    private final NarrativeAnalysis narratives = new NarrativeAnalysis();

    public Pipeline(Segmenter segmenter, VectorStore vectors, StatementReader statements) {
        this.segmenter = segmenter;
        this.vectors = vectors;
        this.statements = statements;
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

    /**
     * The statement stage: the statements of the passages and of the guides' texts, resolved to entities with the
     * alias hints; {@code progress} is told the passages read so far.
     */
    public Statements statements(List<PassageText> passages, List<String> guideTexts,
                                 Map<String, List<String>> aliasHints, IntConsumer progress) {
        return statements.read(passages, guideTexts, aliasHints, progress);
    }

    /**
     * The narrative layer on an analysis: narratives and roles from the statements read, and the analysis's map with
     * each stance combined with its claims on the narrative pair standing for the axis (when one does).
     */
    public Narrated narrate(NarrativeMap analysed, Statements read, Map<String, List<String>> anchors) {
        NarrativeOutcome outcome = narratives.run(read.statements(), read.guides(), this::vectors, anchors,
                analysed.sources());
        return new Narrated(NarrativeAnalysis.apply(analysed, outcome, read.statements(), read.passageSpans()),
                outcome);
    }

    /** An analysis's map combined with its claims, and what the narrative layer found. */
    public record Narrated(NarrativeMap map, NarrativeOutcome outcome) {
    }

    /**
     * What passages scored against a finished analysis claim on its saved claim axis ({@code rule}; null when it has
     * none): their statements read with the axis's entities and aliases ({@code entities}) as hints; leans by
     * document and by source.
     */
    public ScoredClaims.Leans claims(ClaimRule rule, Map<String, List<String>> entities, List<PassageText> passages,
                                     IntConsumer progress) {
        return ScoredClaims.of(rule, entities, passages, statements, this::vectors, progress);
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
