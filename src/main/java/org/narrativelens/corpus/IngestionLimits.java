package org.narrativelens.corpus;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import org.narrativelens.InvalidInputException;

/** Documented limits on what a client may submit. */
@ConfigMapping(prefix = "narrative-lens.limits")
public interface IngestionLimits {

    /** Largest request body accepted, in bytes. */
    @WithDefault("33554432")
    long maxBodyBytes();

    @WithDefault("1000")
    int maxDocumentsPerRequest();

    /** Longest a request that submits documents may work before it is answered 503 and stores nothing. */
    @WithDefault("60s")
    java.time.Duration requestTimeout();

    /**
     * Longest request URI (path and query), in chars, answered 414 as problem+json. URIs over
     * {@code quarkus.http.limits.max-initial-line-length} never reach the service: the HTTP layer answers them 414.
     */
    @WithDefault("4096")
    int maxUriLength();

    @WithDefault("200000")
    int maxCharactersPerDocument();

    /** Most documents one corpus may hold; a request that would pass it is refused whole. */
    @WithDefault("100000")
    int maxDocumentsPerCorpus();

    /** Most frames one analysis may find ({@code options.maxFrames}). */
    @WithDefault("30")
    int maxFramesPerAnalysis();

    /** Longest corpus name, source name or external id. */
    @WithDefault("200")
    int maxNameLength();

    /** Refuses a request of more documents than {@link #maxDocumentsPerRequest()}, naming the field and the limit. */
    static void checkDocumentsPerRequest(int documents, IngestionLimits limits) {
        if (documents > limits.maxDocumentsPerRequest()) {
            throw new InvalidInputException("documents", "documents: " + documents + " documents exceeds the limit of "
                    + limits.maxDocumentsPerRequest()
                    + " per request (narrative-lens.limits.max-documents-per-request)");
        }
    }
}
