package org.narrativelens.analysis;

import io.quarkus.narayana.jta.QuarkusTransaction;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;
import org.narrativelens.corpus.CorpusService;
import org.narrativelens.corpus.DocumentSubmission;
import org.narrativelens.corpus.IngestionService;
import org.narrativelens.security.Tenants;

/** Analysis rows written straight to the database, as a queue's other users or a dead worker would leave them. */
final class Jobs {

    /** A request that any worker can run: no frames, no anchors, default options. */
    static final String PLAIN_REQUEST = "{\"frames\":[],\"anchors\":{},\"options\":null}";
    /** A request a worker fails at once, for tests that care about claims rather than results. */
    static final String UNREADABLE_REQUEST = "not json";

    private Jobs() {
    }

    static UUID smallCorpus(CorpusService corpora, IngestionService ingestion, String name) {
        UUID corpus = corpora.create(Tenants.DEFAULT, name).id();
        ingestion.ingest(Tenants.DEFAULT, corpus, List.of(
                new DocumentSubmission(null, "north-post", null, null, null, null,
                        "The bridge reopened after repairs. Drivers welcomed the shorter commute."),
                new DocumentSubmission(null, "south-herald", null, null, null, null,
                        "The bridge repairs ran over budget. Residents question the contractor.")));
        return corpus;
    }

    static UUID insert(UUID corpus, AnalysisStatus status, String owner, OffsetDateTime leaseUntil, int attempts,
                       String request) {
        Analysis analysis = new Analysis();
        analysis.id = UUID.randomUUID();
        analysis.corpusId = corpus;
        analysis.tenant = Tenants.DEFAULT;
        analysis.status = status;
        analysis.owner = owner;
        analysis.leaseUntil = leaseUntil;
        analysis.attempts = attempts;
        analysis.stage = status == AnalysisStatus.running ? "embedding" : null;
        analysis.request = request;
        analysis.createdAt = OffsetDateTime.now();
        analysis.startedAt = status == AnalysisStatus.running ? analysis.createdAt : null;
        QuarkusTransaction.requiringNew().run(analysis::persist);
        return analysis.id;
    }

    static Analysis find(UUID id) {
        return QuarkusTransaction.requiringNew().call(() -> Analysis.<Analysis>findById(id));
    }

    /** Ends a job the test no longer needs, so that no worker picks it up later. */
    static void finish(UUID id) {
        QuarkusTransaction.requiringNew().run(() -> Analysis.update(
                "status = ?1, owner = null, leaseUntil = null, finishedAt = ?2 where id = ?3",
                AnalysisStatus.failed, OffsetDateTime.now(), id));
    }

    static void takeOver(UUID id, String owner, int attempt) {
        QuarkusTransaction.requiringNew().run(() -> Analysis.update(
                "owner = ?1, attempts = ?2, leaseUntil = ?3 where id = ?4",
                owner, attempt, OffsetDateTime.now().plusMinutes(10), id));
    }
}
