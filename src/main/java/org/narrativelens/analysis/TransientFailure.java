package org.narrativelens.analysis;

import java.sql.SQLException;
import java.sql.SQLRecoverableException;
import java.sql.SQLTimeoutException;
import java.sql.SQLTransientException;
import java.time.Duration;

/** Tells a database failure that may pass (connection lost, timeout, deadlock) from one that will recur. */
public final class TransientFailure {

    /** Each retry waits twice as long as the one before, up to this many doublings. */
    private static final int MAX_DOUBLINGS = 6;

    private TransientFailure() {
    }

    /**
     * Whether anything in the cause chain is a failure that a later attempt may not meet: the driver's transient
     * and recoverable kinds, and the SQL states of lost connections (08), rolled-back transactions and deadlocks
     * (40), insufficient resources (53), cancelled statements and server shutdown (57), and H2's lock and statement
     * timeouts (HYT00); also a transaction that its timeout rolled back.
     */
    public static boolean in(Throwable failure) {
        for (Throwable t = failure; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (t instanceof SQLTransientException || t instanceof SQLRecoverableException
                    || t instanceof SQLTimeoutException) {
                return true;
            }
            if (t instanceof SQLException sql && transientState(sql.getSQLState())) {
                return true;
            }
            String name = t.getClass().getName();
            if (name.equals("jakarta.transaction.RollbackException")
                    || name.equals("org.hibernate.exception.JDBCConnectionException")
                    || name.equals("jakarta.persistence.QueryTimeoutException")
                    || name.equals("jakarta.persistence.LockTimeoutException")
                    || name.equals("org.hibernate.QueryTimeoutException")) {
                return true;
            }
        }
        return false;
    }

    /** The wait before attempt {@code attempt + 1}: {@code base} after the first, doubling after each later one. */
    public static Duration backoff(Duration base, int attempt) {
        return base.multipliedBy(1L << Math.min(MAX_DOUBLINGS, Math.max(0, attempt - 1)));
    }

    /** The innermost message of the chain: the database's own words rather than the wrappers'. */
    public static String cause(Throwable failure) {
        String message = null;
        for (Throwable t = failure; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (t.getMessage() != null) {
                message = t.getMessage();
            }
        }
        return message == null ? failure.getClass().getSimpleName() : message;
    }

    private static boolean transientState(String state) {
        return state != null && (state.startsWith("08") || state.startsWith("40") || state.startsWith("53")
                || state.startsWith("57") || state.equals("HYT00"));
    }
}
