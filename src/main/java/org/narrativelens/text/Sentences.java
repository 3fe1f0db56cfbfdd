package org.narrativelens.text;

import java.util.ArrayList;
import java.util.List;

/**
 * The sentences of any text as offsets into it: paragraphs at line breaks, then the service's one
 * {@link SentenceSplitter}, so every stage gets the same bounded-cost split (long runs cut, see {@link LongRuns}).
 */
public final class Sentences {

    private static final SentenceSplitter SPLITTER = new SentenceSplitter();

    private Sentences() {
    }

    public static List<Span> of(String text) {
        List<Span> sentences = new ArrayList<>();
        for (Paragraph paragraph : ParagraphSplitter.split(text)) {
            sentences.addAll(SPLITTER.split(text, paragraph.start(), paragraph.end()));
        }
        return sentences;
    }
}
