package org.narrativelens.corpus;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.time.Duration;

/** How vectors are stored, and how embedding is queued at ingestion and claimed by any replica's workers. */
@ConfigMapping(prefix = "narrative-lens.embedding")
public interface EmbeddingQueueConfig {

    /** Queue the embedding of new passages when they are stored; off, analyses embed them as they run. */
    @WithDefault("true")
    boolean atIngestion();

    /** Passages per queued task: a worker claims, embeds and stores one task in one transaction. */
    @WithDefault("256")
    int chunkSize();

    /** Threads of this process that take queued tasks (0: this replica leaves them to others and to analyses). */
    @WithDefault("1")
    int workers();

    /** How long a claim holds a task without a heartbeat; a task whose worker died is taken again after this. */
    @WithDefault("30s")
    Duration lease();

    /** How often the leases of the tasks this process holds are renewed; well below {@link #lease()}. */
    @WithDefault("10s")
    Duration heartbeat();

    /** How often an idle worker looks for queued tasks. */
    @WithDefault("1s")
    Duration pollInterval();

    /** Claims per task before it is given up (its passages are then embedded by the analyses that need them). */
    @WithDefault("3")
    int maxAttempts();

    /** Limit of each look-up (500 hashes) and each write of vectors. */
    @WithDefault("30s")
    Duration transactionTimeout();
}
