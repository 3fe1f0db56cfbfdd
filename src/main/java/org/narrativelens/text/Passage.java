package org.narrativelens.text;

import java.util.Objects;

/**
 * One passage: consecutive sentences of one paragraph, with offsets into the ORIGINAL text.
 *
 * @param ordinal   0-based position of the passage in its document
 * @param paragraph 0-based index of its paragraph among the document's non-blank lines, dropped ones included,
 *                  so a gap in the numbering shows where boilerplate was removed
 * @param start     offset (in Java chars) of the first character, inclusive
 * @param end       offset of the last character, exclusive
 * @param text      exactly {@code original.substring(start, end)}
 * @param voice     whose words these are: the author's, a quote or reported speech, with the speaker if named
 */
public record Passage(int ordinal, int paragraph, int start, int end, String text, PassageVoice voice) {

    /** A passage in the author's voice. */
    public Passage(int ordinal, int paragraph, int start, int end, String text) {
        this(ordinal, paragraph, start, end, text, PassageVoice.AUTHOR);
    }

    /**
     * What the embedding should read: for quoted or reported speech, what is said (the quote's words, the clause after
     * the reporting verb) so that the speaker's stance is measured on their words and not on the attribution around
     * them; otherwise the whole passage.
     */
    public String embeddingText() {
        if (!voice.hasContent() || voice.contentStart() < start || voice.contentEnd() > end) {
            return text;
        }
        return text.substring(voice.contentStart() - start, voice.contentEnd() - start);
    }

    public Passage {
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(voice, "voice");
        if (start < 0 || end < start || end - start != text.length()) {
            throw new IllegalArgumentException("offsets [" + start + ", " + end + ") do not fit a text of "
                    + text.length() + " chars");
        }
    }
}
