package org.narrativelens.text;

import java.util.ArrayList;
import java.util.List;

/** Splits a text into trimmed, non-blank paragraphs at every line break (news text puts one between paragraphs). */
final class ParagraphSplitter {

    private ParagraphSplitter() {
    }

    static List<Paragraph> split(String text) {
        List<Paragraph> paragraphs = new ArrayList<>();
        int lineStart = 0;
        for (int i = 0; i <= text.length(); i++) {
            if (i == text.length() || isLineBreak(text.charAt(i))) {
                addTrimmed(text, lineStart, i, paragraphs);
                lineStart = i + 1;
            }
        }
        return paragraphs;
    }

    private static void addTrimmed(String text, int from, int to, List<Paragraph> paragraphs) {
        int start = from;
        int end = to;
        while (start < end && isBlank(text.charAt(start))) {
            start++;
        }
        while (end > start && isBlank(text.charAt(end - 1))) {
            end--;
        }
        if (start < end) {
            paragraphs.add(new Paragraph(paragraphs.size(), start, end, text.substring(start, end)));
        }
    }

    /** CR, LF, CRLF (as two breaks with an empty line between) and the other Unicode line terminators. */
    static boolean isLineBreak(char c) {
        return c == '\n' || c == '\r' || c == '\u000B' || c == '\u000C' || c == '\u0085'
                || c == '\u2028' || c == '\u2029';
    }

    /** Whitespace including no-break and zero-width spaces and the byte-order mark, which pages leave behind. */
    static boolean isBlank(char c) {
        return Character.isWhitespace(c) || Character.isSpaceChar(c) || c == '\u200B' || c == '\uFEFF';
    }
}
