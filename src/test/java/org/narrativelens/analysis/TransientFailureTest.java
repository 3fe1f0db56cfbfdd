package org.narrativelens.analysis;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.sql.SQLException;
import java.sql.SQLTransientConnectionException;
import java.time.Duration;
import org.junit.jupiter.api.Test;

/** Which database failures are retried, and how long each retry waits. */
class TransientFailureTest {

    @Test
    void lostConnectionsTimeoutsAndDeadlocksMayPass() {
        assertTrue(TransientFailure.in(new RuntimeException(new SQLException("I/O error", "08006"))));
        assertTrue(TransientFailure.in(new IllegalStateException("wrapped",
                new RuntimeException(new SQLException("canceling statement", "57014")))));
        assertTrue(TransientFailure.in(new SQLException("Timeout trying to lock table", "HYT00")));
        assertTrue(TransientFailure.in(new SQLException("deadlock detected", "40P01")));
        assertTrue(TransientFailure.in(new SQLTransientConnectionException("pool exhausted")));
    }

    @Test
    void brokenDataAndBugsDoNot() {
        assertFalse(TransientFailure.in(new SQLException("duplicate key", "23505")));
        assertFalse(TransientFailure.in(new SQLException("no state")));
        assertFalse(TransientFailure.in(new IllegalArgumentException("bad request")));
    }

    @Test
    void theWaitDoublesAfterEachAttemptUpToALimit() {
        Duration base = Duration.ofSeconds(5);
        assertEquals(Duration.ofSeconds(5), TransientFailure.backoff(base, 1));
        assertEquals(Duration.ofSeconds(10), TransientFailure.backoff(base, 2));
        assertEquals(Duration.ofSeconds(20), TransientFailure.backoff(base, 3));
        assertEquals(Duration.ofSeconds(320), TransientFailure.backoff(base, 40));
    }

    @Test
    void theCauseIsTheDatabasesOwnWords() {
        assertEquals("I/O error", TransientFailure.cause(
                new RuntimeException("wrapper", new SQLException("I/O error", "08006"))));
    }
}
