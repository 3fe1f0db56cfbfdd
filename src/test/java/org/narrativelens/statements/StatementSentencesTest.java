package org.narrativelens.statements;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.narrativelens.text.Span;

/** Hostile input in the statement stage: passages are split by the service's one splitter, long runs cut first. */
class StatementSentencesTest {

    /** The splitter's longest sentence (the default passage size); CoreNLP alone keeps a whitespace-free run whole. */
    private static final int MAX_SENTENCE = 600;

    @Test
    void aLongSymbolRunIsCutAndOffsetsStayExact() {
        String run = "\u2605".repeat(2_000);
        String passage = "The council met. It voted " + run + " then adjourned.\nA new line starts a sentence.";
        List<Span> spans = StatementExtractor.sentences(passage);

        assertEquals("The council met.", passage.substring(spans.get(0).start(), spans.get(0).end()));
        assertEquals("A new line starts a sentence.", text(passage, spans.get(spans.size() - 1)));
        assertEquals(passage.length(), spans.get(spans.size() - 1).end());
        for (int i = 0; i < spans.size(); i++) {
            Span span = spans.get(i);
            assertTrue(span.length() <= MAX_SENTENCE, "a run handed whole to CoreNLP: " + span);
            assertEquals(text(passage, span).strip(), text(passage, span), "spans are trimmed: " + span);
            if (i > 0) {
                assertTrue(passage.substring(spans.get(i - 1).end(), span.start()).isBlank(), "nothing is lost");
            }
        }
    }

    private static String text(String passage, Span span) {
        return passage.substring(span.start(), span.end());
    }
}
