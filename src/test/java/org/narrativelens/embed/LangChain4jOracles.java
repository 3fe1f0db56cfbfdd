package org.narrativelens.embed;

import ai.djl.engine.Engine;
import dev.langchain4j.model.embedding.EmbeddingModel;
import dev.langchain4j.model.embedding.onnx.OnnxEmbeddingModel;
import dev.langchain4j.model.embedding.onnx.PoolingMode;
import dev.langchain4j.model.embedding.onnx.allminilml6v2.AllMiniLmL6V2EmbeddingModel;

/**
 * LangChain4j's implementations of our models, the oracles for our vectors.
 *
 * <p>DJL's engine must create the JVM's OrtEnvironment (it asks for one with thread options and fails if
 * one exists), so it starts before LangChain4j, which takes whatever environment exists.
 */
final class LangChain4jOracles {

    private LangChain4jOracles() {
    }

    static EmbeddingModel fp32() {
        startDjlFirst();
        return new AllMiniLmL6V2EmbeddingModel();
    }

    /**
     * The same files and pooling as LangChain4j's AllMiniLmL6V2QuantizedEmbeddingModel, whose jar is not on
     * the test classpath.
     */
    static EmbeddingModel int8() {
        startDjlFirst();
        ModelSpec spec = TestModels.spec(TestModels.INT8);
        return new OnnxEmbeddingModel(TestModels.MODELS_DIR.resolve(spec.file()),
                TestModels.MODELS_DIR.resolve(spec.tokenizer()), PoolingMode.MEAN);
    }

    private static void startDjlFirst() {
        DjlOffline.enable();
        Engine.getEngine("OnnxRuntime");
    }
}
