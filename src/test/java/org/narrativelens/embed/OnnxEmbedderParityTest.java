package org.narrativelens.embed;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.langchain4j.model.embedding.EmbeddingModel;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Our vectors equal LangChain4j's for the same weights, tokenizer, truncation and pooling. */
class OnnxEmbedderParityTest {

    private static final float TOLERANCE = 1e-5f;

    @Test
    void fp32VectorsEqualLangChain4jAllMiniLmL6V2() {
        assertParity(TestModels.spec(TestModels.FP32), LangChain4jOracles.fp32(), 16);
    }

    @Test
    void int8VectorsEqualLangChain4jQuantizedModelWhenEmbeddedOneByOne() {
        // Batch size 1 like LangChain4j: int8 activations are quantised per run, see OnnxEmbedderInt8BatchTest.
        assertParity(TestModels.spec(TestModels.INT8), LangChain4jOracles.int8(), 1);
    }

    private static void assertParity(ModelSpec spec, EmbeddingModel oracle, int batchSize) {
        List<String> texts = Sentences.VARIED;
        try (OnnxEmbedder embedder = OnnxEmbedder.open(TestModels.MODELS_DIR, spec, new EmbedderSettings(2, batchSize))) {
            float[][] ours = embedder.embed(texts);
            assertEquals(texts.size(), ours.length);
            for (int i = 0; i < texts.size(); i++) {
                float[] expected = oracle.embed(texts.get(i)).content().vector();
                float difference = TestModels.maxAbsDifference(expected, ours[i]);
                assertTrue(difference <= TOLERANCE,
                        spec.name() + ": text " + i + " differs by " + difference + ": " + texts.get(i));
            }
        }
    }
}
