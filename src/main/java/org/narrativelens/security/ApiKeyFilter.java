package org.narrativelens.security;

import io.micrometer.core.instrument.MeterRegistry;
import io.vertx.core.http.HttpServerRequest;
import io.vertx.core.net.SocketAddress;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.core.HttpHeaders;
import java.util.Map;
import org.jboss.logging.Logger;
import org.jboss.resteasy.reactive.server.ServerRequestFilter;

/**
 * Checks the API key of every REST call before anything else (the /q endpoints for health, metrics and the
 * contract are not REST resources and stay open): 401 without a valid key, 429 past the key's rate, both thrown as a
 * {@link KeyRefusal} that becomes problem+json; otherwise the call runs as the key's tenant.
 */
public class ApiKeyFilter {

    public static final String HEADER = "X-API-Key";

    private static final Logger LOG = Logger.getLogger(ApiKeyFilter.class);

    private final ApiKeyGuard guard;
    private final CurrentTenant tenant;
    private final MeterRegistry metrics;

    public ApiKeyFilter(ApiKeyGuard guard, CurrentTenant tenant, MeterRegistry metrics) {
        this.guard = guard;
        this.tenant = tenant;
        this.metrics = metrics;
    }

    @ServerRequestFilter(preMatching = true, priority = Priorities.AUTHENTICATION)
    public void authenticate(ContainerRequestContext request, HttpServerRequest connection) {
        SocketAddress client = connection.remoteAddress();
        ApiKeyGuard.Verdict verdict = guard.check(request.getHeaderString(HEADER),
                client == null ? null : client.hostAddress());
        if (verdict instanceof ApiKeyGuard.Verdict.Admitted admitted) {
            tenant.set(admitted.tenant());
            return;
        }
        String reason = verdict.getClass().getSimpleName().toLowerCase();
        LOG.debugf("Refused %s %s: %s", request.getMethod(), request.getUriInfo().getPath(), reason);
        // A rising count of "invalid" is someone guessing keys; of "limited", a client to talk to.
        metrics.counter("narrative_lens_api_key_refusals", "reason", reason).increment();
        if (verdict instanceof ApiKeyGuard.Verdict.Limited limited) {
            throw tooMany("This API key has used its " + guard.rateLimitPerMinute()
                    + " calls per minute (narrative-lens.security.rate-limit-per-minute)",
                    limited.retryAfterSeconds());
        }
        if (verdict instanceof ApiKeyGuard.Verdict.Guessing guessing) {
            throw tooMany("This address has made " + guard.refusedCallsPerMinute() + " calls without a "
                    + "valid API key in the last minute (narrative-lens.security.refused-calls-per-minute)",
                    guessing.retryAfterSeconds());
        }
        String detail = verdict instanceof ApiKeyGuard.Verdict.Missing
                ? "This call needs an API key in the " + HEADER + " header"
                : "The API key in the " + HEADER + " header is not valid";
        throw new KeyRefusal(401, "Unauthorized", detail,
                Map.of(HttpHeaders.WWW_AUTHENTICATE, "ApiKey header=\"" + HEADER + "\""));
    }

    private static KeyRefusal tooMany(String reason, long retryAfterSeconds) {
        return new KeyRefusal(429, "Too Many Requests", reason + "; retry after " + retryAfterSeconds + " s",
                Map.of(HttpHeaders.RETRY_AFTER, String.valueOf(retryAfterSeconds)));
    }
}
