package org.narrativelens.security;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;

class RefusalLimiterTest {

    @Test
    void eachAddressHasItsOwnRateAndItRefills() {
        AtomicLong now = new AtomicLong();
        RefusalLimiter limiter = new RefusalLimiter(2, now::get);
        assertTrue(limiter.take("192.0.2.1").allowed());
        assertTrue(limiter.take("192.0.2.1").allowed());
        assertFalse(limiter.take("192.0.2.1").allowed());
        assertTrue(limiter.take("192.0.2.99").allowed(), "another address is not slowed");
        now.addAndGet(30_000_000_000L);
        assertTrue(limiter.take("192.0.2.1").allowed(), "one call back after half a minute at two a minute");
    }

    @Test
    void zeroTurnsItOffAndNoBucketIsKept() {
        RefusalLimiter limiter = new RefusalLimiter(0, () -> 0);
        for (int i = 0; i < 1000; i++) {
            assertTrue(limiter.take("192.0.2.1").allowed());
        }
    }
}
