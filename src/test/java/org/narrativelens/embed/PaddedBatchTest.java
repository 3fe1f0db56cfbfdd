package org.narrativelens.embed;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;

import ai.djl.huggingface.tokenizers.Encoding;
import ai.djl.huggingface.tokenizers.HuggingFaceTokenizer;
import java.io.IOException;
import java.util.Map;
import org.junit.jupiter.api.Test;

class PaddedBatchTest {

    @Test
    void padsEveryRowWithZerosToTheLongestInTheChosenOrder() throws IOException {
        DjlOffline.enable();
        ModelSpec spec = TestModels.spec(TestModels.FP32);
        try (HuggingFaceTokenizer tokenizer = HuggingFaceTokenizer.newInstance(
                TestModels.MODELS_DIR.resolve(spec.tokenizer()), Map.of("padding", "false"))) {
            Encoding[] encodings = tokenizer.batchEncode(new String[] {"hello world", "hi"});

            PaddedBatch batch = PaddedBatch.of(encodings, new int[] {1, 0});

            // [CLS] hi [SEP] padded, then [CLS] hello world [SEP]
            assertArrayEquals(new long[] {101, 7632, 102, 0}, batch.inputIds()[0]);
            assertArrayEquals(new long[] {101, 7592, 2088, 102}, batch.inputIds()[1]);
            assertArrayEquals(new long[] {1, 1, 1, 0}, batch.attentionMask()[0]);
            assertArrayEquals(new long[] {1, 1, 1, 1}, batch.attentionMask()[1]);
            assertArrayEquals(new long[] {0, 0, 0, 0}, batch.tokenTypeIds()[0]);
        }
    }
}
