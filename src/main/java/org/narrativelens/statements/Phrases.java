package org.narrativelens.statements;

import edu.stanford.nlp.ling.IndexedWord;
import edu.stanford.nlp.semgraph.SemanticGraph;
import edu.stanford.nlp.semgraph.SemanticGraphEdge;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/** Noun phrases and predicates of a parsed sentence as {@link Mention}s with offsets into the sentence text. */
final class Phrases {

    /** Dependents that belong to a noun phrase's span; clauses, conjuncts and appositions do not. */
    private static final Set<String> NOUN_PHRASE = Set.of("det", "amod", "compound", "flat", "flat:name", "nummod",
            "nmod:poss", "case", "fixed", "det:poss", "advmod", "goeswith");

    private final SemanticGraph graph;
    private final String text;

    Phrases(SemanticGraph graph, String text) {
        this.graph = graph;
        this.text = text;
    }

    /** The noun phrase headed by {@code head}, without its preposition and without verb forms used as modifiers. */
    Mention nounPhrase(IndexedWord head) {
        int[] span = {head.beginPosition(), head.endPosition()};
        for (IndexedWord word : phraseWords(head)) {
            span[0] = Math.min(span[0], word.beginPosition());
            span[1] = Math.max(span[1], word.endPosition());
        }
        return new Mention(text.substring(span[0], span[1]), nameOrLemma(head), span[0], span[1]);
    }

    /** The predicate word, with its particle when there is one ("cracked down" -> head "crack down"). */
    Mention predicate(IndexedWord verb) {
        IndexedWord particle = child(verb, "compound:prt");
        String head = lemma(verb) + (particle == null ? "" : " " + particle.word().toLowerCase(Locale.ROOT));
        int end = particle != null && particle.index() == verb.index() + 1 ? particle.endPosition() : verb.endPosition();
        return new Mention(text.substring(verb.beginPosition(), end), head, verb.beginPosition(), end);
    }

    /**
     * A resultative predicate, "makes Main Street safer": the verb's text, and as head the verb's lemma with the
     * adjective as written ("make safer"), the patient's place between them when labelled.
     */
    Mention resultative(IndexedWord verb, IndexedWord adjective) {
        return new Mention(text.substring(verb.beginPosition(), verb.endPosition()),
                lemma(verb) + " " + adjective.word().toLowerCase(Locale.ROOT), verb.beginPosition(),
                verb.endPosition());
    }

    /**
     * Proper names are their own head, with their capitalised adjectives ("islamic state khorasan province"); other
     * words their lemma.
     */
    String nameOrLemma(IndexedWord head) {
        if (!isProperNoun(head)) {
            return lemma(head);
        }
        List<IndexedWord> name = new ArrayList<>();
        name.add(head);
        addNameWords(head, name);
        name.sort((a, b) -> Integer.compare(a.index(), b.index()));
        StringBuilder joined = new StringBuilder();
        for (IndexedWord word : name) {
            joined.append(joined.isEmpty() ? "" : " ").append(word.word().toLowerCase(Locale.ROOT));
        }
        return joined.toString();
    }

    private void addNameWords(IndexedWord word, List<IndexedWord> name) {
        for (SemanticGraphEdge edge : graph.outgoingEdgeList(word)) {
            String relation = edge.getRelation().toString();
            IndexedWord dependent = edge.getDependent();
            boolean nameWord = isProperNoun(dependent) || relation.equals("amod") && isCapitalised(dependent)
                    && dependent.index() < word.index();
            if ((relation.equals("compound") || relation.startsWith("flat") || relation.equals("amod")) && nameWord) {
                name.add(dependent);
                addNameWords(dependent, name);
            }
        }
    }

    private List<IndexedWord> phraseWords(IndexedWord head) {
        List<IndexedWord> words = new ArrayList<>();
        for (SemanticGraphEdge edge : graph.outgoingEdgeList(head)) {
            String relation = edge.getRelation().toString();
            IndexedWord dependent = edge.getDependent();
            boolean verbModifier = relation.equals("amod") && dependent.tag().startsWith("VB");
            boolean leadingCase = relation.equals("case") && dependent.index() < head.index();
            if (NOUN_PHRASE.contains(relation) && !verbModifier && !leadingCase && dependent.index() > 0) {
                words.add(dependent);
                words.addAll(phraseWords(dependent));
            }
        }
        return words;
    }

    IndexedWord child(IndexedWord word, String relation) {
        for (SemanticGraphEdge edge : graph.outgoingEdgeList(word)) {
            if (edge.getRelation().toString().equals(relation)) {
                return edge.getDependent();
            }
        }
        return null;
    }

    static String lemma(IndexedWord word) {
        String lemma = word.lemma() == null ? word.word() : word.lemma();
        return lemma.toLowerCase(Locale.ROOT);
    }

    private static boolean isCapitalised(IndexedWord word) {
        return !word.word().isEmpty() && Character.isUpperCase(word.word().charAt(0));
    }

    /**
     * The noun phrase naming who holds a claim: a description with a name in apposition gives the name ("a Taliban
     * spokesman, Zabihullah Mujahid"); a possessive "'s" is dropped.
     */
    String speaker(IndexedWord head) {
        IndexedWord apposition = child(head, "appos");
        if (!isProperNoun(head) && apposition != null && isProperNoun(apposition)) {
            head = apposition;
        }
        String phrase = nounPhrase(head).text();
        return phrase.replaceAll("(?:'s|’s|'|’)$", "");
    }

    static boolean isProperNoun(IndexedWord word) {
        return word.tag() != null && word.tag().startsWith("NNP");
    }
}
