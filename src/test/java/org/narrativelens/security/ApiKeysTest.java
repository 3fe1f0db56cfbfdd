package org.narrativelens.security;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class ApiKeysTest {

    private static final String ALPHA_KEY = "alpha-key-0123456789";
    private static final String BETA_KEY = "beta-key-0123456789:with:colons";

    private final ApiKeys keys = ApiKeys.parse(List.of(ALPHA_KEY + ":alpha", " " + BETA_KEY + ":beta "));

    @Test
    void matchesEachKeyToItsTenant() {
        assertEquals(Optional.of(new ApiKey(1, "alpha")), keys.match(ALPHA_KEY));
        assertEquals(Optional.of(new ApiKey(2, "beta")), keys.match(BETA_KEY));
    }

    @Test
    void refusesNearMissesPrefixesAndEmptyKeys() {
        assertTrue(keys.match(ALPHA_KEY.substring(0, ALPHA_KEY.length() - 1) + "X").isEmpty());
        assertTrue(keys.match(ALPHA_KEY.substring(0, 10)).isEmpty());
        assertTrue(keys.match(ALPHA_KEY + "0").isEmpty());
        assertTrue(keys.match(ALPHA_KEY.toUpperCase()).isEmpty());
        assertTrue(keys.match(ALPHA_KEY + ":alpha").isEmpty());
        assertTrue(keys.match("").isEmpty());
        assertTrue(keys.match(null).isEmpty());
    }

    @Test
    void keepsOnlyHashesOfTheKeys() throws IllegalAccessException {
        // No field of the parsed keys holds a key, in any form but its SHA-256.
        StringBuilder state = new StringBuilder();
        for (var field : ApiKeys.class.getDeclaredFields()) {
            field.setAccessible(true);
            Object value = field.get(keys);
            if (value instanceof List<?> list) {
                for (Object item : list) {
                    state.append(item instanceof byte[] bytes ? HexFormat.of().formatHex(bytes) : String.valueOf(item));
                }
            }
        }
        assertFalse(state.toString().contains(ALPHA_KEY));
        assertTrue(state.toString().contains(HexFormat.of().formatHex(ApiKeys.sha256(ALPHA_KEY))));
    }

    @Test
    void sha256IsTheStandardDigest() {
        assertEquals("ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad",
                HexFormat.of().formatHex(ApiKeys.sha256("abc")));
    }

    @Test
    void malformedEntriesAreRefusedByPositionWithoutShowingTheKey() {
        String secret = "a-secret-that-must-not-leak";
        assertMessage("entry 2 is not of the form key:tenant", List.of(ALPHA_KEY + ":alpha", secret));
        assertMessage("entry 1 has a key shorter than 16 characters", List.of("short:alpha"));
        assertMessage("entry 1 has the tenant ''", List.of(secret + ":"));
        assertMessage("entry 1 has the tenant 'no spaces'", List.of(secret + ":no spaces"));
        assertMessage("entry 2 repeats the key of an earlier entry", List.of(secret + ":alpha", secret + ":beta"));
        for (List<String> entries : List.of(List.of(secret), List.of(secret + ":"), List.of(secret + ":a", secret + ":b"))) {
            String message = assertThrows(IllegalArgumentException.class, () -> ApiKeys.parse(entries)).getMessage();
            assertFalse(message.contains(secret), message);
        }
    }

    @Test
    void aComparisonLooksAtEveryKeyWhicheverMatches() {
        // Constant time: matching the first key, the last key or none runs the same comparisons, each on 32 bytes.
        List<byte[]> hashes = List.of(ApiKeys.sha256("k1"), ApiKeys.sha256("k2"), ApiKeys.sha256("k3"));
        for (String presented : List.of("k1", "k3", "k4")) {
            int[] comparisons = {0};
            int index = ApiKeys.indexOf(hashes, ApiKeys.sha256(presented), (a, b) -> {
                comparisons[0]++;
                assertEquals(32, a.length);
                assertEquals(32, b.length);
                return java.security.MessageDigest.isEqual(a, b);
            });
            assertEquals(3, comparisons[0], presented);
            assertEquals(presented.equals("k4") ? -1 : Integer.parseInt(presented.substring(1)) - 1, index);
        }
    }

    @Test
    void presentedKeysOfAnyLengthAreHashedToTheSameLength() {
        assertEquals(32, ApiKeys.sha256("").length);
        assertEquals(32, ApiKeys.sha256("x".repeat(10_000)).length);
    }

    private static void assertMessage(String expected, List<String> entries) {
        String message = assertThrows(IllegalArgumentException.class, () -> ApiKeys.parse(entries)).getMessage();
        assertTrue(message.startsWith("narrative-lens.security.api-keys: " + expected), message);
    }
}
