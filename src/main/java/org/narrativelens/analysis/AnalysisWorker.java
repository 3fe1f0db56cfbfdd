package org.narrativelens.analysis;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;
import org.jboss.logging.Logger;

/** Runs queued analyses on a bounded pool and, at start-up, takes back jobs that a stopped process left behind. */
@ApplicationScoped
public class AnalysisWorker {

    private static final Logger LOG = Logger.getLogger(AnalysisWorker.class);

    private final AnalysisRunner runner;
    private final AnalysisConfig config;
    private ExecutorService pool;

    public AnalysisWorker(AnalysisRunner runner, AnalysisConfig config) {
        this.runner = runner;
        this.config = config;
    }

    void start(@Observes StartupEvent event) {
        AtomicInteger counter = new AtomicInteger();
        pool = Executors.newFixedThreadPool(config.workers(), task -> {
            Thread thread = new Thread(task, "analysis-worker-" + counter.incrementAndGet());
            thread.setDaemon(true);
            return thread;
        });
        resumeInterrupted();
    }

    /** Running jobs are interrupted and left resumable (see {@link AnalysisRunner#stopping()}); queued ones stay queued. */
    void stop(@Observes ShutdownEvent event) {
        runner.stopping();
        pool.shutdownNow();
    }

    public CompletableFuture<Void> enqueue(UUID id) {
        return CompletableFuture.runAsync(() -> runner.run(id), pool);
    }

    /**
     * Jobs left running by a stopped process are queued again, or failed once they have used up their attempts; every
     * queued job is then handed to the pool. Runs at start-up, when no job of this process is running.
     */
    List<CompletableFuture<Void>> resumeInterrupted() {
        List<UUID> queued = QuarkusTransaction.requiringNew().call(() -> {
            for (Analysis interrupted : Analysis.<Analysis>list("status", AnalysisStatus.running)) {
                if (interrupted.attempts >= config.maxAttempts()) {
                    interrupted.status = AnalysisStatus.failed;
                    interrupted.error = "interrupted " + interrupted.attempts + " times before finishing; not retried";
                    interrupted.finishedAt = OffsetDateTime.now();
                } else {
                    interrupted.status = AnalysisStatus.queued;
                }
            }
            List<UUID> ids = Analysis.<Analysis>list("status = ?1 order by createdAt", AnalysisStatus.queued)
                    .stream().map(analysis -> analysis.id).toList();
            if (!ids.isEmpty()) {
                LOG.infof("Resuming %d queued analyses", ids.size());
            }
            return ids;
        });
        return queued.stream().map(this::enqueue).toList();
    }
}
