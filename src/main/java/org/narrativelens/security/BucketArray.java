package org.narrativelens.security;

import io.github.bucket4j.Bucket;
import io.github.bucket4j.ConsumptionProbe;
import io.github.bucket4j.TimeMeter;
import java.time.Duration;
import java.util.function.LongSupplier;

/**
 * A fixed number of Bucket4j token buckets of one rate (up to {@code perMinute} calls at once, refilled at
 * {@code perMinute} a minute), made at start: memory is bounded whatever clients send. A rate of 0 turns limiting off
 * and keeps no bucket. Time comes from the caller in nanoseconds, so tests need not wait.
 */
final class BucketArray {

    private final int perMinute;
    private final Bucket[] buckets;

    /** @param property the setting the rate comes from, named when it is refused */
    BucketArray(int perMinute, int count, String property, LongSupplier clock) {
        if (perMinute < 0) {
            throw new IllegalArgumentException(property + ": " + perMinute + " is negative; 0 turns it off");
        }
        this.perMinute = perMinute;
        this.buckets = new Bucket[perMinute == 0 ? 0 : count];
        TimeMeter time = new TimeMeter() {
            @Override
            public long currentTimeNanos() {
                return clock.getAsLong();
            }

            @Override
            public boolean isWallClockBased() {
                return false;
            }
        };
        for (int i = 0; i < buckets.length; i++) {
            buckets[i] = Bucket.builder()
                    .addLimit(limit -> limit.capacity(perMinute).refillGreedy(perMinute, Duration.ofMinutes(1)))
                    .withCustomTimePrecision(time)
                    .build();
        }
    }

    int perMinute() {
        return perMinute;
    }

    /** Takes a token from bucket {@code index} (0-based). */
    LimitDecision take(int index) {
        if (perMinute == 0) {
            return LimitDecision.ALLOWED;
        }
        ConsumptionProbe probe = buckets[index].tryConsumeAndReturnRemaining(1);
        return probe.isConsumed() ? LimitDecision.ALLOWED : LimitDecision.refused(probe.getNanosToWaitForRefill());
    }
}
