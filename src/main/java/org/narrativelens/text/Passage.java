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
 */
public record Passage(int ordinal, int paragraph, int start, int end, String text) {

    public Passage {
        Objects.requireNonNull(text, "text");
        if (start < 0 || end < start || end - start != text.length()) {
            throw new IllegalArgumentException("offsets [" + start + ", " + end + ") do not fit a text of "
                    + text.length() + " chars");
        }
    }
}
