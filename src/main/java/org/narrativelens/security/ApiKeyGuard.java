package org.narrativelens.security;

import io.quarkus.runtime.Startup;
import jakarta.inject.Singleton;
import java.util.List;
import org.jboss.logging.Logger;

/**
 * Decides who a call is from and whether it may proceed. Built at start, when it also refuses to run without keys
 * where keys are required (the prod profile).
 */
@Startup
@Singleton
public class ApiKeyGuard {

    private static final Logger LOG = Logger.getLogger(ApiKeyGuard.class);

    private final ApiKeys keys;
    private final RateLimiter limiter;
    private final RefusalLimiter refusals;

    public ApiKeyGuard(SecurityConfig config) {
        this.keys = parse(config);
        if (keys.isEmpty() && config.requireApiKeys()) {
            String message = "No API key is configured, and this profile requires them. Set "
                    + "NARRATIVE_LENS_SECURITY_API_KEYS=<key>:<tenant>[,<key>:<tenant>...] (narrative-lens.security"
                    + ".api-keys; keys of at least " + ApiKeys.MIN_KEY_LENGTH + " characters), or "
                    + "NARRATIVE_LENS_SECURITY_REQUIRE_API_KEYS=false to run without authentication, every call as "
                    + "tenant '" + Tenants.DEFAULT + "'";
            LOG.error(message);
            throw new IllegalStateException(message);
        }
        this.limiter = new RateLimiter(config.rateLimitPerMinute(), keys.all(), System::nanoTime);
        this.refusals = new RefusalLimiter(config.refusedCallsPerMinute(), System::nanoTime);
        if (keys.isEmpty()) {
            LOG.warn("No API key configured: /v1 is open and every call runs as tenant '" + Tenants.DEFAULT + "'");
        } else {
            LOG.infof("%d API key(s) for %d tenant(s); rate limit %s", keys.all().size(),
                    keys.all().stream().map(ApiKey::tenant).distinct().count(),
                    limiter.perMinute() == 0 ? "off" : limiter.perMinute() + " calls per minute and key");
        }
    }

    private static ApiKeys parse(SecurityConfig config) {
        try {
            return ApiKeys.parse(config.apiKeys().orElse(List.of()));
        } catch (IllegalArgumentException e) {
            LOG.error(e.getMessage());
            throw e;
        }
    }

    public int rateLimitPerMinute() {
        return limiter.perMinute();
    }

    public int refusedCallsPerMinute() {
        return refusals.perMinute();
    }

    /**
     * Whether a key would be admitted, were it within its rate (no call is counted): a streamed body is buffered only
     * for such calls, the others are refused by {@link ApiKeyFilter} before their body is read.
     */
    public boolean recognises(String presentedKey) {
        return keys.isEmpty() || presentedKey != null && !presentedKey.isEmpty() && keys.match(presentedKey).isPresent();
    }

    /**
     * The verdict on a call from {@code address} (null when unknown) that presented {@code presentedKey} (null when
     * it sent none).
     */
    public Verdict check(String presentedKey, String address) {
        if (keys.isEmpty()) {
            return new Verdict.Admitted(Tenants.DEFAULT);
        }
        Verdict verdict = presentedKey == null || presentedKey.isEmpty() ? new Verdict.Missing()
                : keys.match(presentedKey).<Verdict>map(key -> {
                    LimitDecision decision = limiter.take(key);
                    return decision.allowed() ? new Verdict.Admitted(key.tenant())
                            : new Verdict.Limited(decision.retryAfterSeconds());
                }).orElseGet(Verdict.Invalid::new);
        if (verdict instanceof Verdict.Missing || verdict instanceof Verdict.Invalid) {
            LimitDecision decision = refusals.take(address);
            if (!decision.allowed()) {
                return new Verdict.Guessing(decision.retryAfterSeconds());
            }
        }
        return verdict;
    }

    /** Whether a call may proceed, and as which tenant. */
    public sealed interface Verdict {

        /** A valid key within its rate, or no keys configured. */
        record Admitted(String tenant) implements Verdict {
        }

        /** No key sent. */
        record Missing() implements Verdict {
        }

        /** A key that is not configured. */
        record Invalid() implements Verdict {
        }

        /** A valid key past its rate. */
        record Limited(long retryAfterSeconds) implements Verdict {
        }

        /** A missing or invalid key from an address past its rate of refused calls. */
        record Guessing(long retryAfterSeconds) implements Verdict {
        }
    }
}
