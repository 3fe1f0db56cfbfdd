package org.narrativelens;

import io.quarkus.hibernate.orm.panache.Panache;
import jakarta.enterprise.context.ApplicationScoped;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;

/**
 * The database's current time. Leases are written by one replica and judged by another, so they are measured on
 * the clock they all share rather than on each replica's own, which may drift.
 */
@ApplicationScoped
public class DatabaseClock {

    /** The database's time now; call inside a transaction. */
    public OffsetDateTime now() {
        Object now = Panache.getEntityManager().createNativeQuery("select current_timestamp").getSingleResult();
        if (now instanceof OffsetDateTime time) {
            return time;
        }
        if (now instanceof Timestamp time) {
            return time.toInstant().atOffset(ZoneOffset.UTC);
        }
        if (now instanceof Instant time) {
            return time.atOffset(ZoneOffset.UTC);
        }
        if (now instanceof java.time.ZonedDateTime time) {
            return time.toOffsetDateTime();
        }
        throw new IllegalStateException("the database answered current_timestamp with " + now.getClass());
    }
}
