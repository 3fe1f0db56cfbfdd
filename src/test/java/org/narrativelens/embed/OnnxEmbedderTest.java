package org.narrativelens.embed;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Behaviour of the fp32 embedder: shape, order, batching, truncation, threads and lifecycle. */
class OnnxEmbedderTest {

    private static final float SAME = 1e-6f;

    private static ModelSpec spec;
    private static OnnxEmbedder embedder;

    @BeforeAll
    static void open() {
        spec = TestModels.spec(TestModels.FP32);
        embedder = OnnxEmbedder.open(TestModels.MODELS_DIR, spec, new EmbedderSettings(2, 16));
    }

    @AfterAll
    static void close() {
        embedder.close();
    }

    @Test
    void reportsTheModelFromTheManifest() {
        assertEquals(new ModelInfo(TestModels.FP32, spec.sha256(), 384), embedder.model());
    }

    @Test
    void emptyListGivesEmptyArray() {
        assertEquals(0, embedder.embed(List.of()).length);
    }

    @Test
    void everyVectorHasTheModelDimensionAndUnitNorm() {
        List<String> texts = new ArrayList<>(Sentences.VARIED);
        texts.add("");
        texts.add("   ");
        for (float[] vector : embedder.embed(texts)) {
            assertEquals(384, vector.length);
            assertEquals(1f, TestModels.norm(vector), 1e-5f);
        }
    }

    @Test
    void outputFollowsInputOrderDespiteLengthSorting() {
        List<String> longestFirst = new ArrayList<>(Sentences.VARIED);
        longestFirst.sort(Comparator.comparingInt(String::length).reversed());
        float[][] together = embedder.embed(longestFirst);
        for (int i = 0; i < longestFirst.size(); i++) {
            float[] alone = embedder.embed(List.of(longestFirst.get(i)))[0];
            assertTrue(TestModels.maxAbsDifference(alone, together[i]) <= SAME, "text " + i + " moved");
        }
    }

    @Test
    void batchSizeOneAndSixteenGiveTheSameVectors() {
        List<String> texts = manyTexts();
        float[][] batched = embedder.embed(texts);
        try (OnnxEmbedder oneByOne = OnnxEmbedder.open(TestModels.MODELS_DIR, spec, new EmbedderSettings(2, 1))) {
            float[][] single = oneByOne.embed(texts);
            for (int i = 0; i < texts.size(); i++) {
                assertTrue(TestModels.maxAbsDifference(single[i], batched[i]) <= SAME, "text " + i);
            }
        }
    }

    @Test
    void textsSortedInSeveralWindowsKeepTheirPlaces() {
        List<String> texts = manyTexts();
        float[][] oneWindow = embedder.embed(texts);
        try (OnnxEmbedder windowed = OnnxEmbedder.open(TestModels.MODELS_DIR, spec, new EmbedderSettings(2, 3), 7)) {
            float[][] severalWindows = windowed.embed(texts);
            for (int i = 0; i < texts.size(); i++) {
                assertTrue(TestModels.maxAbsDifference(oneWindow[i], severalWindows[i]) <= SAME, "text " + i);
            }
        }
    }

    @Test
    void duplicatesInOneCallGetEqualVectors() {
        float[][] vectors = embedder.embed(List.of("Same words.", "Other words entirely here.", "Same words."));
        assertArrayEquals(vectors[0], vectors[2], SAME);
    }

    @Test
    void textsAreTruncatedToMaxTokens() {
        String sharedStart = Sentences.LONG_REPORT;
        float[][] vectors = embedder.embed(List.of(
                sharedStart + " The rest differs: peace talks resumed.",
                sharedStart + " A completely different ending about football results."));
        assertArrayEquals(vectors[0], vectors[1], SAME);
    }

    @Test
    void concurrentCallsGiveTheSameVectorsAsOneCall() throws Exception {
        List<String> texts = manyTexts();
        float[][] expected = embedder.embed(texts);
        ExecutorService pool = Executors.newFixedThreadPool(4);
        try {
            List<Future<float[][]>> results = new ArrayList<>();
            for (int call = 0; call < 8; call++) {
                results.add(pool.submit(() -> embedder.embed(texts)));
            }
            for (Future<float[][]> result : results) {
                float[][] actual = result.get();
                for (int i = 0; i < texts.size(); i++) {
                    assertTrue(TestModels.maxAbsDifference(expected[i], actual[i]) <= SAME, "text " + i);
                }
            }
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void nullTextIsRefused() {
        List<String> withNull = new ArrayList<>();
        withNull.add("fine");
        withNull.add(null);
        assertThrows(NullPointerException.class, () -> embedder.embed(withNull));
    }

    @Test
    void closedEmbedderRefusesWorkAndClosesOnce() {
        OnnxEmbedder closing = OnnxEmbedder.open(TestModels.MODELS_DIR, spec, new EmbedderSettings(1, 4));
        closing.close();
        closing.close();
        IllegalStateException refused = assertThrows(EmbedderClosedException.class,
                () -> closing.embed(List.of("too late")));
        assertTrue(refused.getMessage().contains("closed"));
    }

    @Test
    void closingStopsACallInFlightAtItsNextBatchAndNoInferenceRunsAfterIt() throws Exception {
        OnnxEmbedder closing = OnnxEmbedder.open(TestModels.MODELS_DIR, spec, new EmbedderSettings(1, 1));
        List<String> many = new ArrayList<>();
        for (int i = 0; i < 2000; i++) {
            many.add("Sentence number " + i + " about the harbour wall and the council's vote on it.");
        }
        ExecutorService pool = Executors.newSingleThreadExecutor();
        try {
            Future<float[][]> inFlight = pool.submit(() -> closing.embed(many));
            Thread.sleep(300);
            closing.close();
            // 2,000 single-text batches take seconds: had close() waited for the whole call, it would have succeeded
            java.util.concurrent.ExecutionException stopped = assertThrows(
                    java.util.concurrent.ExecutionException.class, inFlight::get);
            assertTrue(stopped.getCause() instanceof EmbedderClosedException, stopped.getCause().toString());
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void unsupportedPoolingIsRefused() {
        ModelSpec clsPooled = new ModelSpec(spec.name(), spec.mavenCoordinates(), spec.file(), spec.sha256(),
                spec.tokenizer(), spec.tokenizerSha256(), spec.licence(), spec.dimension(), spec.maxTokens(),
                "cls", true);
        assertThrows(IllegalArgumentException.class,
                () -> OnnxEmbedder.open(TestModels.MODELS_DIR, clsPooled, EmbedderSettings.defaults()));
    }

    /** 40 texts of many lengths, so batches of 16 mix lengths and pad. */
    private static List<String> manyTexts() {
        List<String> texts = new ArrayList<>(Sentences.VARIED);
        for (int i = 0; i < 20; i++) {
            texts.add("Report " + i + ": " + "the border crossing stayed closed ".repeat(i % 7 + 1));
        }
        return texts;
    }
}
