package org.narrativelens.embed;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.junit.jupiter.api.Test;

class ModelReadinessTest {

    private static final ModelInfo MODEL = new ModelInfo("test-model", "ab".repeat(32), 3);

    private final ModelState state = new ModelState();
    private final ModelReadiness readiness = new ModelReadiness(state);

    @Test
    void downWhileTheModelLoads() {
        HealthCheckResponse response = readiness.call();

        assertEquals(HealthCheckResponse.Status.DOWN, response.getStatus());
        assertEquals("loading", response.getData().orElseThrow().get("phase"));
    }

    @Test
    void upOnceVerifiedAndAnswering() {
        state.ready(MODEL, Instant.parse("2026-12-01T00:00:00Z"));

        HealthCheckResponse response = readiness.call();

        assertEquals(HealthCheckResponse.Status.UP, response.getStatus());
        Map<String, Object> data = response.getData().orElseThrow();
        assertEquals("test-model", data.get("model"));
        assertEquals("ab".repeat(32), data.get("sha256"));
        assertEquals("2026-12-01T00:00:00Z", data.get("checksumVerifiedAt"));
    }

    @Test
    void downWithTheReasonWhenLoadingFailed() {
        state.failed("sha256 mismatch for models/x.onnx");

        HealthCheckResponse response = readiness.call();

        assertEquals(HealthCheckResponse.Status.DOWN, response.getStatus());
        assertEquals("sha256 mismatch for models/x.onnx", response.getData().orElseThrow().get("failure"));
    }

    @Test
    void downAfterTheModelIsClosed() {
        state.ready(MODEL, Instant.now());
        state.closed();

        assertEquals(HealthCheckResponse.Status.DOWN, readiness.call().getStatus());
    }

    @Test
    void theWarmUpRejectsAModelThatAnswersWithTheWrongShape() {
        Embedder wrongDimension = new FixedEmbedder(new float[][] {{1f, 0f}});
        Embedder notNormalised = new FixedEmbedder(new float[][] {{1f, 1f, 1f}});
        Embedder good = new FixedEmbedder(new float[][] {{0f, 0.6f, 0.8f}});

        assertTrue(assertThrows(IllegalStateException.class, () -> EmbedderProducer.warmUp(wrongDimension))
                .getMessage().contains("2 components; the manifest says 3"));
        assertTrue(assertThrows(IllegalStateException.class, () -> EmbedderProducer.warmUp(notNormalised))
                .getMessage().contains("norm"));
        EmbedderProducer.warmUp(good);
    }

    /** Answers every call with the same vectors: stands in for a broken model file in the warm-up check. */
    private record FixedEmbedder(float[][] vectors) implements Embedder {
        @Override
        public ModelInfo model() {
            return MODEL;
        }

        @Override
        public float[][] embed(List<String> texts) {
            return vectors;
        }

        @Override
        public void close() {
        }
    }
}
