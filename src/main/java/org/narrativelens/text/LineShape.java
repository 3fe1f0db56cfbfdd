package org.narrativelens.text;

/** Tells prose lines from title-like ones by their shape alone. */
final class LineShape {

    /** Headlines and menu entries run to about 15 words; a prose line without a full stop rarely stays this short. */
    static final int MAX_TITLE_WORDS = 20;

    /** Sentence-final punctuation. */
    private static final String SENTENCE_FINAL = ".!?…。！？";

    private LineShape() {
    }

    /** Ends in sentence-final punctuation, possibly followed by closing quotes or brackets: `claims.”` `(2021).`. */
    static boolean endsLikeSentence(String line) {
        int i = line.length() - 1;
        while (i >= 0 && isClosing(line.charAt(i))) {
            i--;
        }
        return i >= 0 && SENTENCE_FINAL.indexOf(line.charAt(i)) >= 0;
    }

    private static boolean isClosing(char c) {
        int type = Character.getType(c);
        return type == Character.END_PUNCTUATION || type == Character.FINAL_QUOTE_PUNCTUATION
                || c == '"' || c == '\'' || ParagraphSplitter.isBlank(c); // ’ ” » are final quotes
    }

    /** Short and without sentence-final punctuation: a heading, a headline in a list, a menu entry. */
    static boolean looksLikeTitle(String line) {
        return !endsLikeSentence(line) && wordCount(line) <= MAX_TITLE_WORDS;
    }

    static int wordCount(String line) {
        int words = 0;
        boolean inWord = false;
        for (int i = 0; i < line.length(); i++) {
            boolean blank = ParagraphSplitter.isBlank(line.charAt(i));
            if (!blank && !inWord) {
                words++;
            }
            inWord = !blank;
        }
        return words;
    }
}
