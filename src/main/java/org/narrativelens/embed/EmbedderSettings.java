package org.narrativelens.embed;

/**
 * How an {@link OnnxEmbedder} uses the machine.
 *
 * @param intraOpThreads threads ONNX Runtime uses inside one model run
 * @param batchSize texts per model run; texts are sorted by length first, so batches carry little padding.
 *     With fp32 models a text's vector does not depend on its batch; quantised (int8) models quantise
 *     activations over the whole batch, so there it shifts slightly (cosine above 0.95) unless the size is 1
 */
public record EmbedderSettings(int intraOpThreads, int batchSize) {

    public EmbedderSettings {
        if (intraOpThreads < 1 || batchSize < 1) {
            throw new IllegalArgumentException(
                    "intraOpThreads and batchSize must be at least 1, got " + intraOpThreads + " and " + batchSize);
        }
    }

    /** One thread per available processor and batches of 16, the measured sweet spot on 2 cores. */
    public static EmbedderSettings defaults() {
        return new EmbedderSettings(Runtime.getRuntime().availableProcessors(), 16);
    }
}
