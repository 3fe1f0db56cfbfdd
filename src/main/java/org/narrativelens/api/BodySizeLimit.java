package org.narrativelens.api;

import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import java.util.Optional;
import org.jboss.resteasy.reactive.server.ServerRequestFilter;
import org.narrativelens.corpus.IngestionLimits;

/** Refuses a body larger than the configured limit before it is read, and a body without a type, as problem+json. */
public class BodySizeLimit {

    private final IngestionLimits limits;

    public BodySizeLimit(IngestionLimits limits) {
        this.limits = limits;
    }

    @ServerRequestFilter(preMatching = true)
    public Optional<Response> check(ContainerRequestContext request) {
        String length = request.getHeaderString(HttpHeaders.CONTENT_LENGTH);
        if (length == null) {
            // a streamed body: RequestLimits counts it as it arrives
            return request.getHeaderString("Transfer-Encoding") != null
                    && request.getHeaderString(HttpHeaders.CONTENT_TYPE) == null
                    ? Optional.of(missingContentType()) : Optional.empty();
        }
        long bytes;
        try {
            bytes = Long.parseLong(length.strip());
        } catch (NumberFormatException e) {
            return Optional.of(Problem.response(Response.Status.BAD_REQUEST, "Content-Length is not a number"));
        }
        if (bytes > limits.maxBodyBytes()) {
            return Optional.of(Problem.response(413, "Content Too Large", "The request body of " + bytes + " bytes "
                    + detail(limits), "body"));
        }
        if (bytes > 0 && request.getHeaderString(HttpHeaders.CONTENT_TYPE) == null) {
            return Optional.of(missingContentType());
        }
        return Optional.empty();
    }

    /** What the limit is and how to stay under it. */
    static String detail(IngestionLimits limits) {
        return "exceeds the limit of " + limits.maxBodyBytes()
                + " bytes (narrative-lens.limits.max-body-bytes); send fewer documents per request";
    }

    /** A body without a Content-Type is not guessed at: the contract takes application/json. */
    static Response missingContentType() {
        return Problem.response(415, "Unsupported Media Type",
                "The request has a body but no Content-Type header; send Content-Type: application/json", "Content-Type");
    }
}
