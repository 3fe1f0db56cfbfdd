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
    private static final String CLIENT = "203.0.113.7";

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
            assertEquals(new ApiKeyGuard.Verdict.Admitted(Tenants.DEFAULT), open.check(presented, CLIENT));
            assertEquals(new ApiKeyGuard.Verdict.Admitted(Tenants.DEFAULT), open.check(presented, CLIENT));
        }
    }

    @Test
    void withKeysACallIsAdmittedAsItsTenantUntilItsRateIsUsed() {
        ApiKeyGuard guard = new ApiKeyGuard(config(List.of(KEY + ":newsroom"), true, 2));
        assertInstanceOf(ApiKeyGuard.Verdict.Missing.class, guard.check(null, CLIENT));
        assertInstanceOf(ApiKeyGuard.Verdict.Missing.class, guard.check("", CLIENT));
        assertInstanceOf(ApiKeyGuard.Verdict.Invalid.class, guard.check(KEY + "x", CLIENT));
        assertEquals(new ApiKeyGuard.Verdict.Admitted("newsroom"), guard.check(KEY, CLIENT));
        assertEquals(new ApiKeyGuard.Verdict.Admitted("newsroom"), guard.check(KEY, CLIENT));
        ApiKeyGuard.Verdict limited = guard.check(KEY, CLIENT);
        // Two a minute: the next call in 30 s, less the moments this test has taken.
        long retryAfter = assertInstanceOf(ApiKeyGuard.Verdict.Limited.class, limited).retryAfterSeconds();
        assertTrue(retryAfter >= 25 && retryAfter <= 30, "Retry-After " + retryAfter);
        // Wrong keys are refused as invalid, not as limited, and do not use the key's rate.
        assertInstanceOf(ApiKeyGuard.Verdict.Invalid.class, guard.check("someone-guessing-keys", CLIENT));
    }

    @Test
    void anAddressThatKeepsSendingWrongKeysIsSlowedAndValidKeysAreNot() {
        ApiKeyGuard guard = new ApiKeyGuard(config(List.of(KEY + ":newsroom"), true, 600, 3));
        assertInstanceOf(ApiKeyGuard.Verdict.Invalid.class, guard.check("guess-number-one", CLIENT));
        assertInstanceOf(ApiKeyGuard.Verdict.Missing.class, guard.check(null, CLIENT));
        assertInstanceOf(ApiKeyGuard.Verdict.Invalid.class, guard.check("guess-number-two", CLIENT));
        long retryAfter = assertInstanceOf(ApiKeyGuard.Verdict.Guessing.class,
                guard.check("guess-number-three", CLIENT)).retryAfterSeconds();
        assertTrue(retryAfter >= 15 && retryAfter <= 20, "Retry-After " + retryAfter);
        assertEquals(new ApiKeyGuard.Verdict.Admitted("newsroom"), guard.check(KEY, CLIENT));
        assertInstanceOf(ApiKeyGuard.Verdict.Invalid.class, guard.check("guess-from-elsewhere", "198.51.100.20"));
    }

    @Test
    void aMalformedKeyStopsTheStart() {
        assertThrows(IllegalArgumentException.class, () -> new ApiKeyGuard(config(List.of("short:x"), false, 600)));
    }

    private static SecurityConfig config(List<String> keys, boolean required, int perMinute) {
        return config(keys, required, perMinute, 0);
    }

    private static SecurityConfig config(List<String> keys, boolean required, int perMinute, int refusedPerMinute) {
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

            @Override
            public int refusedCallsPerMinute() {
                return refusedPerMinute;
            }
        };
    }
}
