package org.narrativelens.corpus;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import java.util.stream.Stream;
import org.narrativelens.InvalidInputException;

/** A client's Idempotency-Key for one ingestion request, with the fingerprint of the documents it was sent with. */
public record IdempotencyKey(String value, String requestHash) {

    public static final String HEADER = "Idempotency-Key";
    public static final int MAX_LENGTH = 200;

    /** The key from the header, checked, for these documents; names the header when it breaks a rule. */
    public static IdempotencyKey of(String header, List<DocumentSubmission> documents) {
        if (header.isEmpty() || header.length() > MAX_LENGTH) {
            throw new InvalidInputException(HEADER, HEADER + ": must be 1 to " + MAX_LENGTH + " characters; got "
                    + header.length());
        }
        if (!header.chars().allMatch(c -> c > 0x20 && c < 0x7f)) {
            throw new InvalidInputException(HEADER, HEADER + ": only visible ASCII characters are allowed "
                    + "(for example a UUID)");
        }
        return new IdempotencyKey(header, fingerprint(documents));
    }

    /** SHA-256 over every field of every document, each length-prefixed so that no two requests share it. */
    static String fingerprint(List<DocumentSubmission> documents) {
        MessageDigest digest = sha256();
        for (DocumentSubmission document : documents) {
            if (document == null) {
                digest.update((byte) 'N');
                continue;
            }
            Stream.of(document.externalId(), document.source(), document.title(), document.url(),
                    document.publishedAt(), document.language(), document.text()).forEach(field -> {
                        if (field == null) {
                            digest.update((byte) '-');
                        } else {
                            byte[] bytes = field.getBytes(StandardCharsets.UTF_8);
                            digest.update((bytes.length + ":").getBytes(StandardCharsets.US_ASCII));
                            digest.update(bytes);
                        }
                    });
        }
        return HexFormat.of().formatHex(digest.digest());
    }

    private static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every Java runtime", e);
        }
    }
}
