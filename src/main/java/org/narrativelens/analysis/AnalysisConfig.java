package org.narrativelens.analysis;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.time.Duration;
import java.util.Optional;

/** How analyses are queued, claimed and run. */
@ConfigMapping(prefix = "narrative-lens.analysis")
public interface AnalysisConfig {

    /** Corpora up to this many passages may be answered inline with {@code ?wait=true}. */
    @WithDefault("2000")
    int waitMaxPassages();

    /** How long {@code ?wait=true} waits before answering 202 instead. */
    @WithDefault("120s")
    Duration waitTimeout();

    /** Analyses run at once by this process; the rest wait in the queue. */
    @WithDefault("1")
    int workers();

    /** Starts per job before an interrupted job is failed instead of re-run. */
    @WithDefault("3")
    int maxAttempts();

    /**
     * How long a job waits before it is tried again after a database failure that may pass; doubled after each
     * further attempt. The job fails, with the cause, once {@link #maxAttempts()} attempts have failed.
     */
    @WithDefault("5s")
    Duration retryBackoff();

    /** How long a claim holds a job without a heartbeat; a job whose worker died is taken again after this. */
    @WithDefault("30s")
    Duration lease();

    /** How often a worker renews the leases of the jobs it runs; well below {@link #lease()}. */
    @WithDefault("10s")
    Duration heartbeat();

    /** How often an idle worker looks for queued jobs (a job submitted to this process is taken at once). */
    @WithDefault("2s")
    Duration pollInterval();

    /** How often the event stream of a job reads its progress. */
    @WithDefault("500ms")
    Duration eventsInterval();

    /** This process's name as the owner of the jobs it runs; by default the host name and a random suffix. */
    Optional<String> workerId();
}
