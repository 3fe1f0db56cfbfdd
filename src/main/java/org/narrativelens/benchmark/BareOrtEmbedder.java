package org.narrativelens.benchmark;

import ai.djl.huggingface.tokenizers.Encoding;
import ai.djl.huggingface.tokenizers.HuggingFaceTokenizer;
import ai.onnxruntime.OnnxTensor;
import ai.onnxruntime.OrtEnvironment;
import ai.onnxruntime.OrtException;
import ai.onnxruntime.OrtSession;
import java.io.IOException;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The baseline of the embedding benchmark: the same model run by a bare ONNX Runtime session (no DJL), with the same
 * tokenizer, threads, batch size and length-sorted batches, and mean pooling and normalisation in plain Java.
 */
final class BareOrtEmbedder implements AutoCloseable {

    private final OrtEnvironment environment;
    private final OrtSession session;
    private final HuggingFaceTokenizer tokenizer;
    private final int batchSize;

    BareOrtEmbedder(Path model, Path tokenizerJson, int maxTokens, int threads, int batchSize)
            throws OrtException, IOException {
        this.environment = OrtEnvironment.getEnvironment();
        OrtSession.SessionOptions options = new OrtSession.SessionOptions();
        options.setIntraOpNumThreads(threads);
        options.setInterOpNumThreads(1);
        this.session = environment.createSession(model.toString(), options);
        this.tokenizer = HuggingFaceTokenizer.newInstance(tokenizerJson, Map.of("padding", "false",
                "truncation", "true", "maxLength", String.valueOf(maxTokens),
                "modelMaxLength", String.valueOf(maxTokens)));
        this.batchSize = batchSize;
    }

    float[][] embed(List<String> texts) throws OrtException {
        Encoding[] encodings = tokenizer.batchEncode(texts);
        Integer[] order = new Integer[encodings.length];
        for (int i = 0; i < order.length; i++) {
            order[i] = i;
        }
        Arrays.sort(order, (a, b) -> Integer.compare(encodings[a].getIds().length, encodings[b].getIds().length));
        float[][] vectors = new float[texts.size()][];
        for (int from = 0; from < order.length; from += batchSize) {
            int size = Math.min(batchSize, order.length - from);
            int length = 0;
            for (int r = 0; r < size; r++) {
                length = Math.max(length, encodings[order[from + r]].getIds().length);
            }
            long[][] ids = new long[size][length];
            long[][] mask = new long[size][length];
            long[][] types = new long[size][length];
            for (int r = 0; r < size; r++) {
                Encoding e = encodings[order[from + r]];
                System.arraycopy(e.getIds(), 0, ids[r], 0, e.getIds().length);
                System.arraycopy(e.getAttentionMask(), 0, mask[r], 0, e.getAttentionMask().length);
                System.arraycopy(e.getTypeIds(), 0, types[r], 0, e.getTypeIds().length);
            }
            Map<String, OnnxTensor> inputs = new HashMap<>();
            try {
                inputs.put("input_ids", OnnxTensor.createTensor(environment, ids));
                inputs.put("attention_mask", OnnxTensor.createTensor(environment, mask));
                if (session.getInputNames().contains("token_type_ids")) {
                    inputs.put("token_type_ids", OnnxTensor.createTensor(environment, types));
                }
                try (OrtSession.Result result = session.run(inputs)) {
                    float[][][] hidden = (float[][][]) result.get(0).getValue();
                    for (int r = 0; r < size; r++) {
                        vectors[order[from + r]] = meanPooledUnit(hidden[r], mask[r]);
                    }
                }
            } finally {
                inputs.values().forEach(OnnxTensor::close);
            }
        }
        return vectors;
    }

    private static float[] meanPooledUnit(float[][] tokens, long[] mask) {
        int dimension = tokens[0].length;
        double[] sum = new double[dimension];
        int count = 0;
        for (int t = 0; t < tokens.length; t++) {
            if (mask[t] != 0) {
                count++;
                for (int j = 0; j < dimension; j++) {
                    sum[j] += tokens[t][j];
                }
            }
        }
        double norm = 0;
        for (int j = 0; j < dimension; j++) {
            sum[j] /= Math.max(1, count);
            norm += sum[j] * sum[j];
        }
        norm = Math.sqrt(norm);
        float[] unit = new float[dimension];
        for (int j = 0; j < dimension; j++) {
            unit[j] = (float) (sum[j] / norm);
        }
        return unit;
    }

    @Override
    public void close() throws OrtException {
        session.close();
        tokenizer.close();
    }
}
