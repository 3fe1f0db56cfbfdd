package org.narrativelens.embed;

/** The embedder was closed (the process is stopping) before or while it embedded: retry on another replica. */
public class EmbedderClosedException extends IllegalStateException {

    public EmbedderClosedException(String message) {
        super(message);
    }

    /** Whether {@code e}, or anything it wraps, is this exception. */
    public static boolean causedBy(Throwable e) {
        for (Throwable cause = e; cause != null; cause = cause.getCause()) {
            if (cause instanceof EmbedderClosedException) {
                return true;
            }
        }
        return false;
    }
}
