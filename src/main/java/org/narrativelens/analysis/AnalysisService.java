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

/** Accepts analysis requests, stores them as queued jobs for the workers, and reports where they are. */
@ApplicationScoped
public class AnalysisService {

    private static final long WAIT_POLL_MILLIS = 100;

    private final CorpusService corpora;
    private final AnalysisWorker worker;
    private final ObjectMapper json;

    public AnalysisService(CorpusService corpora, AnalysisWorker worker, ObjectMapper json) {
        this.corpora = corpora;
        this.worker = worker;
        this.json = json;
    }

    /** A queued job and the future that completes when it finishes; empty when the corpus does not exist. */
    public Optional<Submitted> submit(UUID corpusId, AnalysisSubmission submission) {
        Optional<CorpusSummary> corpus = corpora.summary(corpusId);
        if (corpus.isEmpty()) {
            return Optional.empty();
        }
        if (corpus.get().passages() == 0) {
            throw new InvalidInputException("corpus", "corpus " + corpusId + " has no passages to analyse yet");
        }
        AnalysisSubmission valid = new SubmissionValidator(corpora.sources(corpusId)).validate(submission);
        Analysis analysis = new Analysis();
        analysis.id = UUID.randomUUID();
        analysis.corpusId = corpusId;
        analysis.status = AnalysisStatus.queued;
        analysis.request = toJson(valid);
        analysis.createdAt = OffsetDateTime.now();
        // Committed before the client hears of it: an accepted job survives a crash of this process.
        QuarkusTransaction.requiringNew().run(analysis::persist);
        worker.wake();
        return Optional.of(new Submitted(analysis.id, corpus.get().passages()));
    }

    @Transactional
    public Optional<Analysis> find(UUID id) {
        return Analysis.findByIdOptional(id);
    }

    /** Where a job is, without its result; empty when there is no such job. */
    @Transactional
    public Optional<JobState> state(UUID id) {
        return Panache.getEntityManager().createQuery("select new org.narrativelens.analysis.JobState(a.id, a.status,"
                        + " a.stage, a.progressDone, a.progressTotal, a.attempts, a.error) from Analysis a where a.id = ?1",
                        JobState.class)
                .setParameter(1, id).getResultStream().findFirst();
    }

    /**
     * Waits until the job has finished, wherever it runs (this process or another replica), or until the timeout;
     * returns its last known state.
     */
    public Optional<JobState> awaitFinished(UUID id, Duration timeout) throws InterruptedException {
        long deadline = System.nanoTime() + timeout.toNanos();
        Optional<JobState> state = state(id);
        while (state.isPresent() && !state.get().status().finished() && System.nanoTime() < deadline) {
            Thread.sleep(WAIT_POLL_MILLIS);
            state = state(id);
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

    /** A stored job: its id and the corpus size it was asked on. */
    public record Submitted(UUID id, long passages) {
    }
}
