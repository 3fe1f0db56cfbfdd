package org.narrativelens.text;

import java.util.List;

/**
 * Finds who speaks from the words around a reporting verb: the subject before it ("Mujahid asserted",
 * "Naseem Baloch, in his remarks ..., said", "Khalilzad, who described"), a name after it (", said Mujahid"),
 * "he" / "she" for the last named speaker, or the object of "according to". Returns null when no name is there:
 * an unknown speaker is never guessed.
 */
final class SpeechAttributor {

    private static final int MAX_GAP_TOKENS = 20;
    private static final int MAX_NAME_AFTER_VERB = 6;

    private final SpeakerRegistry registry;

    SpeechAttributor(SpeakerRegistry registry) {
        this.registry = registry;
    }

    /** What a reporting verb's subject or inverted subject names; {@code from}/{@code to} bound the token window. */
    Found speakerOfVerb(SpeechSentence sentence, int verb, int from, int to) {
        List<Token> tokens = sentence.tokens();
        Found before = subjectBefore(sentence, verb, from);
        if (before != null) {
            return before;
        }
        int pronoun = previousContentToken(tokens, verb, from);
        if (pronoun >= 0 && SpeechLexicon.PERSONAL_PRONOUNS.contains(tokens.get(pronoun).lower())) {
            Token he = tokens.get(pronoun);
            return new Found(registry.pronounSpeaker(sentence.paragraph(), he.start(), he.end()), true);
        }
        return invertedAt(tokens, verb, from, pronoun) ? nameAfter(sentence, verb, to) : null;
    }

    /**
     * Whether the verb comes before its subject: right after a comma, a closing quote mark or the start of the window
     * (",” said Mujahid", "..., said X."); otherwise a name after the verb is what is said ("said Pakistan ...").
     */
    private static boolean invertedAt(List<Token> tokens, int verb, int from, int previous) {
        if (previous < 0 || verb == from) {
            return true;
        }
        String before = tokens.get(previous).text();
        return before.equals(",") || "”\"’'»".contains(before);
    }

    /** The speaker named after "according to" at token {@code according}, or a found-but-unknown speaker. */
    Found accordingTo(SpeechSentence sentence, int according) {
        List<Token> tokens = sentence.tokens();
        for (NameMention mention : sentence.mentions()) {
            if (mention.runStart() <= according + 1) {
                continue;
            }
            if (mention.runStart() - according > 8 || containsClauseBreak(tokens, according + 2, mention.runStart())) {
                break;
            }
            return new Found(registry.speaker(mention, false), true);
        }
        return new Found(null, true);
    }

    private Found subjectBefore(SpeechSentence sentence, int verb, int from) {
        List<Token> tokens = sentence.tokens();
        List<NameMention> mentions = sentence.mentions();
        for (int m = mentions.size() - 1; m >= 0; m--) {
            NameMention mention = mentions.get(m);
            if (mention.last() >= verb) {
                continue;
            }
            if (mention.runStart() < from) {
                return null;
            }
            if (isObject(tokens, mention) || sentence.quotedToken()[mention.first()] != sentence.quotedToken()[verb]) {
                continue;
            }
            if (!gapAllowsSubject(tokens, mention.last() + 1, verb)) {
                return null; // the nearest noun phrase that is not an object is someone else: not this name
            }
            Speaker speaker = registry.speaker(mention, mention.first() == firstWord(tokens));
            return speaker == null ? null : new Found(speaker, true);
        }
        return null;
    }

    private Found nameAfter(SpeechSentence sentence, int verb, int to) {
        List<Token> tokens = sentence.tokens();
        for (NameMention mention : sentence.mentions()) {
            if (mention.runStart() <= verb) {
                continue;
            }
            if (mention.runStart() - verb > MAX_NAME_AFTER_VERB || mention.last() >= to) {
                return null;
            }
            for (int t = verb + 1; t < mention.runStart(); t++) {
                Token between = tokens.get(t);
                if (between.is("that") || between.is(".") || between.is(";") || between.is("“")
                        || between.is("\"") || SpeechLexicon.PREPOSITIONS.contains(between.lower())) {
                    return null;
                }
            }
            return new Found(registry.speaker(mention, false), true);
        }
        return null;
    }

    /** A name right after a preposition (articles and possessors skipped) or inside parentheses is not a subject. */
    private static boolean isObject(List<Token> tokens, NameMention mention) {
        int before = mention.runStart() - 1;
        while (before >= 0 && SpeechLexicon.DETERMINERS.contains(tokens.get(before).lower())) {
            before--;
        }
        if (before < 0) {
            return false;
        }
        Token previous = tokens.get(before);
        return SpeechLexicon.PREPOSITIONS.contains(previous.lower()) || previous.is("(")
                || previous.is("and") && before > 0 && isInPrepositionalList(tokens, before);
    }

    /** "to BBC Pashto and TOLOnews": the second conjunct shares the preposition of the first. */
    private static boolean isInPrepositionalList(List<Token> tokens, int and) {
        for (int t = and - 1; t >= 0 && t >= and - 5; t--) {
            Token token = tokens.get(t);
            if (token.is(",") || SpeechLexicon.isReportingVerb(token)) {
                return false;
            }
            if (SpeechLexicon.PREPOSITIONS.contains(token.lower())) {
                return true;
            }
        }
        return false;
    }

    /**
     * Between a subject and its verb: nothing, adverbs and auxiliaries ("also has"), a speech noun ("'s tweet"), or
     * an aside opened by a comma or a preposition ("Naseem Baloch, in his remarks during a meeting, said") that holds
     * no reporting verb and no sentence break.
     */
    private static boolean gapAllowsSubject(List<Token> tokens, int from, int verb) {
        int to = verb;
        while (to > from && isQuiet(tokens.get(to - 1))) {
            to--;
        }
        if (to == from) {
            return true;
        }
        if (verb - from > MAX_GAP_TOKENS) {
            return false;
        }
        for (int t = from; t < verb; t++) {
            Token token = tokens.get(t);
            if (token.is(".") || token.is(";") || token.is(":") || SpeechLexicon.isReportingVerbAt(tokens, t)) {
                return false;
            }
        }
        Token opening = tokens.get(from);
        // an appositive or relative clause closed by a comma: "X, spokesperson for ..., said", "X, who described"
        if (opening.is(",") && (tokens.get(to - 1).is(",") || to - from == 1)) {
            return true;
        }
        // a prepositional aside with no comma in it: "Naseem Baloch, in his remarks during a meeting said"
        int aside = opening.is(",") ? from + 1 : from;
        if (aside < to && SpeechLexicon.PREPOSITIONS.contains(tokens.get(aside).lower())) {
            for (int t = aside; t < to; t++) {
                if (tokens.get(t).is(",") || tokens.get(t).is("that")) {
                    return false;
                }
            }
            return true;
        }
        return false;
    }

    private static boolean isQuiet(Token token) {
        String lower = token.lower();
        return SpeechLexicon.BETWEEN_SUBJECT_AND_VERB.contains(lower) || lower.equals("'s")
                || lower.endsWith("ly") && !token.isCapitalised();
    }

    private static int previousContentToken(List<Token> tokens, int verb, int from) {
        int t = verb - 1;
        while (t >= from && (SpeechLexicon.BETWEEN_SUBJECT_AND_VERB.contains(tokens.get(t).lower())
                || tokens.get(t).lower().endsWith("ly") && !tokens.get(t).isCapitalised())) {
            t--;
        }
        return t >= from ? t : -1;
    }

    private static int firstWord(List<Token> tokens) {
        for (int t = 0; t < tokens.size(); t++) {
            if (tokens.get(t).isWord()) {
                return t;
            }
        }
        return -1;
    }

    private static boolean containsClauseBreak(List<Token> tokens, int from, int to) {
        for (int t = from; t < to; t++) {
            if (tokens.get(t).is(",") || tokens.get(t).is(".") || tokens.get(t).is(";")) {
                return true;
            }
        }
        return false;
    }

    /**
     * The outcome of an attribution.
     *
     * @param speaker the speaker, or null when the construction is speech but its speaker is not named
     * @param speech  whether a speech construction was found at all
     */
    record Found(Speaker speaker, boolean speech, int contentStart, int contentEnd) {

        Found(Speaker speaker, boolean speech) {
            this(speaker, speech, -1, -1);
        }

        Found withContent(int start, int end) {
            return new Found(speaker, speech, start, end);
        }
    }
}
