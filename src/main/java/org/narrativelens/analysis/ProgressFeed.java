package org.narrativelens.analysis;

import io.smallrye.mutiny.Multi;
import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicReference;
import org.jboss.logging.Logger;

/**
 * Follows a job's state in the database and emits every change until the job has finished; a finished job gives its
 * final state at once. Reading the database rather than this process's memory follows jobs that another replica runs.
 */
@ApplicationScoped
public class ProgressFeed {

    private static final Logger LOG = Logger.getLogger(ProgressFeed.class);

    private final AnalysisService analyses;
    private final AnalysisConfig config;
    private final ScheduledExecutorService readers = Executors.newScheduledThreadPool(2, task -> {
        Thread thread = new Thread(task, "analysis-progress-feed");
        thread.setDaemon(true);
        return thread;
    });

    public ProgressFeed(AnalysisService analyses, AnalysisConfig config) {
        this.analyses = analyses;
        this.config = config;
    }

    /** The tenant's job, as it changes; ends when the job has finished (or is not the tenant's). */
    public Multi<JobState> follow(String tenant, UUID id) {
        return Multi.createFrom().emitter(emitter -> {
            AtomicReference<JobState> last = new AtomicReference<>();
            AtomicReference<ScheduledFuture<?>> task = new AtomicReference<>();
            AtomicBoolean ended = new AtomicBoolean();
            task.set(readers.scheduleWithFixedDelay(() -> {
                if (ended.get() || emitter.isCancelled()) {
                    // the first read may end the stream before its own task is known: it is stopped here
                    ended.set(true);
                    Optional.ofNullable(task.get()).ifPresent(t -> t.cancel(false));
                    return;
                }
                try {
                    Optional<JobState> state = analyses.state(tenant, id);
                    if (state.isPresent() && !state.get().equals(last.getAndSet(state.get()))) {
                        emitter.emit(state.get());
                    }
                    if (state.isEmpty() || state.get().status().finished()) {
                        ended.set(true);
                        emitter.complete();
                    }
                } catch (RuntimeException e) {
                    LOG.debugf(e, "Could not read the state of analysis %s; trying again", id);
                }
            }, 0, config.eventsInterval().toMillis(), TimeUnit.MILLISECONDS));
            emitter.onTermination(() -> {
                ended.set(true);
                task.get().cancel(false);
            });
        });
    }

    @PreDestroy
    void close() {
        readers.shutdownNow();
    }
}
