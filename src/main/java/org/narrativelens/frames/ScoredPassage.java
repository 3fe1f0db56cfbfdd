package org.narrativelens.frames;

import java.util.Objects;
import org.narrativelens.text.PassageVoice;
import org.narrativelens.text.Voice;

/**
 * A passage after frame assignment and axis projection: the input of the document, source and speaker aggregation.
 * {@code speechStance} and {@code speechRelevance} place what the speaker says (equal to the passage's own for the
 * author's voice, or when the speech could not be separated from its attribution).
 */
public record ScoredPassage(long passageId, long documentId, String source, int start, int end, String text,
                            String frameId, double stance, double relevance, PassageVoice voice, double speechStance,
                            double speechRelevance) {

    public ScoredPassage {
        voice = Objects.requireNonNullElse(voice, PassageVoice.AUTHOR);
    }

    /** A passage in the author's voice. */
    public ScoredPassage(long passageId, long documentId, String source, int start, int end, String text,
                         String frameId, double stance, double relevance) {
        this(passageId, documentId, source, start, end, text, frameId, stance, relevance, PassageVoice.AUTHOR,
                stance, relevance);
    }

    /** The same passage as its speaker's: speech stance and relevance in place of the passage's. */
    public ScoredPassage asSpeech() {
        return new ScoredPassage(passageId, documentId, source, start, end, text, frameId, speechStance,
                speechRelevance, voice, speechStance, speechRelevance);
    }

    public boolean isAuthors() {
        return voice.voice() == Voice.AUTHOR;
    }

    /** The speaker's name, null for the author's voice and for unknown speakers. */
    public String speakerName() {
        return voice.speaker() == null ? null : voice.speaker().name();
    }
}
