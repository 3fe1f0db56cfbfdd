package org.narrativelens.text;

import java.util.Objects;

/** The voice of a passage and, when it can be found, its speaker (null: unknown, never guessed). */
public record PassageVoice(Voice voice, Speaker speaker) {

    public static final PassageVoice AUTHOR = new PassageVoice(Voice.AUTHOR, null);

    public PassageVoice {
        Objects.requireNonNull(voice, "voice");
        if (voice == Voice.AUTHOR && speaker != null) {
            throw new IllegalArgumentException("the author's voice has no speaker");
        }
    }

    /** Same voice and same speaker name: sentences that may share a passage. */
    boolean sameAs(PassageVoice other) {
        return voice == other.voice && Objects.equals(speakerName(), other.speakerName());
    }

    String speakerName() {
        return speaker == null ? null : speaker.name();
    }
}
