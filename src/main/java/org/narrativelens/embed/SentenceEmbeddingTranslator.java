package org.narrativelens.embed;

import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDList;
import ai.djl.ndarray.NDManager;
import ai.djl.ndarray.types.Shape;
import ai.djl.translate.NoBatchifyTranslator;
import ai.djl.translate.TranslatorContext;
import java.util.List;
import java.util.Set;

/** Feeds a padded batch to a BERT-style ONNX model and mean-pools its last hidden state into unit vectors. */
final class SentenceEmbeddingTranslator implements NoBatchifyTranslator<PaddedBatch, float[][]> {

    static final String INPUT_IDS = "input_ids";
    static final String ATTENTION_MASK = "attention_mask";
    static final String TOKEN_TYPE_IDS = "token_type_ids";
    static final Set<String> REQUIRED_INPUTS = Set.of(INPUT_IDS, ATTENTION_MASK);
    static final Set<String> KNOWN_INPUTS = Set.of(INPUT_IDS, ATTENTION_MASK, TOKEN_TYPE_IDS);

    private static final String MASK_ATTACHMENT = "attentionMask";

    private final List<String> inputNames;
    private final int dimension;

    /** @param inputNames the model's inputs in its own order; each one of {@link #KNOWN_INPUTS} */
    SentenceEmbeddingTranslator(List<String> inputNames, int dimension) {
        this.inputNames = List.copyOf(inputNames);
        this.dimension = dimension;
    }

    @Override
    public NDList processInput(TranslatorContext ctx, PaddedBatch batch) {
        ctx.setAttachment(MASK_ATTACHMENT, batch.attentionMask());
        NDManager manager = ctx.getNDManager();
        NDList inputs = new NDList(inputNames.size());
        for (String name : inputNames) {
            NDArray array = manager.create(tensor(name, batch));
            array.setName(name);
            inputs.add(array);
        }
        return inputs;
    }

    private static long[][] tensor(String inputName, PaddedBatch batch) {
        return switch (inputName) {
            case INPUT_IDS -> batch.inputIds();
            case ATTENTION_MASK -> batch.attentionMask();
            case TOKEN_TYPE_IDS -> batch.tokenTypeIds();
            default -> throw new IllegalStateException("model input " + inputName + " is not supported");
        };
    }

    @Override
    public float[][] processOutput(TranslatorContext ctx, NDList outputs) {
        NDArray hidden = outputs.get(0);
        Shape shape = hidden.getShape();
        if (shape.dimension() != 3 || shape.get(2) != dimension) {
            throw new IllegalStateException(
                    "expected token vectors of shape [batch, tokens, " + dimension + "], model gave " + shape);
        }
        long[][] mask = (long[][]) ctx.getAttachment(MASK_ATTACHMENT);
        return MeanPooling.poolAndNormalize(hidden.toFloatArray(), mask, dimension);
    }
}
