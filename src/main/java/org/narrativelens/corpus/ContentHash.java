package org.narrativelens.corpus;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.text.Normalizer;
import java.util.HexFormat;

/** SHA-256 fingerprints: of a document's content for deduplication, and of a passage's text for the embedding cache. */
public final class ContentHash {

    private ContentHash() {
    }

    /** Same content, different whitespace or Unicode composition: same fingerprint. */
    public static String ofDocument(String text) {
        String normalised = Normalizer.normalize(text, Normalizer.Form.NFC).strip().replaceAll("\\s+", " ");
        return sha256(normalised);
    }

    public static String sha256(String text) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every Java runtime", e);
        }
    }
}
