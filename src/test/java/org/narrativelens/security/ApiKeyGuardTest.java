package org.narrativelens.security;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class ApiKeyGuardTest {

    private static final String KEY = "guard-test-key-7d3e9a";

    @Test
    void refusesToStartWithoutKeysWhereTheyAreRequired() {
        String message = assertThrows(IllegalStateException.class, () -> new ApiKeyGuard(config(List.of(), true, 600)))
                .getMessage();
        assertTrue(message.startsWith("No API key is configured, and this profile requires them."), message);
        assertTrue(message.contains("NARRATIVE_LENS_SECURITY_API_KEYS=<key>:<tenant>"), message);
        assertTrue(message.contains("NARRATIVE_LENS_SECURITY_REQUIRE_API_KEYS=false"), message);
    }

    @Test
    void withoutKeysEveryCallIsTheDefaultTenantAndUnlimited() {
        ApiKeyGuard open = new ApiKeyGuard(config(List.of(), false, 1));
        for (String presented : new String[] {null, "", "anything-at-all-really"}) {
            assertEquals(new ApiKeyGuard.Verdict.Admitted(Tenants.DEFAULT), open.check(presented));
            assertEquals(new ApiKeyGuard.Verdict.Admitted(Tenants.DEFAULT), open.check(presented));
        }
    }

    @Test
    void withKeysACallIsAdmittedAsItsTenantUntilItsRateIsUsed() {
        ApiKeyGuard guard = new ApiKeyGuard(config(List.of(KEY + ":newsroom"), true, 2));
        assertInstanceOf(ApiKeyGuard.Verdict.Missing.class, guard.check(null));
        assertInstanceOf(ApiKeyGuard.Verdict.Missing.class, guard.check(""));
        assertInstanceOf(ApiKeyGuard.Verdict.Invalid.class, guard.check(KEY + "x"));
        assertEquals(new ApiKeyGuard.Verdict.Admitted("newsroom"), guard.check(KEY));
        assertEquals(new ApiKeyGuard.Verdict.Admitted("newsroom"), guard.check(KEY));
        ApiKeyGuard.Verdict limited = guard.check(KEY);
        // Two a minute: the next call in 30 s, less the moments this test has taken.
        long retryAfter = assertInstanceOf(ApiKeyGuard.Verdict.Limited.class, limited).retryAfterSeconds();
        assertTrue(retryAfter >= 25 && retryAfter <= 30, "Retry-After " + retryAfter);
        // Wrong keys are refused as invalid, not as limited, and do not use the key's rate.
        assertInstanceOf(ApiKeyGuard.Verdict.Invalid.class, guard.check("someone-guessing-keys"));
    }

    @Test
    void aMalformedKeyStopsTheStart() {
        assertThrows(IllegalArgumentException.class, () -> new ApiKeyGuard(config(List.of("short:x"), false, 600)));
    }

    private static SecurityConfig config(List<String> keys, boolean required, int perMinute) {
        return new SecurityConfig() {
            @Override
            public Optional<List<String>> apiKeys() {
                return keys.isEmpty() ? Optional.empty() : Optional.of(keys);
            }

            @Override
            public boolean requireApiKeys() {
                return required;
            }

            @Override
            public int rateLimitPerMinute() {
                return perMinute;
            }
        };
    }
}
