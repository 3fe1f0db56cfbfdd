package org.narrativelens.embedqueue;

import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.time.Duration;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.BooleanSupplier;
import java.util.function.Consumer;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;
import org.narrativelens.ReplicaName;
import org.narrativelens.corpus.EmbeddingQueueConfig;
import org.narrativelens.corpus.EmbeddingTaskQueue;
import org.narrativelens.corpus.EmbeddingTaskQueue.Claim;
import org.narrativelens.corpus.EmbeddingTaskQueue.Pending;
import org.narrativelens.embed.EmbedderClosedException;
import org.narrativelens.embed.ModelState;

/**
 * Takes queued embedding tasks, of any corpus, on {@code narrative-lens.embedding.workers} threads and renews the
 * leases of every task this process holds; an analysis waiting for its corpus's tasks runs them here too
 * ({@link #awaitCorpus}). Tasks still held when the process stops go back to the queue.
 */
@ApplicationScoped
public class EmbeddingTaskWorker {

    private static final Logger LOG = Logger.getLogger(EmbeddingTaskWorker.class);
    /** How often an analysis waiting for tasks that other workers hold looks again. */
    private static final Duration AWAIT_POLL = Duration.ofMillis(250);

    private final EmbeddingTaskQueue queue;
    private final EmbeddingTaskRunner runner;
    private final EmbeddingQueueConfig config;
    private final ModelState model;
    private final String owner;
    private final Map<Long, Claim> held = new ConcurrentHashMap<>();
    private ScheduledExecutorService heartbeat;
    private ExecutorService pool;
    private volatile boolean stopping;

    public EmbeddingTaskWorker(EmbeddingTaskQueue queue, EmbeddingTaskRunner runner, EmbeddingQueueConfig config,
                               ModelState model,
                               @ConfigProperty(name = "narrative-lens.analysis.worker-id") Optional<String> name) {
        this.queue = queue;
        this.runner = runner;
        this.config = config;
        this.model = model;
        this.owner = ReplicaName.of(name);
    }

    void start(@Observes StartupEvent event) {
        heartbeat = Executors.newSingleThreadScheduledExecutor(task -> daemon(task, "embedding-heartbeat"));
        heartbeat.scheduleWithFixedDelay(this::renew, config.heartbeat().toMillis(), config.heartbeat().toMillis(),
                TimeUnit.MILLISECONDS);
        AtomicInteger counter = new AtomicInteger();
        pool = Executors.newFixedThreadPool(Math.max(1, config.workers()),
                task -> daemon(task, "embedding-worker-" + counter.incrementAndGet()));
        for (int i = 0; i < config.workers(); i++) {
            pool.execute(this::work);
        }
        LOG.infof("Embedding worker %s: %d threads, chunks of %d passages, lease %s, at ingestion: %s", owner,
                config.workers(), config.chunkSize(), config.lease(), config.atIngestion());
    }

    void stop(@Observes ShutdownEvent event) {
        stopping = true;
        heartbeat.shutdownNow();
        pool.shutdownNow();
        held.values().forEach(claim -> {
            try {
                queue.release(claim);
            } catch (RuntimeException e) {
                LOG.warnf("Could not hand embedding task %d back; it is taken again when its lease runs out",
                        claim.id());
            }
        });
    }

    public String owner() {
        return owner;
    }

    /**
     * Returns once no task of the corpus queued so far is left to embed: runs the corpus's claimable tasks on the
     * calling thread and waits for those that other workers hold (or abandon: their lease runs out and the task is
     * claimed here). {@code pending} hears what is left at each step.
     */
    public void awaitCorpus(UUID corpusId, Consumer<Pending> pending, BooleanSupplier stop) {
        long upTo = queue.newestTask(corpusId);
        while (true) {
            Pending left = queue.pending(corpusId, upTo);
            pending.accept(left);
            if (left.tasks() == 0) {
                return;
            }
            if (stop.getAsBoolean() || stopping) {
                throw new IllegalStateException("stopping while waiting for the corpus's embedding");
            }
            Optional<Claim> claim = queue.claim(owner, corpusId);
            if (claim.isPresent()) {
                runHeld(claim.get());
            } else if (!pause(AWAIT_POLL)) {
                throw new IllegalStateException("interrupted while waiting for the corpus's embedding");
            }
        }
    }

    private void work() {
        while (!stopping) {
            Optional<Claim> claim = Optional.empty();
            try {
                if (model.snapshot().phase() == ModelState.Phase.READY) {
                    queue.failExhausted();
                    claim = queue.claim(owner, null);
                }
            } catch (RuntimeException e) {
                LOG.warnf("Could not look for embedding tasks (%s); trying again in %s", e.getMessage(),
                        config.pollInterval());
            }
            if (claim.isPresent()) {
                runHeld(claim.get());
            } else if (!pause(config.pollInterval())) {
                return;
            }
        }
    }

    private void runHeld(Claim claim) {
        held.put(claim.id(), claim);
        try {
            runner.run(claim);
        } catch (RuntimeException e) {
            if (stopping || EmbedderClosedException.causedBy(e)) {
                quietly(() -> queue.release(claim));
                throw e;
            }
            String reason = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
            LOG.warnf(e, "Embedding task %d failed on attempt %d", claim.id(), claim.attempt());
            quietly(() -> queue.giveUp(claim, reason));
        } finally {
            held.remove(claim.id(), claim);
        }
    }

    private void renew() {
        for (Claim claim : held.values()) {
            try {
                if (!queue.renew(claim)) {
                    LOG.warnf("Embedding task %d: lease lost; its vectors will not be stored by %s", claim.id(), owner);
                }
            } catch (RuntimeException e) {
                LOG.warnf("Embedding task %d: could not renew the lease (%s)", claim.id(), e.getMessage());
            }
        }
    }

    /** False when interrupted (the process is stopping). */
    private static boolean pause(Duration duration) {
        try {
            Thread.sleep(duration.toMillis());
            return true;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }

    private static void quietly(Runnable write) {
        try {
            write.run();
        } catch (RuntimeException e) {
            LOG.warnf("Could not record the end of an embedding task (%s); its lease will hand it on",
                    e.getMessage());
        }
    }

    private static Thread daemon(Runnable task, String name) {
        Thread thread = new Thread(task, name);
        thread.setDaemon(true);
        return thread;
    }
}
