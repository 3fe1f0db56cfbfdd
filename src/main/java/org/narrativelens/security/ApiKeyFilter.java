package org.narrativelens.security;

import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import java.util.Optional;
import org.jboss.logging.Logger;
import org.jboss.resteasy.reactive.server.ServerRequestFilter;
import org.narrativelens.api.Problem;

/**
 * Checks the API key of every REST call before anything else (the /q endpoints for health, metrics and the
 * contract are not REST resources and stay open): 401 without a valid key, 429 past the key's rate, both as
 * problem+json; otherwise the call runs as the key's tenant.
 */
public class ApiKeyFilter {

    public static final String HEADER = "X-API-Key";

    private static final Logger LOG = Logger.getLogger(ApiKeyFilter.class);

    private final ApiKeyGuard guard;
    private final CurrentTenant tenant;

    public ApiKeyFilter(ApiKeyGuard guard, CurrentTenant tenant) {
        this.guard = guard;
        this.tenant = tenant;
    }

    @ServerRequestFilter(preMatching = true, priority = Priorities.AUTHENTICATION)
    public Optional<Response> authenticate(ContainerRequestContext request) {
        ApiKeyGuard.Verdict verdict = guard.check(request.getHeaderString(HEADER));
        if (verdict instanceof ApiKeyGuard.Verdict.Admitted admitted) {
            tenant.set(admitted.tenant());
            return Optional.empty();
        }
        LOG.debugf("Refused %s %s: %s", request.getMethod(), request.getUriInfo().getPath(),
                verdict.getClass().getSimpleName());
        if (verdict instanceof ApiKeyGuard.Verdict.Limited limited) {
            Response problem = Problem.response(429, "Too Many Requests", "This API key has used its "
                    + guard.rateLimitPerMinute() + " calls per minute (narrative-lens.security.rate-limit-per-minute); "
                    + "retry after " + limited.retryAfterSeconds() + " s", null);
            return Optional.of(Response.fromResponse(problem)
                    .header(HttpHeaders.RETRY_AFTER, limited.retryAfterSeconds()).build());
        }
        String detail = verdict instanceof ApiKeyGuard.Verdict.Missing
                ? "This call needs an API key in the " + HEADER + " header"
                : "The API key in the " + HEADER + " header is not valid";
        return Optional.of(Response.fromResponse(Problem.response(401, "Unauthorized", detail, HEADER))
                .header(HttpHeaders.WWW_AUTHENTICATE, "ApiKey header=\"" + HEADER + "\"").build());
    }
}
