package org.narrativelens.analysis;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.hibernate.orm.panache.Panache;
import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.Optional;
import java.util.UUID;
import org.narrativelens.InvalidInputException;
import org.narrativelens.corpus.CorpusService;
import org.narrativelens.corpus.CorpusSummary;
import org.narrativelens.corpus.IngestionLimits;

/**
 * Accepts analysis requests, stores them as queued jobs for the workers, and reports where they are. Look-ups are
 * scoped to a tenant: another tenant's corpus or analysis is indistinguishable from one that does not exist.
 */
@ApplicationScoped
public class AnalysisService {

    private static final long WAIT_POLL_MILLIS = 100;

    private final CorpusService corpora;
    private final AnalysisWorker worker;
    private final ObjectMapper json;
    private final IngestionLimits limits;

    public AnalysisService(CorpusService corpora, AnalysisWorker worker, ObjectMapper json, IngestionLimits limits) {
        this.corpora = corpora;
        this.worker = worker;
        this.json = json;
        this.limits = limits;
    }

    /** A queued job and the future that completes when it finishes; empty when the tenant has no such corpus. */
    public Optional<Submitted> submit(String tenant, UUID corpusId, AnalysisSubmission submission) {
        Optional<CorpusSummary> corpus = corpora.summary(tenant, corpusId);
        if (corpus.isEmpty()) {
            return Optional.empty();
        }
        if (corpus.get().passages() == 0) {
            throw new InvalidInputException("corpus", "corpus " + corpusId + " has no passages to analyse yet");
        }
        AnalysisSubmission valid = new SubmissionValidator(corpora.sources(tenant, corpusId),
                limits.maxFramesPerAnalysis()).validate(submission);
        Analysis analysis = new Analysis();
        analysis.id = UUID.randomUUID();
        analysis.corpusId = corpusId;
        analysis.tenant = tenant;
        analysis.status = AnalysisStatus.queued;
        analysis.request = toJson(valid);
        analysis.createdAt = OffsetDateTime.now();
        // Committed before the client hears of it: an accepted job survives a crash of this process.
        QuarkusTransaction.requiringNew().run(analysis::persist);
        worker.wake();
        return Optional.of(new Submitted(analysis.id, corpus.get().passages()));
    }

    /** The tenant's analysis with this id; empty when there is none or it belongs to another tenant. */
    @Transactional
    public Optional<StoredAnalysis> find(String tenant, UUID id) {
        return Analysis.<Analysis>find("id = ?1 and tenant = ?2", id, tenant).firstResultOptional()
                .map(StoredAnalysis::of);
    }

    /** Where the tenant's job is, without its result; empty when there is none or it is another tenant's. */
    @Transactional
    public Optional<JobState> state(String tenant, UUID id) {
        return Panache.getEntityManager().createQuery("select new org.narrativelens.analysis.JobState(a.id, a.status,"
                        + " a.stage, a.progressDone, a.progressTotal, a.attempts, a.error) from Analysis a"
                        + " where a.id = ?1 and a.tenant = ?2", JobState.class)
                .setParameter(1, id).setParameter(2, tenant).getResultStream().findFirst();
    }

    /**
     * The tenant's succeeded analysis, for what is computed from its result; empty when there is none or it is
     * another tenant's.
     *
     * @param purpose what only a succeeded analysis has ("can score documents"), for the refusal's detail
     * @throws AnalysisNotReadyException when the analysis has not succeeded
     */
    @Transactional
    public Optional<Finished> finished(String tenant, UUID id, String purpose) {
        return find(tenant, id).map(analysis -> {
            if (analysis.status() != AnalysisStatus.succeeded) {
                throw new AnalysisNotReadyException("analysis " + id + " is " + analysis.status() + "; only a"
                        + " succeeded analysis " + purpose);
            }
            AnalysisScoring scoring = AnalysisScoring.findById(id);
            return new Finished(id, analysis.corpusId(), analysis.result(),
                    scoring == null ? null : new SavedScoring(scoring.modelName, scoring.scoring));
        });
    }

    /**
     * Waits until the tenant's job has finished, wherever it runs (this process or another replica), or until the
     * timeout; returns its last known state.
     */
    public Optional<JobState> awaitFinished(String tenant, UUID id, Duration timeout) throws InterruptedException {
        long deadline = System.nanoTime() + timeout.toNanos();
        Optional<JobState> state = state(tenant, id);
        while (state.isPresent() && !state.get().status().finished() && System.nanoTime() < deadline) {
            Thread.sleep(WAIT_POLL_MILLIS);
            state = state(tenant, id);
        }
        return state;
    }

    private String toJson(AnalysisSubmission submission) {
        try {
            return json.writeValueAsString(submission);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("An analysis request always serialises", e);
        }
    }

    /**
     * A succeeded analysis: its corpus, its result as JSON, and the scoring model it saved (null for an empty corpus
     * or one analysed before scoring existed).
     */
    public record Finished(UUID id, UUID corpusId, String result, SavedScoring scoring) {
    }

    /** A saved scoring model as JSON ({@link org.narrativelens.frames.ScoringModel}) and the model it embeds with. */
    public record SavedScoring(String modelName, String json) {
    }

    /** A stored job: its id and the corpus size it was asked on. */
    public record Submitted(UUID id, long passages) {
    }
}
