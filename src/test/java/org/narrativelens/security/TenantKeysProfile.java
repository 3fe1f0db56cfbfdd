package org.narrativelens.security;

import io.quarkus.test.junit.QuarkusTestProfile;
import java.util.Map;

/**
 * The test tenants' API keys, in one profile so that their tests share one start of the service: alpha and beta (each
 * with its own key), two tenants no other test uses ({@link TenantIdsTest}), and newsroom (the clients' key,
 * {@code web.ClientsWithApiKeyTest}); no rate limit.
 */
public class TenantKeysProfile implements QuarkusTestProfile {

    static final String ALPHA_KEY = "alpha-test-key-2f6c1d0e";
    static final String BETA_KEY = "beta-test-key-9a4b7e31";
    public static final String NEWSROOM_KEY = "newsroom-test-key-5d1e";

    @Override
    public Map<String, String> getConfigOverrides() {
        return Map.of(
                "narrative-lens.security.api-keys", ALPHA_KEY + ":alpha," + BETA_KEY + ":beta,"
                        + TenantIdsTest.BUSY_KEY + ":busy-ids," + TenantIdsTest.QUIET_KEY + ":quiet-ids,"
                        + NEWSROOM_KEY + ":newsroom",
                "narrative-lens.security.rate-limit-per-minute", "0",
                "quarkus.log.category.\"org.narrativelens\".level", "DEBUG");
    }
}
