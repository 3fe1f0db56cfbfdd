package org.narrativelens.api;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.sql.SQLException;
import org.junit.jupiter.api.Test;

class DatabaseUnavailableTest {

    @Test
    void aConnectionStateAnywhereInTheChainCounts() {
        assertTrue(DatabaseUnavailable.causedBy(new RuntimeException(new SQLException("refused", "08001"))));
        assertTrue(DatabaseUnavailable.causedBy(new SQLException("Acquisition timeout while waiting for new connection")));
    }

    @Test
    void aLostConnectionAmongSuppressedExceptionsCounts() {
        AssertionError driverAssertion = new AssertionError("getAutoCommit() should not throw");
        driverAssertion.addSuppressed(new SQLException("This connection has been closed.", "08003"));
        assertTrue(DatabaseUnavailable.causedBy(new IllegalStateException("Could not commit transaction", driverAssertion)));
    }

    @Test
    void otherDatabaseErrorsDoNot() {
        assertFalse(DatabaseUnavailable.causedBy(new RuntimeException(new SQLException("duplicate key", "23505"))));
        assertFalse(DatabaseUnavailable.causedBy(new IllegalArgumentException("no database involved")));
    }
}
