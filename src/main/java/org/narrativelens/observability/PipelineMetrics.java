package org.narrativelens.observability;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.function.Supplier;

/**
 * The service's own meters, named once here so that the README, the dashboards and the tests agree. Prometheus
 * shows them with dots as underscores, counters with {@code _total} and timers with {@code _seconds}.
 */
@ApplicationScoped
public class PipelineMetrics {

    public static final String DOCUMENTS_INGESTED = "narrativelens.documents.ingested";
    public static final String PASSAGES_EMBEDDED = "narrativelens.passages.embedded";
    public static final String PASSAGES_REUSED = "narrativelens.passages.embedding.reused";
    public static final String ANALYSIS_STAGE = "narrativelens.analysis.stage";
    public static final String ANALYSES_FINISHED = "narrativelens.analyses.finished";
    public static final String ANALYSES_QUEUED = "narrativelens.analyses.queued";
    public static final String EMBEDDING_TASKS_QUEUED = "narrativelens.embedding.tasks.queued";

    private final MeterRegistry registry;

    public PipelineMetrics(MeterRegistry registry) {
        this.registry = registry;
    }

    /** Documents of a request by what became of them: {@code accepted}, {@code duplicate} or {@code rejected}. */
    public void documents(String outcome, int count) {
        if (count > 0) {
            Counter.builder(DOCUMENTS_INGESTED).description("Documents submitted for ingestion, by outcome")
                    .tag("outcome", outcome).register(registry).increment(count);
        }
    }

    /** Passages whose vectors the model computed. */
    public void passagesEmbedded(String model, int count) {
        if (count > 0) {
            Counter.builder(PASSAGES_EMBEDDED).description("Passages embedded by the model (embedding cache misses)")
                    .tag("model", model).register(registry).increment(count);
        }
    }

    /** Passages whose vectors came from the embedding cache. */
    public void passagesReused(String model, int count) {
        if (count > 0) {
            Counter.builder(PASSAGES_REUSED).description("Passages whose stored vector was reused (cache hits)")
                    .tag("model", model).register(registry).increment(count);
        }
    }

    /** Runs one stage of an analysis and records how long it took, whether it succeeded or threw. */
    public <T> T timeStage(String stage, Supplier<T> work) {
        Timer.Sample sample = Timer.start(registry);
        try {
            return work.get();
        } finally {
            sample.stop(Timer.builder(ANALYSIS_STAGE).description("Duration of each stage of an analysis")
                    .tag("stage", stage).register(registry));
        }
    }

    /** An analysis ended with this status ({@code succeeded} or {@code failed}). */
    public void analysisFinished(String status) {
        Counter.builder(ANALYSES_FINISHED).description("Analyses finished, by final status")
                .tag("status", status).register(registry).increment();
    }
}
