package org.narrativelens.security;

import java.util.function.LongSupplier;

/**
 * Limits calls refused for a missing or invalid key, per client address, so that guessing keys is slow. Addresses
 * are hashed into a fixed number of token buckets: memory stays bounded whatever addresses clients come from, and two
 * addresses that share a bucket share its limit, which only ever slows callers that are already being refused. A
 * valid key never reaches this limiter.
 */
final class RefusalLimiter {

    static final int BUCKETS = 4096;

    private final int perMinute;
    private final TokenBucket[] buckets;
    private final LongSupplier clock;

    RefusalLimiter(int perMinute, LongSupplier clock) {
        if (perMinute < 0) {
            throw new IllegalArgumentException("narrative-lens.security.refused-calls-per-minute: " + perMinute
                    + " is negative; 0 turns it off");
        }
        this.perMinute = perMinute;
        this.clock = clock;
        this.buckets = new TokenBucket[perMinute == 0 ? 0 : BUCKETS];
        long now = clock.getAsLong();
        for (int i = 0; i < buckets.length; i++) {
            buckets[i] = new TokenBucket(perMinute, now);
        }
    }

    int perMinute() {
        return perMinute;
    }

    /** Counts one refused call from {@code address} (null when unknown: those share one bucket). */
    TokenBucket.Decision take(String address) {
        if (perMinute == 0) {
            return TokenBucket.Decision.ALLOWED;
        }
        int hash = address == null ? 0 : address.hashCode();
        return buckets[Math.floorMod(hash * 0x9E3779B9, BUCKETS)].take(clock.getAsLong());
    }
}
