package org.narrativelens.api;

import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import java.util.Optional;
import org.jboss.resteasy.reactive.server.ServerRequestFilter;
import org.narrativelens.corpus.IngestionLimits;

/** Refuses a body larger than the configured limit before it is read, as problem+json. */
public class BodySizeLimit {

    private final IngestionLimits limits;

    public BodySizeLimit(IngestionLimits limits) {
        this.limits = limits;
    }

    @ServerRequestFilter(preMatching = true)
    public Optional<Response> check(ContainerRequestContext request) {
        String length = request.getHeaderString(HttpHeaders.CONTENT_LENGTH);
        if (length == null) {
            return Optional.empty();
        }
        long bytes;
        try {
            bytes = Long.parseLong(length.strip());
        } catch (NumberFormatException e) {
            return Optional.of(Problem.response(Response.Status.BAD_REQUEST, "Content-Length is not a number"));
        }
        if (bytes > limits.maxBodyBytes()) {
            return Optional.of(Problem.response(413, "Content Too Large", "The request body of " + bytes
                    + " bytes exceeds the limit of " + limits.maxBodyBytes()
                    + " bytes (narrative-lens.limits.max-body-bytes); send fewer documents per request", "body"));
        }
        return Optional.empty();
    }
}
