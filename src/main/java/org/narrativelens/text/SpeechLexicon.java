package org.narrativelens.text;

import java.util.Arrays;
import java.util.Set;

/** Word lists for speech cues: reporting verbs, honorifics and titles, and words that are never part of a name. */
final class SpeechLexicon {

    /**
     * Reporting verbs in their finite forms (past and third person). Base forms and participles are left out: "claim"
     * and "claiming" are as often nouns or the author's framing as someone's speech.
     */
    static final Set<String> REPORTING_VERBS = words(
            "said", "says", "told", "tells", "stated", "states", "claimed", "claims", "asserted", "asserts",
            "alleged", "alleges", "added", "adds", "argued", "argues", "noted", "insisted", "insists", "denied",
            "denies", "warned", "warns", "explained", "explains", "maintained", "maintains", "contended", "contends",
            "countered", "declared", "declares", "announced", "announces", "acknowledged", "acknowledges", "admitted",
            "admits", "confirmed", "confirms", "accused", "accuses", "dismissed", "dismisses", "described",
            "describes", "characterized", "characterised", "characterizes", "characterises", "challenged",
            "rejected", "rejects", "suggested", "suggests", "implied", "implies", "alluded", "alludes", "emphasized",
            "emphasised", "emphasizes", "emphasises", "stressed", "stresses", "urged", "urges", "wrote", "writes",
            "tweeted", "posted", "remarked", "observed", "revealed", "reported", "recalled", "questioned", "blamed",
            "blames", "condemned", "criticized", "criticised", "vowed", "predicted", "estimated", "believes",
            "thinks", "testified", "responded", "replied", "mentioned", "concluded", "pointed", "asked", "disputed");

    /** Honorifics and titles: taken off a name and kept as its description ("Mawlawi", "Foreign Minister"). */
    static final Set<String> TITLES = words(
            "mr.", "mrs.", "ms.", "dr.", "prof.", "sen.", "rep.", "gov.", "gen.", "col.", "lt.", "sgt.", "capt.",
            "mr", "mrs", "ms", "dr", "mawlawi", "maulvi", "maulana", "mullah", "sheikh", "haji", "president",
            "minister", "senator", "governor", "general", "chairman", "chairwoman", "spokesman", "spokesperson",
            "spokeswoman", "secretary", "ambassador", "envoy", "judge", "justice", "king", "queen", "prince",
            "commander", "chief", "director", "mayor", "professor", "pope", "imam", "emir", "amir-ul-momineen",
            "lord", "lady", "sir", "coordinator", "officer", "premier", "chancellor", "colonel", "major", "captain");

    /** Capitalised words that start or sit next to names without being names. */
    static final Set<String> NOT_NAMES = words(
            "the", "a", "an", "in", "on", "at", "but", "and", "or", "yet", "however", "also", "this", "that", "these",
            "those", "it", "its", "he", "she", "they", "we", "i", "you", "his", "her", "their", "our", "my", "your",
            "after", "before", "when", "while", "as", "if", "for", "from", "with", "by", "to", "of", "meanwhile",
            "according", "following", "despite", "since", "under", "over", "why", "what", "how", "who", "whom",
            "where", "there", "here", "then", "now", "so", "still", "even", "such", "some", "many", "most", "other",
            "both", "each", "every", "read", "see", "instead", "moreover", "furthermore", "thus", "indeed", "while",
            "although", "though", "because", "unlike", "like", "during", "amid", "among", "against", "without",
            "within", "about", "into", "through", "across", "no", "not", "all", "any", "one", "two", "three",
            "first", "last", "next", "last", "more", "less", "one", "yes", "only", "just", "later", "earlier",
            "today", "yesterday", "tomorrow", "monday", "tuesday", "wednesday", "thursday", "friday", "saturday",
            "sunday", "january", "february", "march", "april", "may", "june", "july", "august", "september",
            "october", "november", "december", "reality", "claim", "fact", "facts", "update", "breaking", "note",
            "is", "was", "are", "were", "has", "have", "had", "will", "would", "could", "should", "can", "may",
            "must", "did", "does", "do", "let", "which", "whose", "once", "again", "meanwhile", "regardless");

    /** Prepositions: a name right after one (articles skipped) is an object, not the one who speaks. */
    static final Set<String> PREPOSITIONS = words(
            "in", "on", "at", "of", "for", "from", "with", "by", "to", "during", "about", "against", "into", "over",
            "under", "between", "among", "amid", "across", "through", "via", "toward", "towards", "than", "like",
            "unlike", "without", "within", "behind", "beyond", "near", "onto", "upon", "after", "before", "since",
            "whom", "whose");

    /** Words that may stand between a speaker and the verb: "Mujahid also said", "Khalilzad, who later claimed". */
    static final Set<String> BETWEEN_SUBJECT_AND_VERB = words(
            "also", "has", "have", "had", "who", "then", "later", "recently", "repeatedly", "once", "again", "further",
            "directly", "publicly", "further", "first", "allegedly", "also", "previously", "earlier", "openly", "reportedly", "himself", "herself", "itself",
            "themselves", "immediately", "quickly", "swiftly", "separately", "similarly", "tweet", "statement",
            "post", "message", "remarks", "note", "report", "office", "ministry", "never", "not", "always", "often");

    static final Set<String> DETERMINERS = words("the", "a", "an", "this", "that", "his", "her", "their", "its");

    static final Set<String> PERSONAL_PRONOUNS = words("he", "she");

    private SpeechLexicon() {
    }

    private static Set<String> words(String... words) {
        return Set.copyOf(Arrays.asList(words));
    }

    static boolean isReportingVerb(Token token) {
        return REPORTING_VERBS.contains(token.lower());
    }

    /**
     * A reporting verb used as a verb at token {@code t}: not after a possessive or determiner and not before "of"
     * ("the Taliban's claims that", "the alleged mastermind", "claims of neutralizing" are nouns and adjectives).
     */
    static boolean isReportingVerbAt(java.util.List<Token> tokens, int t) {
        if (!isReportingVerb(tokens.get(t))) {
            return false;
        }
        if (t > 0) {
            String before = tokens.get(t - 1).lower();
            if (before.equals("'s") || DETERMINERS.contains(before) || before.equals("these")
                    || before.equals("those") || before.equals("such") || before.equals("whose")) {
                return false;
            }
        }
        return t + 1 >= tokens.size() || !tokens.get(t + 1).is("of");
    }

    /** Nouns of roles that a description ends on ("Taliban spokesperson", "former US envoy"). */
    static boolean isRoleNoun(Token token) {
        String lower = token.lower();
        if (token.isCapitalised() && !TITLES.contains(lower)) {
            return false;
        }
        return ROLE_NOUNS.contains(lower) || TITLES.contains(lower) || lower.endsWith("person")
                || lower.endsWith("man") && lower.length() > 4 || lower.endsWith("woman") || lower.endsWith("ist")
                || lower.endsWith("er") && lower.length() > 4 || lower.endsWith("or") && lower.length() > 4;
    }

    static final Set<String> ROLE_NOUNS = words("envoy", "official", "fellow", "chief", "head", "member", "leader",
            "analyst", "expert", "diplomat", "president", "resident", "founder", "activist", "scholar", "aide",
            "adviser", "advisor", "representative", "delegate", "deputy", "cleric", "militant", "veteran",
            "candidate", "lawmaker", "legislator", "author", "editor", "columnist", "correspondent");
}
