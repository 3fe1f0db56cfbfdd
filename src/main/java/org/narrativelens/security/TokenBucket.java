package org.narrativelens.security;

/**
 * A token bucket: holds up to {@code capacity} calls and refills at {@code capacity} per minute. Thread-safe; time
 * comes from the caller, in nanoseconds, so it can be tested without waiting.
 */
final class TokenBucket {

    private static final double NANOS_PER_MINUTE = 60e9;

    private final int capacity;
    private final double tokensPerNano;
    private double tokens;
    private long updatedAt;

    TokenBucket(int capacity, long now) {
        this.capacity = capacity;
        this.tokensPerNano = capacity / NANOS_PER_MINUTE;
        this.tokens = capacity;
        this.updatedAt = now;
    }

    /** Takes one token; when there is none, how long until there is. */
    synchronized Decision take(long now) {
        if (now > updatedAt) {
            tokens = Math.min(capacity, tokens + (now - updatedAt) * tokensPerNano);
            updatedAt = now;
        }
        if (tokens >= 1) {
            tokens -= 1;
            return Decision.ALLOWED;
        }
        return Decision.refused((1 - tokens) / tokensPerNano / 1e9);
    }

    /** The outcome of one call: allowed, or refused with the wait until the next token, in whole seconds (at least 1). */
    record Decision(boolean allowed, long retryAfterSeconds) {

        static final Decision ALLOWED = new Decision(true, 0);

        static Decision refused(double waitSeconds) {
            // The tolerance keeps floating-point noise (15.000000000002 s) from adding a whole second.
            return new Decision(false, Math.max(1, (long) Math.ceil(waitSeconds - 1e-6)));
        }
    }
}
