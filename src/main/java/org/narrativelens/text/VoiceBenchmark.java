package org.narrativelens.text;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.BufferedReader;
import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

/**
 * Benchmark of the default segmentation path with voices and speakers (README, "Who says what"): sentences per second
 * of {@link PassageSegmenter} against CoreNLP's tokenize + ssplit alone on the same paragraphs in the same run, on one
 * thread and on two, and the peak heap. Not part of the service; run by the {@code voice-benchmark} execution.
 */
public final class VoiceBenchmark {

    private VoiceBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        if (args.length < 1) {
            System.err.println("usage: VoiceBenchmark <documents.jsonl> [documents (default 400)]");
            System.exit(2);
        }
        Path file = Path.of(args[0]);
        int limit = args.length > 1 ? Integer.parseInt(args[1]) : 400;
        List<String> texts = read(file, limit);
        PassageSegmenter segmenter = new PassageSegmenter(SegmenterSettings.defaults());
        SentenceSplitter splitter = new SentenceSplitter();
        for (String text : texts.subList(0, Math.min(30, texts.size()))) { // warm-up: JIT and CoreNLP's lexer
            segmenter.segment(text);
            baseline(splitter, text);
        }
        long start = System.nanoTime();
        long baselineSentences = 0;
        for (String text : texts) {
            baselineSentences += baseline(splitter, text);
        }
        double baselineSeconds = seconds(start);
        start = System.nanoTime();
        Counts counts = new Counts();
        for (String text : texts) {
            counts.add(segmenter.segment(text));
        }
        double defaultSeconds = seconds(start);
        start = System.nanoTime();
        long twoThreadSentences = twoThreads(segmenter, texts);
        double twoThreadSeconds = seconds(start);

        System.out.printf(Locale.ROOT, "documents: %d from %s (%d characters)%n", texts.size(), file,
                texts.stream().mapToLong(String::length).sum());
        System.out.printf(Locale.ROOT, "processors: %d; max heap: %d MB%n", Runtime.getRuntime().availableProcessors(),
                Runtime.getRuntime().maxMemory() / (1 << 20));
        System.out.printf(Locale.ROOT, "baseline, CoreNLP tokenize+ssplit only, 1 thread: %d sentences in %.2f s = %.0f"
                + " sentences/s%n", baselineSentences, baselineSeconds, baselineSentences / baselineSeconds);
        System.out.printf(Locale.ROOT, "default path (boilerplate, tokenize+ssplit, voices and speakers, passages),"
                        + " 1 thread: %d sentences in %.2f s = %.0f sentences/s (%.2f of the baseline's rate)%n",
                counts.sentences, defaultSeconds, counts.sentences / defaultSeconds,
                (counts.sentences / defaultSeconds) / (baselineSentences / baselineSeconds));
        System.out.printf(Locale.ROOT, "default path, 2 threads: %d sentences in %.2f s = %.0f sentences/s%n",
                twoThreadSentences, twoThreadSeconds, twoThreadSentences / twoThreadSeconds);
        System.out.printf(Locale.ROOT, "passages: %d; quoted %d, reported %d, with a named speaker %d%n",
                counts.passages, counts.quoted, counts.reported, counts.named);
        System.out.printf(Locale.ROOT, "peak heap used: %d MB%n", peakHeapBytes() / (1 << 20));
    }

    private static int baseline(SentenceSplitter splitter, String text) {
        int sentences = 0;
        for (Paragraph paragraph : ParagraphSplitter.split(text)) {
            sentences += splitter.split(text, paragraph.start(), paragraph.end()).size();
        }
        return sentences;
    }

    private static long twoThreads(PassageSegmenter segmenter, List<String> texts) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(2);
        try {
            List<Future<Integer>> futures = new ArrayList<>();
            for (String text : texts) {
                futures.add(pool.submit(() -> segmenter.segment(text).sentences()));
            }
            long sentences = 0;
            for (Future<Integer> future : futures) {
                sentences += future.get();
            }
            return sentences;
        } finally {
            pool.shutdown();
        }
    }

    private static List<String> read(Path file, int limit) throws IOException {
        ObjectMapper json = new ObjectMapper();
        List<String> texts = new ArrayList<>();
        try (BufferedReader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            String line;
            while (texts.size() < limit && (line = in.readLine()) != null) {
                if (!line.isBlank()) {
                    JsonNode text = json.readTree(line).get("text");
                    if (text != null && !text.asText().isBlank()) {
                        texts.add(text.asText());
                    }
                }
            }
        }
        return texts;
    }

    private static long peakHeapBytes() {
        long peak = 0;
        for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
            if (pool.getType() == MemoryType.HEAP) {
                peak += pool.getPeakUsage().getUsed();
            }
        }
        return peak;
    }

    private static double seconds(long start) {
        return (System.nanoTime() - start) / 1e9;
    }

    /** Sentences and voices counted over a run. */
    private static final class Counts {
        long sentences;
        long passages;
        long quoted;
        long reported;
        long named;

        void add(Segmentation segmentation) {
            sentences += segmentation.sentences();
            for (Passage passage : segmentation.passages()) {
                passages++;
                quoted += passage.voice().voice() == Voice.QUOTED ? 1 : 0;
                reported += passage.voice().voice() == Voice.REPORTED ? 1 : 0;
                named += passage.voice().speaker() != null ? 1 : 0;
            }
        }
    }
}
