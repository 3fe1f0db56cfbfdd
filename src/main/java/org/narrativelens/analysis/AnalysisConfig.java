package org.narrativelens.analysis;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.time.Duration;

/** How analyses are run. */
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
}
