package org.narrativelens.benchmark;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.AbstractMap;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ForkJoinPool;
import java.util.concurrent.atomic.AtomicInteger;
import org.narrativelens.statements.CoreNlpModels;
import org.narrativelens.statements.DependencyParser;
import org.narrativelens.statements.SalientTerms;
import org.narrativelens.statements.StatementExtractor;
import org.narrativelens.text.Passage;
import org.narrativelens.text.PassageSegmenter;
import org.narrativelens.text.SegmenterSettings;
import org.narrativelens.text.Span;

/**
 * The statement stage without the database: passages as the service cuts them, the selection rule of
 * {@code StatementStage} (defaults: 40 salient terms, at least 2 named, at most 600 chars), and the parse of every
 * selected distinct sentence on {@code threads} threads. Prints sentences, share selected, sentences/s parsed,
 * statements/s and peak heap.
 * Args: documents.jsonl [topic=all] [max documents=all] [threads=2].
 */
public final class StatementBenchmark {

    private StatementBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        Path file = Path.of(args.length > 0 ? args[0] : "../shared/data/allsides-dev/documents.jsonl");
        String topic = args.length > 1 ? args[1] : "all";
        int limit = args.length > 2 ? Integer.parseInt(args[2]) : Integer.MAX_VALUE;
        int threads = args.length > 3 ? Integer.parseInt(args[3]) : 2;
        ObjectMapper json = new ObjectMapper();
        List<JsonNode> documents = new ArrayList<>();
        for (String line : Files.readAllLines(file)) {
            JsonNode document = json.readTree(line);
            if (topic.equals("all") || document.has("topic") && topic.equals(document.get("topic").asText())) {
                documents.add(document);
            }
            if (documents.size() == limit) {
                break;
            }
        }
        PeakHeap.reset();
        long loadStart = System.nanoTime();
        StatementExtractor extractor =
                new StatementExtractor(new DependencyParser(CoreNlpModels.verified(Path.of("models"))));
        extractor.sentence("Warm up the parser once.");
        double loadSeconds = (System.nanoTime() - loadStart) / 1e9;

        long selectStart = System.nanoTime();
        PassageSegmenter segmenter = new PassageSegmenter(SegmenterSettings.defaults());
        List<Map.Entry<String, String>> passages = new ArrayList<>();
        for (JsonNode document : documents) {
            for (Passage passage : segmenter.segment(document.get("text").asText()).passages()) {
                passages.add(new AbstractMap.SimpleEntry<>(document.get("source").asText(), passage.text()));
            }
        }
        SalientTerms salient = SalientTerms.of(passages, List.of(), 40);
        int sentences = 0;
        Set<String> selected = new LinkedHashSet<>();
        for (Map.Entry<String, String> passage : passages) {
            for (Span span : StatementExtractor.sentences(passage.getValue())) {
                sentences++;
                String sentence = passage.getValue().substring(span.start(), span.end());
                if (sentence.length() <= 600 && salient.count(sentence) >= 2) {
                    selected.add(sentence);
                }
            }
        }
        double selectSeconds = (System.nanoTime() - selectStart) / 1e9;

        AtomicInteger statements = new AtomicInteger();
        long parseStart = System.nanoTime();
        ForkJoinPool pool = new ForkJoinPool(threads);
        pool.submit(() -> selected.parallelStream().forEach(s -> statements.addAndGet(extractor.sentence(s).size())))
                .get();
        pool.shutdown();
        double parseSeconds = (System.nanoTime() - parseStart) / 1e9;

        System.out.printf(Locale.ROOT, "documents %d, passages %d, sentences %d, selected (distinct) %d = %.1f%%%n",
                documents.size(), passages.size(), sentences, selected.size(), 100.0 * selected.size() / sentences);
        System.out.printf(Locale.ROOT, "salient terms: %s%n", new java.util.TreeSet<>(salient.terms()));
        System.out.printf(Locale.ROOT, "load %.1f s, split+select %.1f s, parse %.1f s on %d threads%n",
                loadSeconds, selectSeconds, parseSeconds, threads);
        System.out.printf(Locale.ROOT, "parsed %.1f sentences/s, %d statements = %.1f statements/s, "
                        + "whole stage %.1f s, peak heap %s%n", selected.size() / parseSeconds, statements.get(),
                statements.get() / parseSeconds, selectSeconds + parseSeconds, PeakHeap.mib(PeakHeap.bytes()));
    }
}
