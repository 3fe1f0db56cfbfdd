package org.narrativelens.security;

import java.util.List;
import java.util.function.LongSupplier;

/**
 * One token bucket per configured API key, made at start: memory is bounded by the number of keys, whatever
 * clients send, and one key's bucket never slows another's.
 */
final class RateLimiter {

    private final int perMinute;
    private final TokenBucket[] buckets;
    private final LongSupplier clock;

    RateLimiter(int perMinute, List<ApiKey> keys, LongSupplier clock) {
        if (perMinute < 0) {
            throw new IllegalArgumentException(
                    "narrative-lens.security.rate-limit-per-minute: " + perMinute + " is negative; 0 turns it off");
        }
        this.perMinute = perMinute;
        this.clock = clock;
        long now = clock.getAsLong();
        this.buckets = new TokenBucket[keys.size()];
        for (int i = 0; i < buckets.length; i++) {
            buckets[i] = new TokenBucket(Math.max(perMinute, 1), now);
        }
    }

    int perMinute() {
        return perMinute;
    }

    TokenBucket.Decision take(ApiKey key) {
        if (perMinute == 0) {
            return TokenBucket.Decision.ALLOWED;
        }
        return buckets[key.position() - 1].take(clock.getAsLong());
    }
}
