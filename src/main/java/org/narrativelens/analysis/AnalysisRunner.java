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
import org.narrativelens.embed.EmbeddingCache;
import org.narrativelens.frames.AnalysisRequest;
import org.narrativelens.frames.FrameGuide;
import org.narrativelens.frames.NarrativeAnalyzer;
import org.narrativelens.frames.NarrativeMap;
import org.narrativelens.frames.PassageVector;
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
    private volatile boolean stopping;

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
            AnalysisResult result = analyse(id, job.corpusId, submission);
            metrics.timeStage("storing", () -> {
                String resultJson = writeJson(result);
                update(id, analysis -> {
                    analysis.status = AnalysisStatus.succeeded;
                    analysis.stage = "done";
                    analysis.result = resultJson;
                    analysis.modelName = result.model().name();
                    analysis.modelSha256 = result.model().sha256();
                    analysis.finishedAt = OffsetDateTime.now();
                });
                return null;
            });
            metrics.analysisFinished(AnalysisStatus.succeeded.name());
        } catch (Exception | OutOfMemoryError e) {
            if (stopping) {
                requeue(id);
                return;
            }
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

    private String writeJson(AnalysisResult result) {
        try {
            return json.writeValueAsString(result);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot serialise the result: " + e.getOriginalMessage(), e);
        }
    }

    private AnalysisResult analyse(UUID id, UUID corpusId, AnalysisSubmission submission) {
        stage(id, "loading", 0, 0);
        List<LoadedPassage> loaded = metrics.timeStage("loading", () -> passages.load(corpusId));
        // the passages, then what their speakers say: both are embedded (and cached) alike
        List<String> texts = new ArrayList<>(loaded.stream().map(LoadedPassage::text).toList());
        List<String> hashes = new ArrayList<>(loaded.stream().map(LoadedPassage::textHash).toList());
        int[] speechIndex = new int[loaded.size()];
        for (int i = 0; i < loaded.size(); i++) {
            LoadedPassage p = loaded.get(i);
            speechIndex[i] = p.speechText() == null ? -1 : texts.size();
            if (p.speechText() != null) {
                texts.add(p.speechText());
                hashes.add(p.speechHash());
            }
        }
        int total = texts.size();
        stage(id, "embedding", 0, total);
        float[][] vectors = metrics.timeStage("embedding", () -> embeddings.vectors(texts, hashes,
                done -> stage(id, "embedding", done, total)));
        List<PassageVector> input = new ArrayList<>(loaded.size());
        for (int i = 0; i < loaded.size(); i++) {
            LoadedPassage p = loaded.get(i);
            input.add(new PassageVector(p.passageId(), p.documentId(), p.source(), p.start(), p.end(), p.text(),
                    vectors[i], p.voice(), speechIndex[i] < 0 ? null : vectors[speechIndex[i]]));
        }
        stage(id, "analysing", total, total);
        AnalysisParameters parameters = AnalysisParameters.from(submission);
        NarrativeMap map = metrics.timeStage("analysing", () -> analyzer.analyze(
                new AnalysisRequest(input, guides(submission), parameters.anchors(), parameters.options())));
        return AnalysisResult.of(embeddings.model(), parameters, map, loaded);
    }

    private List<FrameGuide> guides(AnalysisSubmission submission) {
        if (submission.frames().isEmpty()) {
            return List.of();
        }
        float[][] vectors = embeddings.embedTransient(submission.frames().stream()
                .map(AnalysisSubmission.FrameDescription::description).toList());
        List<FrameGuide> guides = new ArrayList<>();
        for (int i = 0; i < vectors.length; i++) {
            AnalysisSubmission.FrameDescription frame = submission.frames().get(i);
            guides.add(new FrameGuide(frame.label().strip(), frame.description(), vectors[i]));
        }
        return guides;
    }

    /** From now on a failing job is taken for one cut short by the shutdown, not for a failed one. */
    void stopping() {
        stopping = true;
    }

    /**
     * Puts a job cut short by the shutdown back in the queue without counting the attempt; if the database is already
     * gone it stays "running", which the next start takes back too (counting the attempt).
     */
    private static void requeue(UUID id) {
        try {
            update(id, analysis -> {
                analysis.status = AnalysisStatus.queued;
                analysis.stage = null;
                analysis.attempts = Math.max(0, analysis.attempts - 1);
            });
            LOG.infof("Analysis %s was interrupted by the shutdown and is queued again", id);
        } catch (RuntimeException e) {
            LOG.infof("Analysis %s was interrupted by the shutdown; it is resumed at the next start", id);
        }
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
