package org.narrativelens.api;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.vertx.core.http.HttpHeaders;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import io.vertx.ext.web.handler.BodyHandler;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import org.narrativelens.corpus.IngestionLimits;
import org.narrativelens.security.ApiKeyFilter;
import org.narrativelens.security.ApiKeyGuard;

/**
 * Limits enforced before a request reaches a resource, answered as problem+json: a URI over the limit (414), and a
 * body without Content-Length (chunked) that passes the body limit (413, as soon as it passes: what came before is
 * dropped, what follows is not read, and the connection is closed). A body with Content-Length is checked from the
 * header by {@link BodySizeLimit} before any of it is read. A streamed body is buffered only when the call carries a
 * known API key: without one, {@link ApiKeyFilter} refuses the call before its body is read.
 */
@ApplicationScoped
public class RequestLimits {

    private final IngestionLimits limits;
    private final ObjectMapper json;
    private final ApiKeyGuard keys;

    public RequestLimits(IngestionLimits limits, ObjectMapper json, ApiKeyGuard keys) {
        this.limits = limits;
        this.json = json;
        this.keys = keys;
    }

    void register(@Observes Router router) {
        BodyHandler streamed = BodyHandler.create(false).setBodyLimit(limits.maxBodyBytes());
        router.route().order(-200).handler(this::checkUri);
        router.route("/v1/*").order(-150).handler(context -> {
            if (context.request().headers().contains(HttpHeaders.CONTENT_LENGTH) || !hasBody(context)) {
                context.next();
            } else if (!keys.recognises(context.request().getHeader(ApiKeyFilter.HEADER))) {
                closeAfterAnswer(context); // the refusal comes before the body is read; the rest is never read
                context.next();
            } else {
                streamed.handle(context);
            }
        }).failureHandler(this::tooLarge);
    }

    private void checkUri(RoutingContext context) {
        String uri = context.request().uri();
        if (uri.length() > limits.maxUriLength()) {
            send(context, 414, "URI Too Long", "The request URI of " + uri.length() + " characters exceeds the limit of "
                    + limits.maxUriLength() + " (narrative-lens.limits.max-uri-length)", "uri");
        } else {
            context.next();
        }
    }

    private void tooLarge(RoutingContext context) {
        if (context.statusCode() != 413) {
            context.next();
            return;
        }
        closeAfterAnswer(context);
        send(context, 413, "Content Too Large", "The request body " + BodySizeLimit.detail(limits), "body");
    }

    /** What the client still sends is not read: the connection closes once the answer is out. */
    private static void closeAfterAnswer(RoutingContext context) {
        context.response().putHeader(HttpHeaders.CONNECTION, "close")
                .endHandler(ignored -> context.request().connection().close());
    }

    private static boolean hasBody(RoutingContext context) {
        return context.request().headers().contains(HttpHeaders.TRANSFER_ENCODING);
    }

    private void send(RoutingContext context, int status, String title, String detail, String field) {
        try {
            context.response().setStatusCode(status).putHeader(HttpHeaders.CONTENT_TYPE, Problem.MEDIA_TYPE)
                    .end(json.writeValueAsString(new Problem("about:blank", title, status, detail, null, field)));
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }
}
