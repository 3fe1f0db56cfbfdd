package org.narrativelens.text;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;

/**
 * Finds direct quotes in one paragraph by their quotation marks: curly and straight, double and single, nested.
 * Only outermost quotes are returned (a quote inside a quote belongs to the outer speaker). A quote may span sentences;
 * one left open at the paragraph's end runs to the end (news style reopens a continued quote in the next paragraph).
 * An apostrophe between letters ("Mujahid’s", "don't") is never a quotation mark.
 */
final class QuoteScanner {

    /** An outermost quote: {@code start} is its opening mark, {@code end} is just after its closing mark. */
    record Quote(int start, int end) {
        int length() {
            return end - start;
        }
    }

    private QuoteScanner() {
    }

    static List<Quote> scan(String text, int from, int to) {
        List<Quote> quotes = new ArrayList<>();
        Deque<Character> open = new ArrayDeque<>();
        int outerStart = -1;
        for (int i = from; i < to; i++) {
            char c = text.charAt(i);
            char kind = kindOf(text, i, from, to, open);
            if (kind == 0) {
                continue;
            }
            boolean closes = isClosing(c, kind, open, text, i, from, to);
            if (closes) {
                open.pop();
                if (open.isEmpty()) {
                    quotes.add(new Quote(outerStart, i + 1));
                }
            } else if (isOpening(c, text, i, from, to)) {
                if (open.isEmpty()) {
                    outerStart = i;
                }
                open.push(kind);
            }
        }
        if (!open.isEmpty() && to - outerStart > 1) {
            quotes.add(new Quote(outerStart, to));
        }
        return quotes;
    }

    /** 'd' for a double quotation mark, 's' for a single one, 0 for anything else (apostrophes included). */
    private static char kindOf(String text, int i, int from, int to, Deque<Character> open) {
        char c = text.charAt(i);
        switch (c) {
            case '“', '”', '„', '«', '»', '"':
                return 'd';
            case '‘', '’', '\'':
                boolean letterBefore = i > from && Character.isLetterOrDigit(text.charAt(i - 1));
                boolean letterAfter = i + 1 < to && Character.isLetterOrDigit(text.charAt(i + 1));
                if (letterBefore && letterAfter) {
                    return 0; // Mujahid’s, don't
                }
                if (c != '‘' && letterBefore && !open.contains('s')) {
                    return 0; // officers' (plural possessive) outside any single quote
                }
                return 's';
            default:
                return 0;
        }
    }

    private static boolean isClosing(char c, char kind, Deque<Character> open, String text, int i, int from, int to) {
        if (open.isEmpty() || !open.contains(kind) || c == '“' || c == '‘' || c == '„' || c == '«') {
            return false;
        }
        if (open.peek() != kind) {
            // a mark of the outer kind closes the outer quote only where a quote can end: drop the unclosed inner one
            if (!canEnd(text, i, to)) {
                return false;
            }
            while (open.peek() != kind) {
                open.pop();
            }
            return true;
        }
        return c == '”' || c == '’' || c == '»' || canEnd(text, i, to) || !isOpening(c, text, i, from, to);
    }

    private static boolean isOpening(char c, String text, int i, int from, int to) {
        if (c == '“' || c == '‘' || c == '„' || c == '«') {
            return true;
        }
        if (c == '”' || c == '»') {
            return false;
        }
        boolean boundaryBefore = i == from || Character.isWhitespace(text.charAt(i - 1))
                || "([{—–-:/".indexOf(text.charAt(i - 1)) >= 0 || isDoubleMark(text.charAt(i - 1));
        boolean textAfter = i + 1 < to && !Character.isWhitespace(text.charAt(i + 1));
        return boundaryBefore && textAfter;
    }

    private static boolean canEnd(String text, int i, int to) {
        return i + 1 >= to || !Character.isLetterOrDigit(text.charAt(i + 1));
    }

    private static boolean isDoubleMark(char c) {
        return c == '"' || c == '“' || c == '„' || c == '«';
    }
}
