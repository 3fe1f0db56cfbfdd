package org.narrativelens.security;

import java.util.function.LongSupplier;

/**
 * A fixed number of token buckets of one rate, made at start: memory is bounded whatever clients send. A rate of 0
 * turns limiting off and keeps no bucket.
 */
final class TokenBuckets {

    private final int perMinute;
    private final TokenBucket[] buckets;
    private final LongSupplier clock;

    /** @param property the setting the rate comes from, named when it is refused */
    TokenBuckets(int perMinute, int count, String property, LongSupplier clock) {
        if (perMinute < 0) {
            throw new IllegalArgumentException(property + ": " + perMinute + " is negative; 0 turns it off");
        }
        this.perMinute = perMinute;
        this.clock = clock;
        this.buckets = new TokenBucket[perMinute == 0 ? 0 : count];
        long now = clock.getAsLong();
        for (int i = 0; i < buckets.length; i++) {
            buckets[i] = new TokenBucket(perMinute, now);
        }
    }

    int perMinute() {
        return perMinute;
    }

    /** Takes a token from bucket {@code index} (0-based). */
    TokenBucket.Decision take(int index) {
        return perMinute == 0 ? TokenBucket.Decision.ALLOWED : buckets[index].take(clock.getAsLong());
    }
}
