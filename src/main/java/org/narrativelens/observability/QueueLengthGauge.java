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
 * Publishes the number of queued analyses as read from the database at each scrape, so that every replica reports
 * the shared queue and a restart loses nothing. Reads with plain JDBC: a scrape is no transaction of the service.
 */
@ApplicationScoped
public class QueueLengthGauge {

    private static final Logger LOG = Logger.getLogger(QueueLengthGauge.class);
    private static final String COUNT_QUEUED = "SELECT COUNT(*) FROM analysis WHERE status = 'queued'";

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
    }

    /** The queue length, or NaN when the database cannot be read (Prometheus then shows no value, not a zero). */
    double queued() {
        try (Connection connection = dataSource.getConnection();
                PreparedStatement statement = connection.prepareStatement(COUNT_QUEUED);
                ResultSet rows = statement.executeQuery()) {
            rows.next();
            return rows.getLong(1);
        } catch (SQLException e) {
            LOG.debugf(e, "Cannot count queued analyses");
            return Double.NaN;
        }
    }
}
