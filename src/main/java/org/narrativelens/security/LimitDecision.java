package org.narrativelens.security;

/** The outcome of one call: allowed, or refused with the wait until the next token, in whole seconds (at least 1). */
record LimitDecision(boolean allowed, long retryAfterSeconds) {

    static final LimitDecision ALLOWED = new LimitDecision(true, 0);

    static LimitDecision refused(long waitNanos) {
        // The tolerance keeps floating-point noise (15.000000000002 s) from adding a whole second.
        return new LimitDecision(false, Math.max(1, (long) Math.ceil(waitNanos / 1e9 - 1e-6)));
    }
}
