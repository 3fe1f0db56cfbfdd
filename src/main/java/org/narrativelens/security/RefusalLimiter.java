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

    private final BucketArray buckets;

    RefusalLimiter(int perMinute, LongSupplier clock) {
        this.buckets = new BucketArray(perMinute, BUCKETS, "narrative-lens.security.refused-calls-per-minute", clock);
    }

    int perMinute() {
        return buckets.perMinute();
    }

    /** Counts one refused call from {@code address} (null when unknown: those share one bucket). */
    LimitDecision take(String address) {
        int hash = address == null ? 0 : address.hashCode();
        return buckets.take(Math.floorMod(hash * 0x9E3779B9, BUCKETS));
    }
}
