package org.narrativelens.text;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Finds name mentions in a sentence's tokens from capitalisation alone (no NER model: it keeps the default path
 * fast), and the description attached to a mention: a title, a premodifier ("Taliban spokesperson X") or an
 * appositive ("X, spokesperson for ...", "the group's chairman, X,").
 */
final class NameFinder {

    private static final Set<String> CONNECTORS = Set.of("bin", "al", "de", "van", "von", "ul", "ud", "of", "la",
            "le", "da", "del", "di");
    private static final int MAX_DESCRIPTION_TOKENS = 16;

    private NameFinder() {
    }

    static List<NameMention> find(String text, List<Token> tokens) {
        List<NameMention> mentions = new ArrayList<>();
        int i = 0;
        while (i < tokens.size()) {
            if (!isNamePart(tokens.get(i))) {
                i++;
                continue;
            }
            int runStart = i;
            int j = i + 1;
            while (j < tokens.size() && (isNamePart(tokens.get(j)) || isConnector(tokens, j))) {
                j++;
            }
            addMention(text, tokens, runStart, j - 1, mentions);
            i = j;
        }
        return mentions;
    }

    private static void addMention(String text, List<Token> tokens, int runStart, int runEnd, List<NameMention> out) {
        int first = runStart;
        while (first <= runEnd && SpeechLexicon.NOT_NAMES.contains(tokens.get(first).lower())) {
            first++;
        }
        int titleStart = first;
        int lastTitle = -1;
        for (int t = first; t <= runEnd; t++) {
            if (SpeechLexicon.TITLES.contains(tokens.get(t).lower())) {
                lastTitle = t;
            }
        }
        if (lastTitle >= 0) {
            first = lastTitle + 1;
        }
        int last = runEnd;
        while (last >= first && (SpeechLexicon.NOT_NAMES.contains(tokens.get(last).lower())
                || isConnectorWord(tokens.get(last)))) {
            last--;
        }
        if (last < first || tokens.get(first).text().length() < 2 && last == first) {
            return;
        }
        String title = lastTitle >= 0 ? text.substring(tokens.get(titleStart).start(), tokens.get(lastTitle).end())
                : null;
        int start = tokens.get(first).start();
        int end = tokens.get(last).end();
        out.add(new NameMention(first, last, runStart, text.substring(start, end).replaceAll("\\s+", " "), title,
                start, end));
    }

    private static boolean isNamePart(Token token) {
        return token.isWord() && token.isCapitalised() && !Character.isDigit(token.text().codePointAt(0));
    }

    private static boolean isConnector(List<Token> tokens, int j) {
        return isConnectorWord(tokens.get(j)) && j + 1 < tokens.size() && isNamePart(tokens.get(j + 1));
    }

    private static boolean isConnectorWord(Token token) {
        return CONNECTORS.contains(token.text());
    }

    /**
     * The description written next to a mention: its title, the words right before it back to a boundary
     * ("former US envoy"), or an appositive after or before it, set off by commas. Null when there is none.
     */
    static String describe(String text, List<Token> tokens, NameMention mention) {
        String premodifier = premodifier(text, tokens, mention.runStart());
        String appositive = appositiveAfter(text, tokens, mention);
        if (appositive == null) {
            appositive = appositiveBefore(text, tokens, mention.runStart());
        }
        StringBuilder description = new StringBuilder();
        for (String part : new String[] {premodifier, mention.title(), appositive}) {
            if (part != null && !part.isBlank()) {
                description.append(description.length() == 0 ? "" : "; ").append(part);
            }
        }
        return description.length() == 0 ? null : description.toString();
    }

    private static String premodifier(String text, List<Token> tokens, int runStart) {
        int from = runStart;
        while (from > 0 && from > runStart - 6) {
            Token before = tokens.get(from - 1);
            if (!before.isWord() || isBoundaryWord(before)) {
                break;
            }
            from--;
        }
        if (from == runStart || !SpeechLexicon.isRoleNoun(tokens.get(runStart - 1))) {
            return null;
        }
        return text.substring(tokens.get(from).start(), tokens.get(runStart - 1).end());
    }

    private static String appositiveAfter(String text, List<Token> tokens, NameMention mention) {
        int comma = mention.last() + 1;
        if (comma >= tokens.size() || !tokens.get(comma).is(",")) {
            return null;
        }
        int end = comma + 1;
        while (end < tokens.size() && end - comma <= MAX_DESCRIPTION_TOKENS && !isClauseEnd(tokens.get(end))) {
            if (SpeechLexicon.isReportingVerb(tokens.get(end))) {
                return null;
            }
            end++;
        }
        if (end == comma + 1 || end - comma > MAX_DESCRIPTION_TOKENS) {
            return null;
        }
        Token opening = tokens.get(comma + 1);
        // closed by a comma ("X, spokesperson for Y, said"), or a title or an indefinite description running to the
        // end ("—X, Acting Coordinator.", "said X, a mother of two."); not a clause ("According to X, the lane will")
        boolean closed = end < tokens.size() && tokens.get(end).is(",")
                || (opening.isCapitalised() || opening.is("a") || opening.is("an"))
                && (end == tokens.size() || tokens.get(end).is("."));
        if (!closed) {
            return null;
        }
        boolean descriptive = !opening.isCapitalised() || SpeechLexicon.TITLES.contains(opening.lower())
                || opening.is("Acting") || opening.is("Former") || opening.is("Senior");
        if (!descriptive || !opening.isCapitalised() && (opening.lower().endsWith("ed") || opening.lower().endsWith("ing")) || opening.is("who") || opening.is("which") || opening.is("and")
                || SpeechLexicon.PREPOSITIONS.contains(opening.lower()) && !opening.is("of")) {
            return null;
        }
        return text.substring(opening.start(), tokens.get(end - 1).end());
    }

    private static String appositiveBefore(String text, List<Token> tokens, int runStart) {
        if (runStart < 2 || !tokens.get(runStart - 1).is(",")) {
            return null;
        }
        int from = runStart - 2;
        while (from > 0 && !tokens.get(from - 1).is(",") && runStart - from <= MAX_DESCRIPTION_TOKENS) {
            from--;
        }
        while (from < runStart - 1 && isQuoteMark(tokens.get(from))) {
            from++;
        }
        Token opening = tokens.get(from);
        boolean nounPhrase = SpeechLexicon.DETERMINERS.contains(opening.lower()) || !opening.isCapitalised();
        if (!nounPhrase || runStart - from > MAX_DESCRIPTION_TOKENS || opening.is("and")) {
            return null;
        }
        for (int t = from; t < runStart - 1; t++) {
            if (SpeechLexicon.isReportingVerb(tokens.get(t)) || tokens.get(t).is("that")) {
                return null;
            }
        }
        return text.substring(opening.start(), tokens.get(runStart - 2).end());
    }

    private static boolean isQuoteMark(Token token) {
        return "“”\"‘’'„«»".contains(token.text());
    }

    private static boolean isBoundaryWord(Token token) {
        String lower = token.lower();
        return SpeechLexicon.NOT_NAMES.contains(lower) || SpeechLexicon.PREPOSITIONS.contains(lower)
                || SpeechLexicon.isReportingVerb(token) || lower.equals("'s");
    }

    private static boolean isClauseEnd(Token token) {
        return token.is(",") || token.is(".") || token.is(";") || token.is(":") || token.is("!") || token.is("?");
    }
}
