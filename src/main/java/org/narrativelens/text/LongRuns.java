package org.narrativelens.text;

import java.util.ArrayList;
import java.util.List;

/**
 * Where to cut text so that no piece holds a run of more than {@code maxRun} chars without whitespace.
 *
 * <p>CoreNLP's English lexer (JFlex, longest match) rescans the rest of such a run for every token it emits when the
 * run holds symbols, emoji or most punctuation, so its cost grows with the square of the run: 8,000 {@code ★} took
 * 8.6 s, 3,000 {@code "} 2.6 s, while 8,000 letters or CJK characters took under 15 ms. No word is that long, so
 * cutting inside such runs bounds the lexer's cost by {@code maxRun} per char and changes no real sentence.
 */
final class LongRuns {

    private LongRuns() {
    }

    /** Cut positions strictly inside {@code (from, to)}, in order; never between the two halves of a surrogate pair. */
    static List<Integer> cuts(CharSequence text, int from, int to, int maxRun) {
        List<Integer> cuts = new ArrayList<>();
        int run = 0;
        for (int i = from; i < to; i++) {
            char c = text.charAt(i);
            if (Character.isWhitespace(c)) {
                run = 0;
            } else if (run >= maxRun && !Character.isLowSurrogate(c)) {
                cuts.add(i);
                run = 1;
            } else {
                run++;
            }
        }
        return cuts;
    }
}
