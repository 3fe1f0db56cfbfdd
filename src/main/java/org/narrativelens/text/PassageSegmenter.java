package org.narrativelens.text;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * Splits a document into passages of whole sentences within one paragraph, after dropping boilerplate lines.
 *
 * <p>Thread-safe: instances hold only immutable settings and share one CoreNLP pipeline.
 */
public final class PassageSegmenter {

    private final BoilerplateFilter boilerplate;
    private final SentenceSplitter sentences = new SentenceSplitter();
    private final PassageGrouper grouper;

    public PassageSegmenter(SegmenterSettings settings) {
        Objects.requireNonNull(settings, "settings");
        this.boilerplate = new BoilerplateFilter(settings.minCharsPerPassage());
        this.grouper = new PassageGrouper(settings);
    }

    public Segmentation segment(String text) {
        Objects.requireNonNull(text, "text");
        BoilerplateFilter.Result filtered = boilerplate.filter(ParagraphSplitter.split(text), text.length());
        List<Passage> passages = new ArrayList<>();
        int dropped = filtered.dropped();
        int sentenceCount = 0;
        for (Paragraph paragraph : filtered.kept()) {
            List<Span> paragraphSentences = sentences.split(text, paragraph.start(), paragraph.end());
            if (paragraphSentences.isEmpty()) {
                dropped++; // only invisible characters the tokenizer skips: nothing to read
                continue;
            }
            for (PassageGrouper.Group group : grouper.group(paragraphSentences)) {
                Span span = group.span();
                passages.add(new Passage(passages.size(), paragraph.index(), span.start(), span.end(),
                        text.substring(span.start(), span.end())));
                sentenceCount += group.sentences();
            }
        }
        return new Segmentation(passages, dropped, sentenceCount);
    }
}
