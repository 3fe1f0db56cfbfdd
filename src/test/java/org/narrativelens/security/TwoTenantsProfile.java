package org.narrativelens.security;

import io.quarkus.test.junit.QuarkusTestProfile;
import java.util.Map;

/** Two tenants, alpha and beta, each with its own API key; no rate limit. */
public class TwoTenantsProfile implements QuarkusTestProfile {

    static final String ALPHA_KEY = "alpha-test-key-2f6c1d0e";
    static final String BETA_KEY = "beta-test-key-9a4b7e31";

    @Override
    public Map<String, String> getConfigOverrides() {
        return Map.of(
                "narrative-lens.security.api-keys", ALPHA_KEY + ":alpha," + BETA_KEY + ":beta",
                "narrative-lens.security.rate-limit-per-minute", "0",
                "quarkus.log.category.\"org.narrativelens\".level", "DEBUG");
    }
}
