package org.narrativelens.statements;

import edu.stanford.nlp.ling.IndexedWord;

/**
 * The parser's reading of "accused Pakistan of harbouring ISIS-K": "harbouring" as an adjective of "ISIS-K", which
 * hangs on "accused" by "of". Such a gerund is a predicate whose patient is the noun it modifies.
 */
final class Gerunds {

    private Gerunds() {
    }

    /** The gerund read as a modifier of {@code noun}, when {@code noun} is introduced by "of" or "for"; else null. */
    static IndexedWord of(Arguments arguments, IndexedWord noun) {
        IndexedWord preposition = arguments.child(noun, "case");
        if (preposition == null) {
            return null;
        }
        String lemma = Phrases.lemma(preposition);
        if (!lemma.equals("of") && !lemma.equals("for")) {
            return null;
        }
        for (IndexedWord modifier : arguments.children(noun, "amod")) {
            if ("VBG".equals(modifier.tag()) && modifier.index() < noun.index()) {
                return modifier;
            }
        }
        return null;
    }
}
