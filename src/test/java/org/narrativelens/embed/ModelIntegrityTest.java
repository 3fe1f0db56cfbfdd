package org.narrativelens.embed;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** OnnxEmbedder refuses model files that are missing or differ from the manifest, before loading them. */
class ModelIntegrityTest {

    @TempDir
    Path dir;

    private ModelSpec spec;

    @BeforeEach
    void linkGoodFiles() throws IOException {
        spec = TestModels.spec(TestModels.INT8);
        Files.createSymbolicLink(dir.resolve(spec.file()), TestModels.MODELS_DIR.resolve(spec.file()).toAbsolutePath());
        Files.copy(TestModels.MODELS_DIR.resolve(spec.tokenizer()), dir.resolve(spec.tokenizer()));
    }

    @AfterEach
    void unlinkModel() throws IOException {
        // JUnit would warn about a link leading out of its temp dir; the link's target stays untouched either way.
        Path model = dir.resolve(spec.file());
        if (Files.isSymbolicLink(model)) {
            Files.delete(model);
        }
    }

    @Test
    void tokenizerWithOneFlippedByteIsRefusedNamingFileAndBothChecksums() throws IOException {
        Path tokenizer = dir.resolve(spec.tokenizer());
        byte[] bytes = Files.readAllBytes(tokenizer);
        bytes[bytes.length / 2] ^= 1;
        Files.write(tokenizer, bytes);

        ModelIntegrityException error = assertRefused();

        String actual = Sha256.of(tokenizer);
        assertEquals(tokenizer, error.file());
        assertEquals(spec.tokenizerSha256(), error.expectedSha256());
        assertEquals(actual, error.actualSha256());
        assertTrue(error.getMessage().contains(tokenizer.toString()), error.getMessage());
        assertTrue(error.getMessage().contains(spec.tokenizerSha256()), error.getMessage());
        assertTrue(error.getMessage().contains(actual), error.getMessage());
        assertTrue(error.getMessage().contains("./mvnw generate-resources"), error.getMessage());
    }

    @Test
    void truncatedModelIsRefusedBeforeOnnxRuntimeSeesIt() throws IOException {
        Path model = dir.resolve(spec.file());
        Files.delete(model);
        try (InputStream in = Files.newInputStream(TestModels.MODELS_DIR.resolve(spec.file()))) {
            Files.write(model, in.readNBytes(1 << 20));
        }

        ModelIntegrityException error = assertRefused();

        assertEquals(model, error.file());
        assertTrue(error.getMessage().contains(spec.sha256()), error.getMessage());
        assertTrue(error.getMessage().contains(Sha256.of(model)), error.getMessage());
    }

    @Test
    void missingModelIsRefused() throws IOException {
        Path model = dir.resolve(spec.file());
        Files.delete(model);

        ModelIntegrityException error = assertRefused();

        assertEquals(model, error.file());
        assertNull(error.actualSha256());
        assertTrue(error.getMessage().contains(model.toString()) && error.getMessage().contains("missing"),
                error.getMessage());
        assertTrue(error.getMessage().contains("./mvnw generate-resources"), error.getMessage());
    }

    @Test
    void missingTokenizerIsRefused() throws IOException {
        Path tokenizer = dir.resolve(spec.tokenizer());
        Files.delete(tokenizer);

        assertEquals(tokenizer, assertRefused().file());
    }

    @Test
    void intactFilesPass() {
        ModelVerifier.verify(dir, spec);
    }

    private ModelIntegrityException assertRefused() {
        return assertThrows(ModelIntegrityException.class,
                () -> OnnxEmbedder.open(dir, spec, EmbedderSettings.defaults()).close());
    }
}
