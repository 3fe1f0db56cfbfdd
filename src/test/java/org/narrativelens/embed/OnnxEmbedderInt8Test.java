package org.narrativelens.embed;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The quantised model quantises activations per run over the whole batch tensor, so a text's vector
 * depends a little on the texts batched with it. These tests pin how little.
 */
class OnnxEmbedderInt8Test {

    @Test
    void batchedVectorsStayCloseToUnbatchedOnesAndToFp32() {
        List<String> texts = Sentences.VARIED;
        float[][] int8Batched;
        float[][] int8Single;
        float[][] fp32;
        ModelSpec int8 = TestModels.spec(TestModels.INT8);
        try (OnnxEmbedder batched = OnnxEmbedder.open(TestModels.MODELS_DIR, int8, new EmbedderSettings(2, 16));
                OnnxEmbedder single = OnnxEmbedder.open(TestModels.MODELS_DIR, int8, new EmbedderSettings(2, 1));
                OnnxEmbedder full = OnnxEmbedder.open(
                        TestModels.MODELS_DIR, TestModels.spec(TestModels.FP32), new EmbedderSettings(2, 16))) {
            int8Batched = batched.embed(texts);
            int8Single = single.embed(texts);
            fp32 = full.embed(texts);
        }
        for (int i = 0; i < texts.size(); i++) {
            assertEquals(1f, TestModels.norm(int8Batched[i]), 1e-5f);
            assertTrue(cosine(int8Batched[i], int8Single[i]) > 0.94, "int8 batched vs single, text " + i);
            assertTrue(cosine(int8Single[i], fp32[i]) > 0.94, "int8 vs fp32, text " + i);
        }
    }

    private static double cosine(float[] a, float[] b) {
        double dot = 0;
        for (int i = 0; i < a.length; i++) {
            dot += (double) a[i] * b[i];
        }
        return dot;
    }
}
