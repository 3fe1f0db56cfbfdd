package org.narrativelens.analysis;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.narrativelens.corpus.CorpusService;
import org.narrativelens.corpus.IngestionService;
import org.narrativelens.security.Tenants;

/**
 * Jobs whose worker died (lease run out) are run again by a live worker, or failed once they have used up their
 * attempts; a job whose worker is alive (lease still running) is left to it.
 */
@QuarkusTest
class AnalysisRecoveryTest {

    @Inject
    CorpusService corpora;
    @Inject
    IngestionService ingestion;
    @Inject
    AnalysisWorker worker;
    @Inject
    AnalysisService analyses;

    @Test
    void anAbandonedJobIsRunAgainAndOneAbandonedTooOftenFails() throws Exception {
        UUID corpus = Jobs.smallCorpus(corpora, ingestion, "recovery");
        OffsetDateTime expired = OffsetDateTime.now().minusMinutes(1);
        UUID interrupted = Jobs.insert(corpus, AnalysisStatus.running, "dead-worker", expired, 1, Jobs.PLAIN_REQUEST);
        UUID exhausted = Jobs.insert(corpus, AnalysisStatus.running, "dead-worker", expired, 3, Jobs.PLAIN_REQUEST);
        UUID beforeLeases = Jobs.insert(corpus, AnalysisStatus.running, null, null, 1, Jobs.PLAIN_REQUEST);
        UUID alive = Jobs.insert(corpus, AnalysisStatus.running, "live-replica", OffsetDateTime.now().plusMinutes(10),
                1, Jobs.PLAIN_REQUEST);
        try {
            worker.wake();
            for (UUID id : new UUID[] {interrupted, exhausted, beforeLeases}) {
                JobState state = analyses.awaitFinished(Tenants.DEFAULT, id, Duration.ofSeconds(120)).orElseThrow();
                assertTrue(state.status().finished(), "job " + id + " finished: " + state);
            }

            Analysis rerun = Jobs.find(interrupted);
            assertEquals(AnalysisStatus.succeeded, rerun.status);
            assertEquals(2, rerun.attempts);
            assertNotNull(rerun.result);
            assertEquals(null, rerun.owner, "a finished job has no owner");
            Analysis failed = Jobs.find(exhausted);
            assertEquals(AnalysisStatus.failed, failed.status);
            assertEquals("interrupted 3 times before finishing; not retried", failed.error);
            assertEquals(AnalysisStatus.succeeded, Jobs.find(beforeLeases).status,
                    "a job left running without a lease (stored before leases existed) is taken too");
            Analysis untouched = Jobs.find(alive);
            assertEquals(AnalysisStatus.running, untouched.status);
            assertEquals("live-replica", untouched.owner);
            assertEquals(1, untouched.attempts);
        } finally {
            Jobs.finish(alive);
        }
    }
}
