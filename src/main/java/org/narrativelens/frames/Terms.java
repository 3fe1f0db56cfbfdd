package org.narrativelens.frames;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Counts the lowercased unigrams and bigrams of a text, leaving out stopwords, numbers and one-letter tokens; a
 * bigram never spans a dropped token, so "arrest of the chief" gives no "arrest chief".
 */
final class Terms {

    private static final Pattern TOKEN = Pattern.compile("[\\p{L}\\p{N}]+(?:['\u2019-][\\p{L}\\p{N}]+)*");

    private Terms() {
    }

    static Map<String, Integer> count(String text) {
        Map<String, Integer> counts = new HashMap<>();
        if (text == null) {
            return counts;
        }
        String previous = null;
        for (String token : tokens(text)) {
            if (!isContent(token)) {
                previous = null;
                continue;
            }
            counts.merge(token, 1, Integer::sum);
            if (previous != null) {
                counts.merge(previous + " " + token, 1, Integer::sum);
            }
            previous = token;
        }
        return counts;
    }

    static List<String> tokens(String text) {
        List<String> tokens = new ArrayList<>();
        Matcher matcher = TOKEN.matcher(text.toLowerCase(Locale.ROOT));
        while (matcher.find()) {
            String token = matcher.group().replace('\u2019', '\'');
            if (token.endsWith("'s")) {
                token = token.substring(0, token.length() - 2);
            }
            tokens.add(token);
        }
        return tokens;
    }

    private static boolean isContent(String token) {
        if (token.length() < 2 || Stopwords.contains(token)) {
            return false;
        }
        for (int i = 0; i < token.length(); i++) {
            if (Character.isLetter(token.charAt(i))) {
                return true;
            }
        }
        return false;
    }
}
