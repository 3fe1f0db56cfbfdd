package org.narrativelens.security;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;

class RateLimiterTest {

    private static final ApiKey ALPHA = new ApiKey(1, "alpha");
    private static final ApiKey BETA = new ApiKey(2, "beta");
    private static final long SECOND = 1_000_000_000L;

    private final AtomicLong now = new AtomicLong(5 * SECOND);

    @Test
    void allowsABurstOfTheLimitThenRefusesWithTheWaitForTheNextCall() {
        RateLimiter limiter = new RateLimiter(60, List.of(ALPHA, BETA), now::get);
        for (int i = 0; i < 60; i++) {
            assertTrue(limiter.take(ALPHA).allowed(), "call " + i);
        }
        LimitDecision refused = limiter.take(ALPHA);
        assertFalse(refused.allowed());
        assertEquals(1, refused.retryAfterSeconds());

        now.addAndGet(SECOND / 2);
        assertEquals(new LimitDecision(false, 1), limiter.take(ALPHA));
        now.addAndGet(SECOND / 2);
        assertTrue(limiter.take(ALPHA).allowed());
        assertFalse(limiter.take(ALPHA).allowed());
    }

    @Test
    void retryAfterIsRoundedUpToWholeSeconds() {
        RateLimiter limiter = new RateLimiter(4, List.of(ALPHA), now::get);
        for (int i = 0; i < 4; i++) {
            limiter.take(ALPHA);
        }
        assertEquals(new LimitDecision(false, 15), limiter.take(ALPHA));
        now.addAndGet(14 * SECOND + 1);
        assertEquals(new LimitDecision(false, 1), limiter.take(ALPHA));
        now.addAndGet(SECOND);
        assertTrue(limiter.take(ALPHA).allowed());
    }

    @Test
    void oneKeyPastItsLimitDoesNotSlowAnother() {
        RateLimiter limiter = new RateLimiter(3, List.of(ALPHA, BETA), now::get);
        for (int i = 0; i < 10; i++) {
            limiter.take(ALPHA);
        }
        assertFalse(limiter.take(ALPHA).allowed());
        for (int i = 0; i < 3; i++) {
            assertTrue(limiter.take(BETA).allowed());
        }
    }

    @Test
    void anIdleKeyRefillsOnlyUpToTheLimit() {
        RateLimiter limiter = new RateLimiter(5, List.of(ALPHA), now::get);
        now.addAndGet(3600 * SECOND);
        int allowed = 0;
        for (int i = 0; i < 20; i++) {
            allowed += limiter.take(ALPHA).allowed() ? 1 : 0;
        }
        assertEquals(5, allowed);
    }

    @Test
    void zeroTurnsLimitingOffAndANegativeLimitIsRefused() {
        RateLimiter off = new RateLimiter(0, List.of(ALPHA), now::get);
        for (int i = 0; i < 10_000; i++) {
            assertTrue(off.take(ALPHA).allowed());
        }
        assertThrows(IllegalArgumentException.class, () -> new RateLimiter(-1, List.of(ALPHA), now::get));
    }

    @Test
    void concurrentCallsNeverGetMoreThanTheLimit() throws InterruptedException {
        RateLimiter limiter = new RateLimiter(1000, List.of(ALPHA), now::get);
        AtomicInteger allowed = new AtomicInteger();
        ExecutorService pool = Executors.newFixedThreadPool(8);
        CountDownLatch start = new CountDownLatch(1);
        for (int t = 0; t < 8; t++) {
            pool.execute(() -> {
                try {
                    start.await();
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    return;
                }
                for (int i = 0; i < 500; i++) {
                    if (limiter.take(ALPHA).allowed()) {
                        allowed.incrementAndGet();
                    }
                }
            });
        }
        start.countDown();
        pool.shutdown();
        assertTrue(pool.awaitTermination(30, TimeUnit.SECONDS));
        assertEquals(1000, allowed.get());
    }
}
