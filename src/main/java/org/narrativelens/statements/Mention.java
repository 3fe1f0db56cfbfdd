package org.narrativelens.statements;

import java.util.Objects;

/**
 * A phrase of a document: an agent, an action or a patient of a statement.
 *
 * @param text  the phrase exactly as written: {@code document.substring(start, end)}
 * @param head  the lemma of its head word, lower case ("shelter" for "was sheltering", "pakistan" for "Pakistani
 *              authorities"); for an action with a particle, both ("crack down")
 * @param start offset into the document's original text (UTF-16 code units), inclusive
 * @param end   exclusive end offset
 */
public record Mention(String text, String head, int start, int end) {

    public Mention {
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(head, "head");
        if (start < 0 || end - start != text.length()) {
            throw new IllegalArgumentException("offsets [" + start + ", " + end + ") do not fit \"" + text + "\"");
        }
    }
}
