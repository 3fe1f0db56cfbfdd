package org.narrativelens.pipeline;

import org.narrativelens.text.Passage;
import org.narrativelens.text.PassageVoice;

/**
 * A passage on its way into the pipeline: who published it, where it sits, whose voice it is and, for quoted or
 * reported speech that can be told apart from its attribution, what the speaker says ({@code speech}; else null).
 */
public record PassageText(long passageId, long documentId, String source, int start, int end, String text,
                          PassageVoice voice, String speech) {

    /** A segmented passage: its speech is {@link Passage#embeddingText()} where that differs from the passage. */
    public static PassageText of(long passageId, long documentId, String source, Passage passage) {
        String speech = passage.embeddingText();
        return new PassageText(passageId, documentId, source, passage.start(), passage.end(), passage.text(),
                passage.voice(), speech.equals(passage.text()) ? null : speech);
    }
}
