package org.narrativelens.analysis;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Consumer;
import org.jboss.logging.Logger;
import org.narrativelens.analysis.CorpusPassages.LoadedPassage;
import org.narrativelens.corpus.ContentHash;
import org.narrativelens.embed.EmbeddingCache;
import org.narrativelens.frames.AnalysisRequest;
import org.narrativelens.frames.FrameGuide;
import org.narrativelens.frames.NarrativeAnalyzer;
import org.narrativelens.frames.NarrativeMap;
import org.narrativelens.frames.PassageVector;
import org.narrativelens.frames.ScoringModel;
import org.narrativelens.observability.PipelineMetrics;

/**
 * Runs one analysis job through the stages: load passages, embed, find frames and axis, score, store. Each stage is
 * timed under its progress name ({@code loading}, {@code embedding}, {@code analysing}, {@code storing}).
 */
@ApplicationScoped
public class AnalysisRunner {

    private static final Logger LOG = Logger.getLogger(AnalysisRunner.class);

    private final CorpusPassages passages;
    private final EmbeddingCache embeddings;
    private final ObjectMapper json;
    private final PipelineMetrics metrics;
    private final NarrativeAnalyzer analyzer = new NarrativeAnalyzer();

    public AnalysisRunner(CorpusPassages passages, EmbeddingCache embeddings, ObjectMapper json,
            PipelineMetrics metrics) {
        this.passages = passages;
        this.embeddings = embeddings;
        this.json = json;
        this.metrics = metrics;
    }

    public void run(UUID id) {
        if (!claim(id)) {
            return;
        }
        try {
            Analysis job = QuarkusTransaction.requiringNew().call(() -> Analysis.<Analysis>findById(id));
            AnalysisSubmission submission = json.readValue(job.request, AnalysisSubmission.class);
            Outcome outcome = analyse(id, job.corpusId, submission);
            AnalysisResult result = outcome.result();
            metrics.timeStage("storing", () -> {
                String resultJson = writeJson(result);
                String scoringJson = outcome.scoring() == null ? null : writeJson(outcome.scoring());
                update(id, analysis -> {
                    analysis.status = AnalysisStatus.succeeded;
                    analysis.stage = "done";
                    analysis.result = resultJson;
                    analysis.modelName = result.model().name();
                    analysis.modelSha256 = result.model().sha256();
                    analysis.finishedAt = OffsetDateTime.now();
                    if (scoringJson != null) {
                        AnalysisScoring.save(id, result.model().name(), scoringJson);
                    }
                });
                return null;
            });
            metrics.analysisFinished(AnalysisStatus.succeeded.name());
        } catch (Exception | OutOfMemoryError e) {
            LOG.errorf(e, "Analysis %s failed", id);
            String reason = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
            update(id, analysis -> {
                analysis.status = AnalysisStatus.failed;
                analysis.error = reason;
                analysis.finishedAt = OffsetDateTime.now();
            });
            metrics.analysisFinished(AnalysisStatus.failed.name());
        }
    }

    private String writeJson(Object result) {
        try {
            return json.writeValueAsString(result);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot serialise the result: " + e.getOriginalMessage(), e);
        }
    }

    /** The served result and what scoring new documents against it needs (null for an empty corpus). */
    private record Outcome(AnalysisResult result, ScoringModel scoring) {
    }

    private Outcome analyse(UUID id, UUID corpusId, AnalysisSubmission submission) {
        stage(id, "loading", 0, 0);
        List<LoadedPassage> loaded = metrics.timeStage("loading", () -> passages.load(corpusId));
        int total = loaded.size();
        stage(id, "embedding", 0, total);
        float[][] vectors = metrics.timeStage("embedding", () -> embeddings.vectors(
                loaded.stream().map(LoadedPassage::text).toList(),
                loaded.stream().map(LoadedPassage::textHash).toList(),
                done -> stage(id, "embedding", done, total)));
        List<PassageVector> input = new ArrayList<>(total);
        for (int i = 0; i < total; i++) {
            LoadedPassage p = loaded.get(i);
            input.add(new PassageVector(p.passageId(), p.documentId(), p.source(), p.start(), p.end(), p.text(),
                    vectors[i]));
        }
        stage(id, "analysing", total, total);
        AnalysisParameters parameters = AnalysisParameters.from(submission);
        NarrativeMap map = metrics.timeStage("analysing", () -> analyzer.analyze(
                new AnalysisRequest(input, guides(submission), parameters.anchors(), parameters.options())));
        return new Outcome(AnalysisResult.of(embeddings.model(), parameters, map, loaded), map.scoring());
    }

    private List<FrameGuide> guides(AnalysisSubmission submission) {
        if (submission.frames().isEmpty()) {
            return List.of();
        }
        // Through the cache like passages: re-running a guided analysis does not embed its descriptions again.
        List<String> descriptions = submission.frames().stream()
                .map(AnalysisSubmission.FrameDescription::description).toList();
        float[][] vectors = embeddings.vectors(descriptions, descriptions.stream().map(ContentHash::sha256).toList(),
                done -> { });
        List<FrameGuide> guides = new ArrayList<>();
        for (int i = 0; i < vectors.length; i++) {
            AnalysisSubmission.FrameDescription frame = submission.frames().get(i);
            guides.add(new FrameGuide(frame.label().strip(), frame.description(), vectors[i]));
        }
        return guides;
    }

    /** Takes a queued job; false when another worker has it or it is finished. */
    private boolean claim(UUID id) {
        return QuarkusTransaction.requiringNew().call(() -> Analysis.update(
                "status = ?1, attempts = attempts + 1, startedAt = ?2, stage = 'starting' where id = ?3 and status = ?4",
                AnalysisStatus.running, OffsetDateTime.now(), id, AnalysisStatus.queued) == 1);
    }

    private void stage(UUID id, String stage, int done, int total) {
        update(id, analysis -> {
            analysis.stage = stage;
            analysis.progressDone = done;
            analysis.progressTotal = total;
        });
    }

    private static void update(UUID id, Consumer<Analysis> change) {
        QuarkusTransaction.requiringNew().run(() -> change.accept(Analysis.findById(id)));
    }
}
