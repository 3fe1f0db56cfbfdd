package org.narrativelens.embed;

import java.nio.file.Files;
import java.nio.file.Path;

/** Checks that a model's weights and tokenizer on disk are exactly the files the manifest names. */
final class ModelVerifier {

    private ModelVerifier() {
    }

    /** Throws {@link ModelIntegrityException} for the first file that is missing or differs. */
    static void verify(Path modelsDir, ModelSpec spec) {
        verifyFile(modelsDir.resolve(spec.file()), spec.sha256());
        verifyFile(modelsDir.resolve(spec.tokenizer()), spec.tokenizerSha256());
    }

    static void verifyFile(Path file, String expectedSha256) {
        if (!Files.isRegularFile(file)) {
            throw ModelIntegrityException.missing(file, expectedSha256);
        }
        String actual = Sha256.of(file);
        if (!actual.equalsIgnoreCase(expectedSha256)) {
            throw ModelIntegrityException.mismatch(file, expectedSha256, actual);
        }
    }
}
