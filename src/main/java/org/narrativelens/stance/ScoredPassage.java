package org.narrativelens.stance;

import java.util.Objects;
import org.narrativelens.text.PassageVoice;
import org.narrativelens.text.Voice;

/** A passage after frame assignment and axis projection: the input of the document, source and speaker aggregation. */
public record ScoredPassage(long passageId, long documentId, String source, int start, int end, String text,
                            String frameId, double stance, double relevance, PassageVoice voice) {

    public ScoredPassage {
        voice = Objects.requireNonNullElse(voice, PassageVoice.AUTHOR);
    }

    /** A passage in the author's voice. */
    public ScoredPassage(long passageId, long documentId, String source, int start, int end, String text,
                         String frameId, double stance, double relevance) {
        this(passageId, documentId, source, start, end, text, frameId, stance, relevance, PassageVoice.AUTHOR);
    }

    boolean isAuthors() {
        return voice.voice() == Voice.AUTHOR;
    }

    /** The speaker's name, null for the author's voice and for unknown speakers. */
    String speakerName() {
        return voice.speaker() == null ? null : voice.speaker().name();
    }
}
