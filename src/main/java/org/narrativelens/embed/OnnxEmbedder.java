package org.narrativelens.embed;

import ai.djl.MalformedModelException;
import ai.djl.Model;
import ai.djl.huggingface.tokenizers.Encoding;
import ai.djl.huggingface.tokenizers.HuggingFaceTokenizer;
import ai.djl.inference.Predictor;
import ai.djl.translate.TranslateException;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.locks.ReadWriteLock;
import java.util.concurrent.locks.ReentrantReadWriteLock;

/**
 * Embeds texts with a BERT-style sentence-transformer exported to ONNX, run by DJL on ONNX Runtime.
 *
 * <p>Thread-safe: concurrent {@link #embed} calls each get their own DJL predictor over the one shared
 * ONNX Runtime session, whose run method is thread-safe, and the tokenizer, which holds no per-call
 * state. No lock serialises the calls; {@link #close} stops the calls in flight at their next batch and waits for
 * them, so that no inference runs once it returns. On few cores,
 * one call with many texts is faster than many concurrent calls with few.
 */
public final class OnnxEmbedder implements Embedder {

    private static final String ENGINE = "OnnxRuntime";
    private static final int SORT_WINDOW = 4096;

    private final ModelSpec spec;
    private final EmbedderSettings settings;
    private final int sortWindow;
    private final HuggingFaceTokenizer tokenizer;
    private final Model model;
    private final SentenceEmbeddingTranslator translator;
    private final ReadWriteLock lifecycle = new ReentrantReadWriteLock();
    private boolean closed;
    /** Set by close(): calls in flight stop at their next batch instead of holding close() up to the end. */
    private volatile boolean closing;

    private OnnxEmbedder(ModelSpec spec, EmbedderSettings settings, int sortWindow, HuggingFaceTokenizer tokenizer,
            Model model) {
        this.spec = spec;
        this.settings = settings;
        this.sortWindow = sortWindow;
        this.tokenizer = tokenizer;
        this.model = model;
        this.translator = new SentenceEmbeddingTranslator(inputNames(model, spec), spec.dimension());
    }

    /**
     * Verifies the model's and tokenizer's checksums, then loads both.
     *
     * @throws ModelIntegrityException when a file is missing or differs from the manifest, before anything loads
     */
    public static OnnxEmbedder open(Path modelsDir, ModelSpec spec, EmbedderSettings settings) {
        return open(modelsDir, spec, settings, SORT_WINDOW);
    }

    /** @param sortWindow how many texts are tokenised and sorted by length together */
    static OnnxEmbedder open(Path modelsDir, ModelSpec spec, EmbedderSettings settings, int sortWindow) {
        Objects.requireNonNull(modelsDir, "modelsDir");
        Objects.requireNonNull(spec, "spec");
        Objects.requireNonNull(settings, "settings");
        if (sortWindow < 1) {
            throw new IllegalArgumentException("sortWindow must be at least 1, got " + sortWindow);
        }
        requireSupported(spec);
        ModelVerifier.verify(modelsDir, spec);
        DjlOffline.enable();
        HuggingFaceTokenizer tokenizer = openTokenizer(modelsDir.resolve(spec.tokenizer()), spec.maxTokens());
        Model model = null;
        try {
            model = openModel(modelsDir.resolve(spec.file()), spec, settings);
            return new OnnxEmbedder(spec, settings, sortWindow, tokenizer, model);
        } catch (RuntimeException e) {
            if (model != null) {
                model.close();
            }
            tokenizer.close();
            throw e;
        }
    }

    private static void requireSupported(ModelSpec spec) {
        if (!"mean".equals(spec.pooling()) || !spec.normalize()) {
            throw new IllegalArgumentException("model " + spec.name() + " asks for pooling " + spec.pooling()
                    + " and normalize " + spec.normalize() + "; OnnxEmbedder supports mean pooling with normalisation");
        }
    }

    private static HuggingFaceTokenizer openTokenizer(Path file, int maxTokens) {
        // tokenizer.json carries its own truncation and fixed padding; replace both: we pad per batch ourselves.
        Map<String, String> options = Map.of(
                "padding", "false",
                "truncation", "true",
                "maxLength", String.valueOf(maxTokens),
                "modelMaxLength", String.valueOf(maxTokens));
        try {
            return HuggingFaceTokenizer.newInstance(file, options);
        } catch (IOException e) {
            throw new IllegalStateException("cannot load tokenizer " + file, e);
        }
    }

    private static Model openModel(Path file, ModelSpec spec, EmbedderSettings settings) {
        // DJL's OrtModel casts each option to String.
        Map<String, String> options = Map.of(
                "interOpNumThreads", "1",
                "intraOpNumThreads", String.valueOf(settings.intraOpThreads()));
        Model model;
        try {
            model = Model.newInstance(spec.name(), ENGINE);
        } catch (LinkageError e) {
            throw new IllegalStateException("DJL's " + ENGINE + " engine failed to start. It must create the JVM's"
                    + " OrtEnvironment itself: load OnnxEmbedder before any other ONNX Runtime user", e);
        }
        try {
            model.load(file, null, options);
            return model;
        } catch (IOException | MalformedModelException | RuntimeException e) {
            model.close();
            throw new IllegalStateException("cannot load model " + spec.name() + " from " + file, e);
        }
    }

    private static List<String> inputNames(Model model, ModelSpec spec) {
        List<String> names = model.describeInput().keys();
        if (!names.containsAll(SentenceEmbeddingTranslator.REQUIRED_INPUTS)
                || !SentenceEmbeddingTranslator.KNOWN_INPUTS.containsAll(names)) {
            throw new IllegalStateException("model " + spec.name() + " has inputs " + names + "; expected "
                    + SentenceEmbeddingTranslator.REQUIRED_INPUTS + ", optionally with token_type_ids");
        }
        return names;
    }

    @Override
    public ModelInfo model() {
        return spec.info();
    }

    @Override
    public float[][] embed(List<String> texts) {
        Objects.requireNonNull(texts, "texts");
        int position = 0;
        for (String text : texts) {
            if (text == null) {
                throw new NullPointerException("texts[" + position + "] is null");
            }
            position++;
        }
        if (texts.isEmpty()) {
            return new float[0][];
        }
        lifecycle.readLock().lock();
        try {
            if (closed) {
                throw new EmbedderClosedException("embedder for " + spec.name() + " is closed");
            }
            return embedOpen(List.copyOf(texts));
        } finally {
            lifecycle.readLock().unlock();
        }
    }

    private float[][] embedOpen(List<String> texts) {
        float[][] vectors = new float[texts.size()][];
        try (Predictor<PaddedBatch, float[][]> predictor = model.newPredictor(translator)) {
            // Tokenise and sort a window at a time: it bounds the memory the encodings hold on huge inputs.
            for (int from = 0; from < texts.size(); from += sortWindow) {
                int to = Math.min(from + sortWindow, texts.size());
                embedWindow(predictor, texts.subList(from, to), vectors, from);
            }
        } catch (TranslateException e) {
            throw new IllegalStateException("model " + spec.name() + " failed to embed a batch", e);
        }
        return vectors;
    }

    private void embedWindow(Predictor<PaddedBatch, float[][]> predictor, List<String> window, float[][] vectors,
            int offset) throws TranslateException {
        Encoding[] encodings = tokenizer.batchEncode(window);
        int[] lengths = new int[encodings.length];
        for (int i = 0; i < encodings.length; i++) {
            lengths[i] = encodings[i].getIds().length;
        }
        for (int[] positions : LengthBatches.plan(lengths, settings.batchSize())) {
            if (closing) {
                throw new EmbedderClosedException("embedder for " + spec.name() + " was closed while it embedded");
            }
            float[][] batchVectors = predictor.predict(PaddedBatch.of(encodings, positions));
            for (int row = 0; row < positions.length; row++) {
                vectors[offset + positions[row]] = batchVectors[row];
            }
        }
    }

    @Override
    public void close() {
        closing = true;
        lifecycle.writeLock().lock();
        try {
            if (closed) {
                return;
            }
            closed = true;
            model.close();
            tokenizer.close();
        } finally {
            lifecycle.writeLock().unlock();
        }
    }
}
