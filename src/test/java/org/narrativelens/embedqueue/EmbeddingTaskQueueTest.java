package org.narrativelens.embedqueue;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.narrativelens.corpus.CorpusPassage;
import org.narrativelens.corpus.CorpusPassages;
import org.narrativelens.corpus.CorpusService;
import org.narrativelens.corpus.DocumentSubmission;
import org.narrativelens.corpus.EmbeddingTask;
import org.narrativelens.corpus.EmbeddingTaskQueue;
import org.narrativelens.corpus.EmbeddingTaskQueue.Claim;
import org.narrativelens.corpus.EmbeddingTaskQueue.Pending;
import org.narrativelens.corpus.IngestionService;
import org.narrativelens.security.Tenants;

/**
 * Ingestion queues its passages' embedding; a claim that lost its lease stores nothing, the claim that took the task
 * over stores it once; an analysis-side wait runs what is queued and reports what is left. (The background workers
 * are off in the test profile; SharedEmbeddingIT runs them in two processes.)
 */
@QuarkusTest
class EmbeddingTaskQueueTest {

    @Inject
    EmbeddingTaskQueue queue;
    @Inject
    EmbeddingTaskRunner runner;
    @Inject
    EmbeddingTaskWorker worker;
    @Inject
    CorpusService corpora;
    @Inject
    IngestionService ingestion;
    @Inject
    CorpusPassages passages;

    @Test
    void ingestionQueuesEveryPassageAndWhatItsSpeakersSay() {
        UUID corpus = corpus("queued");
        List<EmbeddingTask> tasks = tasks(corpus);
        assertEquals(1, tasks.size(), "a few passages: one chunk");
        EmbeddingTask task = tasks.get(0);
        List<CorpusPassages.LoadedPassage> loaded = passages.load(corpus);
        long speech = loaded.stream().filter(p -> p.speechText() != null).count();
        assertTrue(speech > 0, "the fixture quotes someone: " + loaded);
        assertEquals(loaded.size(), task.passages);
        assertEquals(loaded.size() + speech, task.texts, "passages and the speech embedded on its own");
        assertEquals("queued", task.status);
        long named = QuarkusTransaction.requiringNew().call(() -> CorpusPassage.count("embeddingTask", task.id));
        assertEquals(loaded.size(), named, "every passage names its task");
    }

    @Test
    void aClaimThatLostItsLeaseStoresNothingAndTheNextStoresOnce() {
        UUID corpus = corpus("fenced");
        Claim first = queue.claim("replica-a", corpus).orElseThrow();
        assertTrue(queue.claim("replica-b", corpus).isEmpty(), "held under a lease: nobody else gets it");
        expireLease(first.id());
        Claim second = queue.claim("replica-b", corpus).orElseThrow();
        assertEquals(first.id(), second.id());
        assertEquals(first.attempt() + 1, second.attempt());

        assertFalse(runner.run(first), "the first claim's write is refused");
        assertEquals(0, corpora.summary(Tenants.DEFAULT, corpus).orElseThrow().embedded(), "and stored no vector");
        assertFalse(queue.renew(first));
        assertTrue(runner.run(second));
        EmbeddingTask done = tasks(corpus).get(0);
        assertEquals("done", done.status);
        assertEquals("replica-b", done.finishedBy);
        assertEquals(done.texts, done.embedded, "each text stored once, by the claim that held the task");
        long passageCount = corpora.summary(Tenants.DEFAULT, corpus).orElseThrow().passages();
        assertEquals(passageCount, corpora.summary(Tenants.DEFAULT, corpus).orElseThrow().embedded());
        assertTrue(queue.claim("replica-a", corpus).isEmpty(), "a done task is never claimed again");
    }

    @Test
    void awaitingACorpusRunsItsTasksAndReportsWhatIsLeft() {
        UUID corpus = corpus("awaited");
        long texts = tasks(corpus).get(0).texts;
        List<Pending> heard = new ArrayList<>();
        worker.awaitCorpus(corpus, heard::add, () -> false);
        assertEquals(new Pending(1, texts), heard.get(0));
        assertEquals(new Pending(0, 0), heard.get(heard.size() - 1));
        EmbeddingTask done = tasks(corpus).get(0);
        assertEquals("done", done.status);
        assertEquals(worker.owner(), done.finishedBy);
        assertEquals(1, done.attempts);
    }

    private UUID corpus(String name) {
        UUID corpus = corpora.create(Tenants.DEFAULT, name).id();
        String nonce = UUID.randomUUID().toString().substring(0, 8);
        ingestion.ingest(Tenants.DEFAULT, corpus, List.of(
                new DocumentSubmission(null, "north-post", null, null, null, null,
                        "The ferry " + nonce + " will stop at the new pier from May.\n\n\"The pier " + nonce
                                + " will ruin the seagrass in the bay for decades,\" said resident June Ito."),
                new DocumentSubmission(null, "south-herald", null, null, null, null,
                        "Fares for the ferry " + nonce + " rise by ten percent.\n\nThe harbour board " + nonce
                                + " approved the pier on Tuesday.")));
        return corpus;
    }

    private static List<EmbeddingTask> tasks(UUID corpus) {
        return QuarkusTransaction.requiringNew().call(() -> EmbeddingTask.list("corpusId = ?1 order by id", corpus));
    }

    private static void expireLease(long task) {
        QuarkusTransaction.requiringNew().run(() -> EmbeddingTask.update("leaseUntil = ?1 where id = ?2",
                OffsetDateTime.now().minusMinutes(5), task));
    }
}
