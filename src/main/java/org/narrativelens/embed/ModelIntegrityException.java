package org.narrativelens.embed;

import java.nio.file.Path;

/** A model or tokenizer file is missing or its sha256 differs from the manifest's. */
public class ModelIntegrityException extends RuntimeException {

    private static final String FIX =
            "Run ./mvnw generate-resources to unpack the model files into models/ again"
                    + " (if that does not help, delete models/.markers and run it once more).";

    private final transient Path file;
    private final String expectedSha256;
    private final String actualSha256;

    private ModelIntegrityException(String message, Path file, String expectedSha256, String actualSha256) {
        super(message);
        this.file = file;
        this.expectedSha256 = expectedSha256;
        this.actualSha256 = actualSha256;
    }

    public static ModelIntegrityException missing(Path file, String expectedSha256) {
        return new ModelIntegrityException(
                "Model file " + file + " is missing (expected sha256 " + expectedSha256 + "). " + FIX,
                file, expectedSha256, null);
    }

    public static ModelIntegrityException mismatch(Path file, String expectedSha256, String actualSha256) {
        return new ModelIntegrityException(
                "Model file " + file + " is corrupt or of another version: expected sha256 " + expectedSha256
                        + " but found " + actualSha256 + ". " + FIX,
                file, expectedSha256, actualSha256);
    }

    public Path file() {
        return file;
    }

    public String expectedSha256() {
        return expectedSha256;
    }

    /** The checksum found on disk, or {@code null} when the file is missing. */
    public String actualSha256() {
        return actualSha256;
    }
}
