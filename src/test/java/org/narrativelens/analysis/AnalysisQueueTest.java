package org.narrativelens.analysis;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;
import org.narrativelens.analysis.AnalysisQueue.Claim;
import org.narrativelens.corpus.CorpusService;
import org.narrativelens.corpus.IngestionService;

/** Claims on the shared queue, on the real database: one claimant per job, and fenced writes after a lost lease. */
@QuarkusTest
class AnalysisQueueTest {

    @Inject
    AnalysisQueue queue;
    @Inject
    CorpusService corpora;
    @Inject
    IngestionService ingestion;

    @Test
    void workersRacingForTheSameJobsNeverShareOne() throws Exception {
        UUID corpus = Jobs.smallCorpus(corpora, ingestion, "race");
        List<UUID> jobs = new ArrayList<>();
        for (int i = 0; i < 24; i++) {
            // jobs nobody can run: if the service's own worker wins one, it fails it at once
            jobs.add(Jobs.insert(corpus, AnalysisStatus.queued, null, null, 0, Jobs.UNREADABLE_REQUEST));
        }
        ExecutorService pool = Executors.newFixedThreadPool(3);
        List<Claim> claims = new ArrayList<>();
        try {
            List<Future<List<Claim>>> racers = new ArrayList<>();
            for (int r = 0; r < 3; r++) {
                String owner = "racer-" + r;
                Callable<List<Claim>> race = () -> {
                    List<Claim> mine = new ArrayList<>();
                    for (List<Claim> got = queue.claim(owner, 2); !got.isEmpty(); got = queue.claim(owner, 2)) {
                        mine.addAll(got);
                    }
                    return mine;
                };
                racers.add(pool.submit(race));
            }
            for (Future<List<Claim>> racer : racers) {
                claims.addAll(racer.get());
            }
        } finally {
            pool.shutdownNow();
        }
        Set<UUID> claimed = new HashSet<>();
        for (Claim claim : claims) {
            assertTrue(claimed.add(claim.id()), "job " + claim.id() + " claimed twice");
            assertEquals(claim.owner(), Jobs.find(claim.id()).owner);
        }
        for (UUID id : jobs) {
            // the racers, or now and then the service's own worker, took each job exactly once
            assertEquals(1, Jobs.find(id).attempts, "claims of job " + id);
            Jobs.finish(id);
        }
        assertFalse(claimed.isEmpty());
        // jobs of other tests that a racer took go back to the queue untouched
        claims.stream().filter(claim -> !jobs.contains(claim.id())).forEach(queue::release);
    }

    @Test
    void aWorkerThatLostItsLeaseCanNoLongerWrite() {
        UUID corpus = Jobs.smallCorpus(corpora, ingestion, "fencing");
        UUID id = Jobs.insert(corpus, AnalysisStatus.running, "stale", OffsetDateTime.now().plusMinutes(10), 1,
                Jobs.UNREADABLE_REQUEST);
        try {
            assertTrue(queue.claim("someone-else", 5).stream().noneMatch(c -> c.id().equals(id)),
                    "a job under a live lease is not claimed");
            Claim stale = new Claim(id, "stale", 1);
            assertTrue(queue.renew(stale));
            // the stale worker pauses past its lease and a successor takes the job over, as claim() does
            Jobs.takeOver(id, "successor", 2);
            Claim fresh = new Claim(id, "successor", 2);

            assertFalse(queue.progress(stale, "embedding", 5, 10));
            assertFalse(queue.renew(stale));
            assertFalse(queue.fail(stale, "too late"));
            assertTrue(queue.progress(fresh, "embedding", 5, 10));
            assertTrue(queue.renew(fresh));
            Analysis job = Jobs.find(id);
            assertEquals("successor", job.owner);
            assertEquals(5, job.progressDone);
            assertNull(job.error);
        } finally {
            Jobs.finish(id);
        }
    }

    @Test
    void anOrderlyStopHandsTheJobBackWithoutCountingTheAttempt() {
        UUID corpus = Jobs.smallCorpus(corpora, ingestion, "release");
        UUID id = Jobs.insert(corpus, AnalysisStatus.running, "stopping", OffsetDateTime.now().plusMinutes(10), 2,
                Jobs.UNREADABLE_REQUEST);
        try {
            assertTrue(queue.release(new Claim(id, "stopping", 2)));
            Analysis job = Jobs.find(id);
            assertEquals(AnalysisStatus.queued, job.status);
            assertEquals(1, job.attempts);
            assertNull(job.owner);
        } finally {
            Jobs.finish(id);
        }
    }

    @Test
    void aTransientFailureLeavesTheJobToAnyWorkerAfterTheBackoffUntilTheAttemptsRunOut() throws Exception {
        UUID corpus = Jobs.smallCorpus(corpora, ingestion, "retry");
        UUID id = Jobs.insert(corpus, AnalysisStatus.running, "unlucky", OffsetDateTime.now().plusMinutes(10), 1,
                Jobs.UNREADABLE_REQUEST);
        try {
            assertFalse(queue.retryLater(new Claim(id, "someone-else", 1), "lost"), "fenced like every write");
            assertTrue(queue.retryLater(new Claim(id, "unlucky", 1), "database failure: connection reset"));
            Analysis job = Jobs.find(id);
            assertEquals(AnalysisStatus.running, job.status);
            assertEquals(1, job.attempts, "the failed attempt stays counted");
            assertNull(job.owner);
            assertEquals("retrying", job.stage);
            assertEquals("database failure: connection reset", job.error);
            assertTrue(job.leaseUntil.isAfter(OffsetDateTime.now()), "not before the backoff");
            assertTrue(queue.claim("early", 50).stream().noneMatch(c -> c.id().equals(id)), "waits for the backoff");
            // after the backoff a worker claims the job again; on its last attempt a failure is final
            Jobs.takeOver(id, "later", 3);
            assertFalse(queue.retryLater(new Claim(id, "later", 3), "again"), "the last attempt is not retried");
        } finally {
            Jobs.finish(id);
        }
    }
}
