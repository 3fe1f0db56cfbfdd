package org.narrativelens.security;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.BiPredicate;

/**
 * The configured API keys, kept only as SHA-256 hashes and matched in constant time. Messages name a key by its
 * position in the list, never by its value.
 */
public final class ApiKeys {

    /** Shorter keys are refused at start: they could be guessed. */
    static final int MIN_KEY_LENGTH = 16;

    private final List<byte[]> hashes;
    private final List<ApiKey> keys;

    private ApiKeys(List<byte[]> hashes, List<ApiKey> keys) {
        this.hashes = hashes;
        this.keys = keys;
    }

    /**
     * Parses {@code key:tenant} entries (the tenant follows the last colon).
     *
     * @throws IllegalArgumentException naming the entry's position, never its key, when one is malformed
     */
    public static ApiKeys parse(List<String> entries) {
        List<byte[]> hashes = new ArrayList<>();
        List<ApiKey> keys = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        for (int i = 0; i < entries.size(); i++) {
            String entry = entries.get(i).strip();
            int position = i + 1;
            int colon = entry.lastIndexOf(':');
            if (colon < 0) {
                throw invalid(position, "is not of the form key:tenant");
            }
            String key = entry.substring(0, colon);
            String tenant = entry.substring(colon + 1);
            if (key.length() < MIN_KEY_LENGTH) {
                throw invalid(position, "has a key shorter than " + MIN_KEY_LENGTH + " characters");
            }
            if (!Tenants.isValidName(tenant)) {
                throw invalid(position, "has the tenant '" + tenant
                        + "'; a tenant is 1 to 64 letters, digits, '.', '_' or '-', starting with a letter or digit");
            }
            byte[] hash = sha256(key);
            if (!seen.add(java.util.HexFormat.of().formatHex(hash))) {
                throw invalid(position, "repeats the key of an earlier entry");
            }
            hashes.add(hash);
            keys.add(new ApiKey(position, tenant));
        }
        return new ApiKeys(List.copyOf(hashes), List.copyOf(keys));
    }

    public boolean isEmpty() {
        return keys.isEmpty();
    }

    public List<ApiKey> all() {
        return keys;
    }

    /**
     * The key that matches the presented one. Every configured key is compared, with {@link MessageDigest#isEqual}
     * on fixed-length hashes, so the time taken says nothing about which key or how much of it matched.
     */
    public Optional<ApiKey> match(String presented) {
        if (presented == null) {
            return Optional.empty();
        }
        int index = indexOf(hashes, sha256(presented), MessageDigest::isEqual);
        return index < 0 ? Optional.empty() : Optional.of(keys.get(index));
    }

    /** The index of the first equal hash, or -1; compares with every hash, with no early exit. */
    static int indexOf(List<byte[]> hashes, byte[] hash, BiPredicate<byte[], byte[]> equal) {
        int found = -1;
        for (int i = 0; i < hashes.size(); i++) {
            boolean same = equal.test(hashes.get(i), hash);
            if (same && found < 0) {
                found = i;
            }
        }
        return found;
    }

    static byte[] sha256(String value) {
        try {
            return MessageDigest.getInstance("SHA-256").digest(value.getBytes(StandardCharsets.UTF_8));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("Every Java runtime has SHA-256", e);
        }
    }

    private static IllegalArgumentException invalid(int position, String problem) {
        return new IllegalArgumentException("narrative-lens.security.api-keys: entry " + position + " " + problem);
    }
}
