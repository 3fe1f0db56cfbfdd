package org.narrativelens.analysis;

import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.OffsetDateTime;
import org.junit.jupiter.api.Test;
import org.narrativelens.DatabaseClock;

/** The database's clock, read on H2 and PostgreSQL alike, agrees with this machine's and moves forward. */
@QuarkusTest
class DatabaseClockTest {

    @Inject
    DatabaseClock clock;

    @Test
    void theDatabaseTellsTheTimeAndItMovesOn() throws InterruptedException {
        OffsetDateTime first = QuarkusTransaction.requiringNew().call(clock::now);
        Duration apart = Duration.between(OffsetDateTime.now(), first).abs();
        assertTrue(apart.compareTo(Duration.ofSeconds(5)) < 0, "database and JVM clocks " + apart + " apart here");
        Thread.sleep(20);
        OffsetDateTime second = QuarkusTransaction.requiringNew().call(clock::now);
        assertTrue(second.isAfter(first), first + " then " + second);
    }
}
