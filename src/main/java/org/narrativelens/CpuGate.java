package org.narrativelens;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Bounds how many requests run CPU-heavy work (segmenting a document, embedding passages) at once, by default one per
 * processor. The others wait for a turn without using the CPU, within their deadline, so that cheap reads are not
 * time-sliced behind dozens of runnable threads: on 2 cores, 50 clients made a 3 ms corpus list take over a second.
 */
@ApplicationScoped
public class CpuGate {

    private final Semaphore turns;

    public CpuGate(@ConfigProperty(name = "narrative-lens.limits.cpu-heavy-requests", defaultValue = "0") int turns) {
        this.turns = new Semaphore(turns > 0 ? turns : Runtime.getRuntime().availableProcessors(), true);
    }

    /** Runs {@code work} in a turn; {@link Deadline.Exceeded} when no turn comes before the deadline. */
    public <T> T run(Deadline deadline, String doing, Supplier<T> work) {
        try {
            if (!turns.tryAcquire(Math.max(0, deadline.remainingNanos()), TimeUnit.NANOSECONDS)) {
                throw deadline.exceeded("waiting to start " + doing);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw deadline.exceeded("waiting to start " + doing);
        }
        try {
            return work.get();
        } finally {
            turns.release();
        }
    }
}
