package org.narrativelens.text;

import java.util.Objects;

/**
 * The voice of a passage and, when it can be found, its speaker (null: unknown, never guessed).
 *
 * @param contentStart for quoted or reported speech, where what is said starts (the quote's words, or the clause
 *                     after the reporting verb), as an offset into the document; -1 when not known
 * @param contentEnd   where it ends (exclusive); -1 when not known
 */
public record PassageVoice(Voice voice, Speaker speaker, int contentStart, int contentEnd) {

    public static final PassageVoice AUTHOR = new PassageVoice(Voice.AUTHOR, null);

    /** Shortest speech content worth embedding on its own. */
    private static final int MIN_CONTENT = 20;

    public PassageVoice {
        Objects.requireNonNull(voice, "voice");
        if (voice == Voice.AUTHOR && speaker != null) {
            throw new IllegalArgumentException("the author's voice has no speaker");
        }
        if (contentStart < 0 || contentEnd - contentStart < MIN_CONTENT) {
            contentStart = -1;
            contentEnd = -1;
        }
    }

    public PassageVoice(Voice voice, Speaker speaker) {
        this(voice, speaker, -1, -1);
    }

    public boolean hasContent() {
        return contentStart >= 0;
    }

    /** The same voice and speaker with another content span. */
    PassageVoice withContent(int start, int end) {
        return new PassageVoice(voice, speaker, start, end);
    }

    /** Same voice and same speaker name: sentences that may share a passage. */
    boolean sameAs(PassageVoice other) {
        return voice == other.voice && Objects.equals(speakerName(), other.speakerName());
    }

    String speakerName() {
        return speaker == null ? null : speaker.name();
    }
}
