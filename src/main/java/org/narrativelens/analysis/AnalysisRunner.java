package org.narrativelens.analysis;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.function.BooleanSupplier;
import org.jboss.logging.Logger;
import org.narrativelens.analysis.AnalysisQueue.Claim;
import org.narrativelens.corpus.CorpusPassages;
import org.narrativelens.corpus.CorpusPassages.LoadedPassage;
import org.narrativelens.embed.EmbedderClosedException;
import org.narrativelens.embed.EmbeddingCache;
import org.narrativelens.embedqueue.EmbeddingTaskWorker;
import org.narrativelens.frames.AnalysisRequest;
import org.narrativelens.frames.FrameGuide;
import org.narrativelens.frames.PassageVector;
import org.narrativelens.frames.ScoringModel;
import org.narrativelens.frames.StageClock;
import org.narrativelens.observability.PipelineMetrics;
import org.narrativelens.pipeline.PassageText;
import org.narrativelens.pipeline.Pipeline;
import org.narrativelens.pipeline.Statements;
import org.narrativelens.stance.NarrativeMap;

/**
 * Runs one claimed analysis job through the stages: load passages, run or await the corpus's embedding tasks queued
 * at ingestion, embed (what is still missing), read statements, find frames and axis, score, find narratives and
 * roles and combine stances with the claims, store. Each stage is timed under its name ({@code loading},
 * {@code awaiting-embedding}, {@code embedding}, {@code statements}, {@code analysing}, {@code narratives},
 * {@code storing}); loading, embedding (awaiting included) and statements report progress.
 */
@ApplicationScoped
public class AnalysisRunner {

    private static final Logger LOG = Logger.getLogger(AnalysisRunner.class);

    private final AnalysisQueue queue;
    private final CorpusPassages passages;
    private final EmbeddingCache embeddings;
    private final ObjectMapper json;
    private final PipelineMetrics metrics;
    private final Pipeline pipeline;
    private final EmbeddingTaskWorker embeddingTasks;

    public AnalysisRunner(AnalysisQueue queue, CorpusPassages passages, EmbeddingCache embeddings, ObjectMapper json,
                          PipelineMetrics metrics, Pipeline pipeline, EmbeddingTaskWorker embeddingTasks) {
        this.embeddingTasks = embeddingTasks;
        this.pipeline = pipeline;
        this.queue = queue;
        this.passages = passages;
        this.embeddings = embeddings;
        this.json = json;
        this.metrics = metrics;
    }

    /**
     * Runs the claimed job to its end: succeeded with the result, or failed with the reason. Stops without writing
     * when the claim no longer holds the job (another worker has it) or the process is stopping (the job goes back
     * to the queue).
     */
    public void run(Claim claim, BooleanSupplier stopping) {
        try {
            Analysis job = QuarkusTransaction.requiringNew().call(() -> Analysis.<Analysis>findById(claim.id()));
            AnalysisSubmission submission = json.readValue(job.request, AnalysisSubmission.class);
            Outcome outcome = analyse(claim, job.corpusId, submission, stopping);
            AnalysisResult result = outcome.result();
            boolean stored = metrics.timeStage("storing", () -> queue.succeed(claim, writeJson(result),
                    result.model(), outcome.scoring() == null ? null : writeJson(outcome.scoring())));
            if (stored) {
                metrics.analysisFinished(AnalysisStatus.succeeded.name());
            } else {
                LOG.warnf("Analysis %s: attempt %d lost its claim before storing; its result is discarded",
                        claim.id(), claim.attempt());
            }
        } catch (ClaimLostException e) {
            LOG.warnf("Analysis %s: attempt %d lost its claim during %s; stopped", claim.id(), claim.attempt(),
                    e.getMessage());
        } catch (Exception | OutOfMemoryError e) {
            if (stopping.getAsBoolean() || EmbedderClosedException.causedBy(e)) {
                LOG.infof("Analysis %s interrupted by shutdown; it goes back to the queue", claim.id());
                // the worker hands back what still runs when it stops; a job stopped earlier goes back here
                queue.release(claim);
                return;
            }
            failOrRetry(claim, e);
        }
    }

    /** A database failure that may pass is retried later (until the attempts run out); anything else fails the job. */
    private void failOrRetry(Claim claim, Throwable e) {
        boolean transientFailure = TransientFailure.in(e);
        String reason = transientFailure ? "database failure: " + TransientFailure.cause(e)
                : e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
        try {
            if (transientFailure && queue.retryLater(claim, reason)) {
                LOG.warnf("Analysis %s: attempt %d met a %s; it will be tried again", claim.id(), claim.attempt(),
                        reason);
                return;
            }
            LOG.errorf(e, "Analysis %s failed on attempt %d", claim.id(), claim.attempt());
            if (queue.fail(claim, reason)) {
                metrics.analysisFinished(AnalysisStatus.failed.name());
            }
        } catch (RuntimeException unreachable) {
            // the database is still away: the lease runs out and the job is claimed again as its next attempt
            LOG.warnf("Analysis %s: could not record the failure (%s); the lease will hand the job on", claim.id(),
                    TransientFailure.cause(unreachable));
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

    private Outcome analyse(Claim claim, UUID corpusId, AnalysisSubmission submission, BooleanSupplier stopping) {
        stage(claim, "loading", 0, 0);
        List<LoadedPassage> loaded = metrics.timeStage("loading", () -> passages.load(corpusId));
        List<PassageText> texts = loaded.stream().map(p -> new PassageText(p.passageId(), p.documentId(), p.source(),
                p.start(), p.end(), p.text(), p.voice(), p.speechText())).toList();
        int total = Pipeline.textsToEmbed(texts);
        stage(claim, "embedding", 0, total);
        // the corpus's chunks queued at ingestion first (run here, or awaited where other workers hold them): the
        // embedding stage then finds their vectors stored
        metrics.timeStage("awaiting-embedding", () -> {
            embeddingTasks.awaitCorpus(corpusId,
                    left -> stage(claim, "embedding", (int) Math.max(0, total - left.texts()), total), stopping);
            return null;
        });
        List<PassageVector> input = metrics.timeStage("embedding", () -> pipeline.embed(texts,
                done -> stage(claim, "embedding", done, total)));
        List<String> guideTexts = submission.frames().stream()
                .map(f -> f.description() == null ? String.join(" ", f.texts()) : f.description()).toList();
        stage(claim, "statements", 0, loaded.size());
        Statements read = metrics.timeStage("statements", () -> pipeline.statements(texts, guideTexts,
                submission.entities(), done -> stage(claim, "statements", done, loaded.size())));
        stage(claim, "analysing", total, total);
        AnalysisParameters parameters = AnalysisParameters.from(submission, read.parameters());
        NarrativeMap vectorMap = metrics.timeStage("analysing", () -> pipeline.analyse(
                new AnalysisRequest(input, guides(submission), parameters.anchors(), parameters.options()),
                StageClock.NONE));
        Pipeline.Narrated narrated = metrics.timeStage("narratives", () -> pipeline.narrate(vectorMap, read,
                parameters.anchors()));
        NarrativeMap map = narrated.map();
        return new Outcome(AnalysisResult.of(embeddings.model(), parameters, map, loaded, narrated.outcome(),
                read.entities()), map.scoring());
    }

    private List<FrameGuide> guides(AnalysisSubmission submission) {
        if (submission.frames().isEmpty()) {
            return List.of();
        }
        // Through the cache like passages: re-running a guided analysis does not embed its descriptions again.
        List<FrameGuide> guides = new ArrayList<>();
        for (AnalysisSubmission.FrameDescription frame : submission.frames()) {
            List<String> texts = frame.texts();
            float[][] vectors = pipeline.vectors(texts);
            guides.add(new FrameGuide(frame.label().strip(), String.join(" | ", texts), FrameGuide.mean(vectors)));
        }
        return guides;
    }

    private void stage(Claim claim, String stage, int done, int total) {
        if (!queue.progress(claim, stage, done, total)) {
            throw new ClaimLostException(stage);
        }
    }

    /** The job is no longer this run's: another worker claimed it after the lease ran out, or it was released. */
    private static final class ClaimLostException extends RuntimeException {
        ClaimLostException(String stage) {
            super(stage, null, false, false);
        }
    }
}
