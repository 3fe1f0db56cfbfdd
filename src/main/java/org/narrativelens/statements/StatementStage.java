package org.narrativelens.statements;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.nio.file.Path;
import java.util.AbstractMap;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.BiConsumer;
import org.narrativelens.corpus.ContentHash;
import org.narrativelens.embed.ModelConfig;
import org.narrativelens.text.PassageVoice;
import org.narrativelens.text.Sentences;
import org.narrativelens.text.Span;

/**
 * The statements of a corpus's passages and of the guided frames' descriptions. Parses only sentences that name
 * at least {@code minTerms} of the corpus's {@link SalientTerms}; takes every parse it can from the
 * {@link SentenceStore} and stores the new ones chunk by chunk.
 */
@ApplicationScoped
public class StatementStage {

    /** A passage to read: where it is in its document, its text and voice. */
    public record Input(long passageId, String source, int start, String text, PassageVoice voice) {
    }

    /**
     * @param byPassage statements of each passage that has any, offsets into its document
     * @param guides    statements of each guide text, in order, offsets into that text
     * @param sentences sentences seen; {@code selected} of them were wanted, {@code parsed} of those parsed now
     *                  (the others came from the cache)
     */
    public record Result(Map<Long, List<Statement>> byPassage, List<List<Statement>> guides, int sentences,
                         int selected, int parsed) {
    }

    private final SentenceStore cache;
    private final StatementSettings settings;
    private final Path modelsDir;
    private volatile StatementExtractor extractor;

    @Inject
    public StatementStage(SentenceStore cache, StatementSettings settings, ModelConfig models) {
        this(cache, settings, Path.of(models.dir()));
    }

    /** Outside the service (the evaluation command): the parser's models under {@code modelsDir}. */
    public StatementStage(SentenceStore cache, StatementSettings settings, Path modelsDir) {
        this.cache = cache;
        this.settings = settings;
        this.modelsDir = modelsDir;
    }

    /** Reads the passages and guides; reports (passages done, passages total) after each chunk. */
    public Result run(List<Input> passages, List<String> guideTexts, BiConsumer<Integer, Integer> progress) {
        return run(passages, guideTexts, List.of(), progress);
    }

    /**
     * As {@link #run(List, List, BiConsumer)}, with the names a request gave as entity alias hints: a client who
     * names an entity says the corpus is about it, so its words are salient as the guides' words are.
     */
    public Result run(List<Input> passages, List<String> guideTexts, List<String> hintedNames,
                      BiConsumer<Integer, Integer> progress) {
        List<Map.Entry<String, String>> sourceTexts = new ArrayList<>(passages.size());
        passages.forEach(p -> sourceTexts.add(new AbstractMap.SimpleEntry<>(p.source(), p.text())));
        List<String> alwaysSalient = new ArrayList<>(guideTexts);
        alwaysSalient.addAll(hintedNames);
        SalientTerms salient = SalientTerms.of(sourceTexts, alwaysSalient, settings.salientTerms());
        Map<Long, List<Statement>> byPassage = new LinkedHashMap<>();
        int[] counts = new int[3];
        progress.accept(0, passages.size());
        for (int from = 0; from < passages.size(); from += settings.chunkPassages()) {
            List<Input> chunk = passages.subList(from, Math.min(passages.size(), from + settings.chunkPassages()));
            read(chunk, salient, counts, false).forEach((id, statements) -> {
                if (!statements.isEmpty()) {
                    byPassage.put(id, statements);
                }
            });
            progress.accept(from + chunk.size(), passages.size());
        }
        List<Input> guides = new ArrayList<>();
        for (int i = 0; i < guideTexts.size(); i++) {
            guides.add(new Input(i, "", 0, guideTexts.get(i), PassageVoice.AUTHOR));
        }
        Map<Long, List<Statement>> guideStatements = read(guides, salient, counts, true);
        List<List<Statement>> guideLists = new ArrayList<>();
        for (int i = 0; i < guideTexts.size(); i++) {
            guideLists.add(guideStatements.getOrDefault((long) i, List.of()));
        }
        return new Result(byPassage, guideLists, counts[0], counts[1], counts[2]);
    }

    /** One chunk: split, select, look up, parse what is missing, store it, assemble per passage. */
    private Map<Long, List<Statement>> read(List<Input> inputs, SalientTerms salient, int[] counts, boolean all) {
        Map<Input, List<Span>> spans = new LinkedHashMap<>();
        Map<String, String> wanted = new LinkedHashMap<>();
        for (Input input : inputs) {
            List<Span> sentences = Sentences.of(input.text());
            spans.put(input, sentences);
            for (Span span : sentences) {
                counts[0]++;
                String sentence = input.text().substring(span.start(), span.end());
                if (all || selected(sentence, salient)) {
                    wanted.putIfAbsent(ContentHash.sha256(sentence), sentence);
                }
            }
        }
        counts[1] += wanted.size();
        Map<String, List<Statement>> known = new HashMap<>(cache.lookup(new ArrayList<>(wanted.keySet())));
        Map<String, List<Statement>> fresh = new HashMap<>();
        List<Map.Entry<String, String>> missing = wanted.entrySet().stream()
                .filter(e -> !known.containsKey(e.getKey())).toList();
        missing.parallelStream().forEach(e -> {
            List<Statement> statements = extractor().sentence(e.getValue());
            synchronized (fresh) {
                fresh.put(e.getKey(), statements);
            }
        });
        counts[2] += fresh.size();
        if (!fresh.isEmpty()) {
            cache.store(fresh);
        }
        known.putAll(fresh);
        Map<Long, List<Statement>> out = new LinkedHashMap<>();
        spans.forEach((input, sentences) -> {
            List<List<Statement>> perSentence = new ArrayList<>();
            List<Integer> starts = new ArrayList<>();
            for (Span span : sentences) {
                String sentence = input.text().substring(span.start(), span.end());
                perSentence.add(known.getOrDefault(ContentHash.sha256(sentence), List.of()));
                starts.add(input.start() + span.start());
            }
            out.put(input.passageId(), PassageStatements.assemble(perSentence, starts, input.voice(),
                    PassageStatements.speakerMention(input.text(), input.start(), input.voice())));
        });
        return out;
    }

    /** The selection rule: short enough, and names at least {@code minTerms} distinct salient terms. */
    boolean selected(String sentence, SalientTerms salient) {
        return sentence.length() <= settings.maxSentenceChars() && salient.count(sentence) >= settings.minTerms();
    }

    /** The extractor, loaded on first use (about 400 MB and a few seconds), then shared by all analyses. */
    public StatementExtractor extractor() {
        StatementExtractor loaded = extractor;
        if (loaded == null) {
            synchronized (this) {
                if (extractor == null) {
                    extractor = new StatementExtractor(new DependencyParser(CoreNlpModels.verified(modelsDir)));
                }
                loaded = extractor;
            }
        }
        return loaded;
    }
}
