package org.narrativelens;

import java.time.Duration;

/**
 * A request's server-side time limit, checked between the units of work whose own cost is bounded (one document's
 * segmentation, one batch of embeddings): a request that passes it stops there, stores nothing, and is answered 503.
 */
public final class Deadline {

    private final long endNanos;
    private final Duration limit;

    private Deadline(Duration limit) {
        this.limit = limit;
        this.endNanos = System.nanoTime() + limit.toNanos();
    }

    public static Deadline after(Duration limit) {
        return new Deadline(limit);
    }

    /** Throws {@link Exceeded} once the limit has passed; {@code doing} names the work for the client. */
    public void check(String doing) {
        if (remainingNanos() < 0) {
            throw exceeded(doing);
        }
    }

    /** Nanoseconds left before the limit; negative once it has passed. */
    public long remainingNanos() {
        return endNanos - System.nanoTime();
    }

    /** The refusal for a request that passed the limit while {@code doing}. */
    public Exceeded exceeded(String doing) {
        return new Exceeded("The request took longer than the server's limit of " + limit.toSeconds()
                + " s (narrative-lens.limits.request-timeout) while " + doing
                + "; nothing from it was stored. Send fewer or shorter documents per request");
    }

    /** The limit passed; answered 503 problem+json. */
    public static final class Exceeded extends RuntimeException {
        Exceeded(String message) {
            super(message);
        }
    }
}
