package org.narrativelens.analysis;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.OffsetDateTime;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import org.narrativelens.InvalidInputException;
import org.narrativelens.corpus.CorpusService;
import org.narrativelens.corpus.CorpusSummary;

/**
 * Accepts analysis requests, stores them as queued jobs and hands them to the worker. Look-ups are scoped to a
 * tenant: another tenant's corpus or analysis is indistinguishable from one that does not exist.
 */
@ApplicationScoped
public class AnalysisService {

    private final CorpusService corpora;
    private final AnalysisWorker worker;
    private final ObjectMapper json;

    public AnalysisService(CorpusService corpora, AnalysisWorker worker, ObjectMapper json) {
        this.corpora = corpora;
        this.worker = worker;
        this.json = json;
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
        AnalysisSubmission valid = new SubmissionValidator(corpora.sources(tenant, corpusId)).validate(submission);
        Analysis analysis = new Analysis();
        analysis.id = UUID.randomUUID();
        analysis.corpusId = corpusId;
        analysis.tenant = tenant;
        analysis.status = AnalysisStatus.queued;
        analysis.request = toJson(valid);
        analysis.createdAt = OffsetDateTime.now();
        QuarkusTransaction.requiringNew().run(analysis::persist);
        return Optional.of(new Submitted(analysis.id, corpus.get().passages(), worker.enqueue(analysis.id)));
    }

    /** The tenant's analysis with this id; empty when there is none or it belongs to another tenant. */
    @Transactional
    public Optional<Analysis> find(String tenant, UUID id) {
        return Analysis.<Analysis>find("id = ?1 and tenant = ?2", id, tenant).firstResultOptional();
    }

    private String toJson(AnalysisSubmission submission) {
        try {
            return json.writeValueAsString(submission);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("An analysis request always serialises", e);
        }
    }

    /** A stored job: its id, the corpus size it was asked on, and completion of its run. */
    public record Submitted(UUID id, long passages, CompletableFuture<Void> completion) {
    }
}
