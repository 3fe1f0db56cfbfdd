package org.narrativelens.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

/** Hostile input: long runs without whitespace are cut for the tokenizer, and its cost stays linear. */
class LongRunsTest {

    private static final String STAR = "\u2605";
    private static final String EMOJI = "\uD83D\uDE00";

    @Test
    void cutsOnlyRunsLongerThanTheLimitAndNeverInsideASurrogatePair() {
        assertEquals(List.of(), LongRuns.cuts("short words only", 0, 16, 4 + 1));
        assertEquals(List.of(4, 8), LongRuns.cuts("abcdefghij", 0, 10, 4));
        String emoji = EMOJI.repeat(5);
        List<Integer> cuts = LongRuns.cuts(emoji, 0, emoji.length(), 3);
        assertTrue(cuts.stream().allMatch(cut -> cut % 2 == 0), "cuts " + cuts + " fall between code points");
        assertEquals(List.of(), LongRuns.cuts("ab cd ef", 0, 8, 2));
    }

    @Test
    void sentencesKeepExactOffsetsIntoTheOriginalTextAcrossCuts() {
        String run = STAR.repeat(500);
        String text = "Before the run. The council voted " + run + " yesterday. After it.";
        List<Span> sentences = new SentenceSplitter().split(text, 0, text.length());
        List<String> found = sentences.stream().map(s -> text.substring(s.start(), s.end())).toList();
        assertEquals(List.of("Before the run.", "The council voted " + run + " yesterday.", "After it."), found);
    }

    @Test
    void aSentenceLongerThanTheLimitIsCutAtWhitespaceLosingNothingButSpaces() {
        String text = "word ".repeat(400) + "end.";
        List<Span> sentences = new SentenceSplitter().split(text, 0, text.length());
        assertTrue(sentences.size() >= 4, sentences.toString());
        assertEquals(0, sentences.get(0).start());
        assertEquals(text.length(), sentences.get(sentences.size() - 1).end());
        for (int i = 0; i < sentences.size(); i++) {
            assertTrue(sentences.get(i).length() <= SentenceSplitter.MAX_SENTENCE, sentences.get(i).toString());
            if (i > 0) {
                assertTrue(text.substring(sentences.get(i - 1).end(), sentences.get(i).start()).isBlank());
            }
        }
    }

    @Test
    void aTwentyThousandCharacterRunOfSymbolsOrEmojiIsSplitInLinearTime() {
        SentenceSplitter splitter = new SentenceSplitter();
        splitter.split("Warm up the lexer.", 0, 18);
        // Before the cut, 8,000 stars took 8.6 s and the cost grew with the square: 20,000 would take about a minute.
        for (String text : List.of(STAR.repeat(20_000), EMOJI.repeat(10_000), ("a" + EMOJI).repeat(7_000),
                "\"".repeat(20_000))) {
            long start = System.nanoTime();
            splitter.split(text, 0, text.length());
            double seconds = (System.nanoTime() - start) / 1e9;
            assertTrue(seconds < 5, text.substring(0, 3) + "...: " + seconds + " s");
        }
    }
}
