package org.narrativelens.statements;

import edu.stanford.nlp.ling.IndexedWord;
import edu.stanford.nlp.semgraph.SemanticGraph;
import edu.stanford.nlp.semgraph.SemanticGraphEdge;

/**
 * Negation and hedging of a predicate: "not", "never", "no longer" on it, "no" or "nothing" as its object, a hedging
 * adverb or modal; a conjoined verb without its own auxiliary or subject shares its head's ("did not shelter or
 * support").
 */
final class Modality {

    private final SemanticGraph graph;
    private final Arguments arguments;

    Modality(SemanticGraph graph, Arguments arguments) {
        this.graph = graph;
        this.arguments = arguments;
    }

    boolean negated(IndexedWord predicate) {
        for (SemanticGraphEdge edge : graph.outgoingEdgeList(predicate)) {
            String relation = edge.getRelation().toString();
            IndexedWord dependent = edge.getDependent();
            String lemma = Phrases.lemma(dependent);
            if ((relation.equals("advmod") || relation.equals("neg")) && StatementLexicon.NEGATORS.contains(lemma)) {
                return true;
            }
            if (relation.equals("advmod") && dependent.word().equalsIgnoreCase("longer")
                    && arguments.child(dependent, "advmod") != null
                    && Phrases.lemma(arguments.child(dependent, "advmod")).equals("no")) {
                return true;
            }
        }
        return sharesHead(predicate) && negated(graph.getParent(predicate));
    }

    /** "had no link", "cost nothing": the object itself says the claim is not so. */
    boolean negativeObject(IndexedWord object) {
        if (object == null) {
            return false;
        }
        IndexedWord determiner = arguments.child(object, "det");
        return StatementLexicon.NEGATIVE_OBJECTS.contains(Phrases.lemma(object))
                || determiner != null && Phrases.lemma(determiner).equals("no");
    }

    boolean hedged(IndexedWord predicate) {
        for (SemanticGraphEdge edge : graph.outgoingEdgeList(predicate)) {
            String relation = edge.getRelation().toString();
            String lemma = Phrases.lemma(edge.getDependent());
            if (relation.equals("advmod") && StatementLexicon.HEDGE_ADVERBS.contains(lemma)
                    || relation.equals("aux") && StatementLexicon.HEDGE_MODALS.contains(lemma)) {
                return true;
            }
        }
        return sharesHead(predicate) && hedged(graph.getParent(predicate));
    }

    /** A conjoined predicate with no subject or auxiliary of its own inherits its head's negation and hedges. */
    private boolean sharesHead(IndexedWord predicate) {
        return "conj".equals(arguments.relationToParent(predicate))
                && arguments.child(predicate, "nsubj") == null && arguments.child(predicate, "nsubj:pass") == null
                && arguments.child(predicate, "aux") == null;
    }
}
