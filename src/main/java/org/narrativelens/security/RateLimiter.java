package org.narrativelens.security;

import java.util.List;
import java.util.function.LongSupplier;

/** One token bucket per configured API key: one key's bucket never slows another's. */
final class RateLimiter {

    private final BucketArray buckets;

    RateLimiter(int perMinute, List<ApiKey> keys, LongSupplier clock) {
        this.buckets = new BucketArray(perMinute, keys.size(), "narrative-lens.security.rate-limit-per-minute",
                clock);
    }

    int perMinute() {
        return buckets.perMinute();
    }

    LimitDecision take(ApiKey key) {
        return buckets.take(key.position() - 1);
    }
}
