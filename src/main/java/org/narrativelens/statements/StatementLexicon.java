package org.narrativelens.statements;

import java.util.Set;

/**
 * The closed word lists the statement rules use, each in one place with the reason it exists. Lemmas, lower case.
 * They name grammatical functions (reporting, denying, hedging), never the topics or entities of a corpus.
 */
final class StatementLexicon {

    private StatementLexicon() {
    }

    /** Verbs that pass on someone's words: their clausal complement is a claim held by their subject. */
    static final Set<String> REPORTING = Set.of("say", "tell", "state", "claim", "allege", "assert", "insist",
            "argue", "maintain", "suggest", "warn", "add", "note", "announce", "declare", "believe", "think",
            "report", "write", "explain", "contend", "acknowledge", "admit", "suspect", "fear", "hint", "imply");

    /** Verbs of accusation: "accused X of harbouring Y" embeds X-harbour-Y, held by the accuser (object control). */
    static final Set<String> ACCUSATION = Set.of("accuse", "blame", "charge", "criticize", "criticise", "condemn",
            "fault", "implicate");

    /** Verbs by which the holder states a claim in order to deny it ("denied that", "rejected claims that"). */
    static final Set<String> DENIAL = Set.of("deny", "reject", "dismiss", "refute", "dispute", "rebut", "disprove");

    /** Verbs by which a speaker or document establishes a claim; the author relays it as settled. */
    static final Set<String> ENDORSEMENT = Set.of("confirm", "document", "show", "prove", "reveal", "establish",
            "demonstrate", "verify", "find");

    /** Adverbs on a reporting verb by which the author keeps a distance from the claim ("falsely accused"). */
    static final Set<String> DISTANCE_ADVERBS = Set.of("falsely", "wrongly", "baselessly", "erroneously",
            "groundlessly", "misleadingly");

    /** Adjectives on a claim noun by which the author disputes it ("baseless allegations that ..."). */
    static final Set<String> DISTANCE_ADJECTIVES = Set.of("baseless", "unfounded", "false", "unsubstantiated",
            "groundless", "bogus", "spurious", "unproven", "fabricated", "debunked");

    /** Nouns whose content clause is someone's claim ("claims that X shelters Y"). */
    static final Set<String> CLAIM_NOUNS = Set.of("claim", "allegation", "accusation", "charge", "report",
            "assertion", "suggestion", "rumor", "rumour", "narrative", "notion", "idea", "suspicion");

    /** Things that speak for whoever issued them ("issued a statement accusing ..."). */
    static final Set<String> SPEECH_NOUNS = Set.of("statement", "letter", "post", "tweet", "message",
            "communique", "speech", "remark", "comment", "interview", "audio");

    /** Nouns whose content clause is shown true or false by them ("no evidence that ..."). */
    static final Set<String> EVIDENCE_NOUNS = Set.of("evidence", "proof", "sign", "indication");

    /** Adverbs that hedge a claim: the holder does not vouch for it. */
    static final Set<String> HEDGE_ADVERBS = Set.of("allegedly", "reportedly", "possibly", "perhaps", "maybe",
            "apparently", "supposedly", "purportedly", "probably", "likely", "seemingly", "ostensibly");

    /** Modal auxiliaries of possibility, not of fact. */
    static final Set<String> HEDGE_MODALS = Set.of("may", "might", "could", "would");

    /** Words that negate the predicate they modify; "no longer" is caught as "longer" under "no". */
    static final Set<String> NEGATORS = Set.of("not", "n't", "never", "nt");

    /** Objects that negate the claim ("cost taxpayers nothing"): the claim is that nothing was done. */
    static final Set<String> NEGATIVE_OBJECTS = Set.of("nothing", "nobody", "none", "noone");

    /** Verbs whose object is the subject of their infinitive ("urged Pakistan to act"); other verbs' subject is. */
    static final Set<String> OBJECT_CONTROL = Set.of("force", "ask", "urge", "order", "allow", "help", "persuade",
            "push", "press", "compel", "encourage", "enable", "pressure", "invite", "want", "expect", "require",
            "permit", "tell", "warn", "call", "oblige", "convince");

    /** Light verbs whose object noun carries the claim ("has a link with", "provides support to"). */
    static final Set<String> LIGHT_VERBS = Set.of("have", "maintain", "provide", "give", "offer", "keep", "lend",
            "extend");

    /** Verbs whose "as" phrase is a copular claim ("serves as a sanctuary for" is "is a sanctuary for"). */
    static final Set<String> ROLE_VERBS = Set.of("serve", "act", "function", "operate", "emerge", "remain");

    /** Prepositions that attach a patient to a verb or claim noun ("crack down on", "link with", "haven for"). */
    static final Set<String> PATIENT_PREPOSITIONS = Set.of("on", "against", "with", "to", "for", "into", "at", "of",
            "over", "toward", "towards", "from");

    /** Relative and personal pronouns that stand for a noun phrase elsewhere. */
    static final Set<String> RELATIVE_PRONOUNS = Set.of("which", "who", "that", "whom");

    /** Subject pronouns resolved to an antecedent when that is cheap and safe (words, not lemmas: not "them"). */
    static final Set<String> RESOLVABLE_PRONOUNS = Set.of("it", "they");

    static boolean isFrame(String lemma) {
        return REPORTING.contains(lemma) || ACCUSATION.contains(lemma) || DENIAL.contains(lemma)
                || ENDORSEMENT.contains(lemma);
    }
}
