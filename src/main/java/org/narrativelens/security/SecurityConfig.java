package org.narrativelens.security;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.util.List;
import java.util.Optional;

/** API keys, the tenants they belong to, and how often each key may call. */
@ConfigMapping(prefix = "narrative-lens.security")
public interface SecurityConfig {

    /**
     * Accepted keys as {@code key:tenant} (environment {@code NARRATIVE_LENS_SECURITY_API_KEYS}, comma-separated).
     * None configured means no authentication: every call runs as tenant {@value Tenants#DEFAULT}.
     */
    Optional<List<String>> apiKeys();

    /** Refuse to start without keys; true in the prod profile. */
    @WithDefault("false")
    boolean requireApiKeys();

    /** Calls per minute and key (bursts up to this many); 0 turns rate limiting off. */
    @WithDefault("600")
    int rateLimitPerMinute();

    /** Calls refused for a missing or invalid key, per minute and client address, before 429; 0 turns it off. */
    @WithDefault("120")
    int refusedCallsPerMinute();
}
