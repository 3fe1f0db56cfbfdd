package org.narrativelens.analysis;

import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.jboss.logging.Logger;
import org.narrativelens.ReplicaName;
import org.narrativelens.analysis.AnalysisQueue.Claim;
import org.narrativelens.embed.ModelState;

/**
 * Takes queued analyses from the database and runs at most {@code narrative-lens.analysis.workers} of them at once,
 * renewing their leases while they run. Jobs whose worker died (in this process before a restart, or in another
 * replica) are taken again once their lease runs out, or failed after their last allowed attempt.
 */
@ApplicationScoped
public class AnalysisWorker {

    private static final Logger LOG = Logger.getLogger(AnalysisWorker.class);

    private final AnalysisQueue queue;
    private final AnalysisRunner runner;
    private final AnalysisConfig config;
    private final ModelState model;
    private final String owner;
    private final Map<UUID, Claim> running = new ConcurrentHashMap<>();
    private ScheduledExecutorService scheduler;
    private ExecutorService pool;
    private volatile boolean stopping;

    public AnalysisWorker(AnalysisQueue queue, AnalysisRunner runner, AnalysisConfig config, ModelState model) {
        this.queue = queue;
        this.runner = runner;
        this.config = config;
        this.model = model;
        this.owner = ReplicaName.of(config.workerId());
    }

    void start(@Observes StartupEvent event) {
        AtomicInteger counter = new AtomicInteger();
        pool = Executors.newFixedThreadPool(config.workers(), task -> daemon(task,
                "analysis-worker-" + counter.incrementAndGet()));
        // One thread both claims and renews, so the two never race within this process.
        scheduler = Executors.newSingleThreadScheduledExecutor(task -> daemon(task, "analysis-dispatcher"));
        scheduler.scheduleWithFixedDelay(this::dispatch, 0, config.pollInterval().toMillis(), TimeUnit.MILLISECONDS);
        scheduler.scheduleWithFixedDelay(this::heartbeat, config.heartbeat().toMillis(),
                config.heartbeat().toMillis(), TimeUnit.MILLISECONDS);
        LOG.infof("Analysis worker %s: %d at once, lease %s", owner, config.workers(), config.lease());
    }

    /** Jobs still running go back to the queue, where another replica (or this one after a restart) takes them. */
    void stop(@Observes ShutdownEvent event) {
        stopping = true;
        scheduler.shutdownNow();
        running.values().forEach(claim -> {
            try {
                queue.release(claim);
            } catch (RuntimeException e) {
                LOG.warnf("Could not hand analysis %s back to the queue; it is taken again when its lease runs out",
                        claim.id());
            }
        });
        pool.shutdownNow();
    }

    /** Looks for work now instead of at the next poll, for a job just submitted to this process. */
    public void wake() {
        try {
            scheduler.execute(this::dispatch);
        } catch (RejectedExecutionException stopped) {
            // shutting down: the job stays queued for the next process
        }
    }

    public String owner() {
        return owner;
    }

    private void dispatch() {
        // a closed model (the process was told to stop) could only hand each job straight back to the queue
        if (stopping || model.snapshot().phase() == ModelState.Phase.CLOSED) {
            return;
        }
        try {
            int failed = queue.failExhausted();
            if (failed > 0) {
                LOG.warnf("Failed %d analyses interrupted on their last allowed attempt", failed);
            }
            List<Claim> claims = queue.claim(owner, config.workers() - running.size());
            for (Claim claim : claims) {
                LOG.infof("Analysis %s: attempt %d on %s", claim.id(), claim.attempt(), owner);
                running.put(claim.id(), claim);
                pool.execute(() -> run(claim));
            }
        } catch (RuntimeException e) {
            LOG.warnf(e, "Could not look for queued analyses; trying again in %s", config.pollInterval());
        }
    }

    private void run(Claim claim) {
        try {
            runner.run(claim, () -> stopping);
        } finally {
            // only this claim: after a lost lease the same job may run here again under a newer claim
            running.remove(claim.id(), claim);
            wake();
        }
    }

    private void heartbeat() {
        for (Claim claim : running.values()) {
            try {
                if (!queue.renew(claim)) {
                    LOG.warnf("Analysis %s: lease lost (taken by another worker); its result will be discarded",
                            claim.id());
                }
            } catch (RuntimeException e) {
                LOG.warnf(e, "Analysis %s: could not renew the lease", claim.id());
            }
        }
    }

    private static Thread daemon(Runnable task, String name) {
        Thread thread = new Thread(task, name);
        thread.setDaemon(true);
        return thread;
    }
}
