package org.narrativelens.frames;

import java.util.Objects;
import org.narrativelens.text.PassageVoice;

/**
 * One embedded passage: where it sits in its document, what it says, whose voice it is and its sentence embedding;
 * for quoted or reported speech, {@code speechVector} embeds only what the speaker says (null otherwise), and places
 * the speaker, while {@code vector} places the passage as its source wrote it.
 */
public record PassageVector(long passageId, long documentId, String source, int start, int end, String text,
                            float[] vector, PassageVoice voice, float[] speechVector) {

    public PassageVector {
        voice = Objects.requireNonNullElse(voice, PassageVoice.AUTHOR);
    }

    /** A passage in the author's voice. */
    public PassageVector(long passageId, long documentId, String source, int start, int end, String text,
                         float[] vector) {
        this(passageId, documentId, source, start, end, text, vector, PassageVoice.AUTHOR, null);
    }
}
