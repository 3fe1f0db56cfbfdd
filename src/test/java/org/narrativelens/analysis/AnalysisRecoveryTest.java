package org.narrativelens.analysis;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.narrativelens.corpus.CorpusService;
import org.narrativelens.corpus.DocumentSubmission;
import org.narrativelens.corpus.IngestionService;
import org.narrativelens.security.Tenants;

/** Jobs that a stopped process left running are re-run, or failed once they have used up their attempts. */
@QuarkusTest
class AnalysisRecoveryTest {

    @Inject
    CorpusService corpora;
    @Inject
    IngestionService ingestion;
    @Inject
    AnalysisWorker worker;

    @Test
    void anInterruptedJobIsRunAgainAndOneInterruptedTooOftenFails() throws Exception {
        UUID corpus = corpora.create(Tenants.DEFAULT, "recovery").id;
        ingestion.ingest(corpus, List.of(
                new DocumentSubmission(null, "north-post", null, null, null, null,
                        "The bridge reopened after repairs. Drivers welcomed the shorter commute."),
                new DocumentSubmission(null, "south-herald", null, null, null, null,
                        "The bridge repairs ran over budget. Residents question the contractor.")));
        UUID interrupted = leftRunning(corpus, 1);
        UUID exhausted = leftRunning(corpus, 3);

        CompletableFuture.allOf(worker.resumeInterrupted().toArray(CompletableFuture[]::new)).get(120, TimeUnit.SECONDS);

        Analysis rerun = find(interrupted);
        assertEquals(AnalysisStatus.succeeded, rerun.status);
        assertEquals(2, rerun.attempts);
        assertNotNull(rerun.result);
        Analysis failed = find(exhausted);
        assertEquals(AnalysisStatus.failed, failed.status);
        assertEquals("interrupted 3 times before finishing; not retried", failed.error);
    }

    private static UUID leftRunning(UUID corpus, int attempts) {
        Analysis analysis = new Analysis();
        analysis.id = UUID.randomUUID();
        analysis.corpusId = corpus;
        analysis.tenant = Tenants.DEFAULT;
        analysis.status = AnalysisStatus.running;
        analysis.stage = "embedding";
        analysis.attempts = attempts;
        analysis.request = "{\"frames\":[],\"anchors\":{},\"options\":null}";
        analysis.createdAt = OffsetDateTime.now();
        analysis.startedAt = analysis.createdAt;
        QuarkusTransaction.requiringNew().run(analysis::persist);
        return analysis.id;
    }

    private static Analysis find(UUID id) {
        return QuarkusTransaction.requiringNew().call(() -> Analysis.<Analysis>findById(id));
    }
}
