package org.narrativelens.observability;

import io.agroal.api.AgroalDataSource;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import org.jboss.logging.Logger;

/**
 * Publishes the number of queued analyses and of queued embedding tasks as read from the database at each scrape, so
 * that every replica reports the shared queues (what an autoscaler should follow) and a restart loses nothing. Reads
 * with plain JDBC: a scrape is no transaction of the service.
 */
@ApplicationScoped
public class QueueLengthGauge {

    private static final Logger LOG = Logger.getLogger(QueueLengthGauge.class);
    private static final String COUNT_QUEUED = "SELECT COUNT(*) FROM analysis WHERE status = 'queued'";
    private static final String COUNT_TASKS_QUEUED = "SELECT COUNT(*) FROM embedding_task WHERE status = 'queued'";

    private final AgroalDataSource dataSource;
    private final MeterRegistry registry;

    public QueueLengthGauge(AgroalDataSource dataSource, MeterRegistry registry) {
        this.dataSource = dataSource;
        this.registry = registry;
    }

    void register(@Observes StartupEvent event) {
        Gauge.builder(PipelineMetrics.ANALYSES_QUEUED, this, QueueLengthGauge::queued)
                .description("Analyses waiting for a worker (status queued, all replicas)")
                .register(registry);
        Gauge.builder(PipelineMetrics.EMBEDDING_TASKS_QUEUED, this, gauge -> gauge.count(COUNT_TASKS_QUEUED))
                .description("Embedding tasks queued at ingestion waiting for a worker (all replicas)")
                .register(registry);
    }

    /** The queue length, or NaN when the database cannot be read (Prometheus then shows no value, not a zero). */
    double queued() {
        return count(COUNT_QUEUED);
    }

    private double count(String sql) {
        try (Connection connection = dataSource.getConnection();
                PreparedStatement statement = connection.prepareStatement(sql);
                ResultSet rows = statement.executeQuery()) {
            rows.next();
            return rows.getLong(1);
        } catch (SQLException e) {
            LOG.debugf(e, "Cannot count: %s", sql);
            return Double.NaN;
        }
    }
}
