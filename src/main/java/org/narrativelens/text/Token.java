package org.narrativelens.text;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** A word or punctuation mark with offsets into the original text; {@link #of} is a light tokenizer for speech cues. */
record Token(int start, int end, String text) {

    /**
     * Words keep inner hyphens, apostrophes and periods ("Mahjar-Barducci", "U.S.", "D."); a possessive 's is its own
     * token; every other non-space character is a token by itself.
     */
    private static final Pattern WORD = Pattern.compile(
            "(?:\\p{L}\\.){2,}|\\p{L}\\.(?=\\s+\\p{Lu})|(?:Mr|Mrs|Ms|Dr|Prof|Sen|Rep|Gov|Gen|Col|Lt|Sgt|Capt|St)\\.(?=\\s)"
                    + "|[\\p{L}\\p{N}]+(?:[-–'’][\\p{L}\\p{N}]+)*|\\S");

    static List<Token> of(String text, int from, int to) {
        List<Token> tokens = new ArrayList<>();
        Matcher m = WORD.matcher(text).region(from, to);
        while (m.find()) {
            int s = m.start();
            int e = m.end();
            String word = m.group();
            if (word.length() > 2 && (word.endsWith("’s") || word.endsWith("'s"))
                    && Character.isLetter(word.charAt(word.length() - 3))) {
                tokens.add(new Token(s, e - 2, word.substring(0, word.length() - 2)));
                tokens.add(new Token(e - 2, e, "'s"));
            } else {
                tokens.add(new Token(s, e, word));
            }
        }
        return tokens;
    }

    String lower() {
        return text.toLowerCase(Locale.ROOT);
    }

    boolean isWord() {
        return Character.isLetterOrDigit(text.codePointAt(0));
    }

    boolean isCapitalised() {
        return Character.isUpperCase(text.codePointAt(0));
    }

    boolean is(String word) {
        return text.equalsIgnoreCase(word);
    }
}
