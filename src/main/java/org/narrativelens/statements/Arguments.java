package org.narrativelens.statements;

import edu.stanford.nlp.ling.IndexedWord;
import edu.stanford.nlp.semgraph.SemanticGraph;
import edu.stanford.nlp.semgraph.SemanticGraphEdge;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Who acts and who is acted on for a predicate of a UD graph: subjects and objects, the passive's "by" phrase,
 * subjects shared by conjoined verbs, controllers of infinitives and of "accused X of V-ing", prepositional
 * patients of phrasal verbs, and conjoined noun phrases.
 */
final class Arguments {

    /** Tags of finite verbs: present (third person and other) and past. */
    private static final Set<String> FINITE = Set.of("VBZ", "VBP", "VBD");

    private final SemanticGraph graph;

    Arguments(SemanticGraph graph) {
        this.graph = graph;
    }

    /** The verb is passive: it has a passive subject or auxiliary, or is a past participle modifying a noun. */
    boolean passive(IndexedWord verb) {
        if (child(verb, "nsubj:pass") != null || child(verb, "aux:pass") != null) {
            return true;
        }
        String relation = relationToParent(verb);
        return "VBN".equals(verb.tag()) && ("acl".equals(relation)
                || "conj".equals(relation) && passive(graph.getParent(verb)));
    }

    /** The agent of a verb (null when the sentence names none), the first of conjoined agents. */
    IndexedWord agent(IndexedWord verb) {
        if (passive(verb)) {
            IndexedWord by = prepositional(verb, "by");
            if (by == null) {
                by = child(verb, "obl:agent");
            }
            if (by == null && "conj".equals(relationToParent(verb))) {
                return agent(graph.getParent(verb));
            }
            return by;
        }
        IndexedWord subject = child(verb, "nsubj");
        if (subject != null && hasMark(verb, "with") && subject.index() < verb.index()) {
            // "partnering with us to confront the Red Brigade": the parser makes "us" the subject of "confront"; the
            // agent of a purpose clause of a joint action is the subject of the clause it serves
            IndexedWord parent = graph.getParent(verb);
            return parent == null ? subject : agent(parent);
        }
        if (subject != null) {
            return relativeAntecedent(verb, subject);
        }
        if (relativeObjectAsSubject(verb) != null) {
            return graph.getParent(verb);
        }
        return inheritedAgent(verb);
    }

    /** The patient of a verb: its object, the passive subject, or the object of a phrasal preposition. */
    IndexedWord patient(IndexedWord verb) {
        if (passive(verb)) {
            IndexedWord subject = child(verb, "nsubj:pass");
            if (subject != null) {
                return relativeAntecedent(verb, subject);
            }
            String relation = relationToParent(verb);
            if ("acl".equals(relation)) {
                return graph.getParent(verb);
            }
            return "conj".equals(relation) ? patient(graph.getParent(verb)) : null;
        }
        IndexedWord object = null;
        IndexedWord relativeSubject = relativeObjectAsSubject(verb);
        IndexedWord complementizer = misreadComplementizer(verb);
        for (IndexedWord candidate : children(verb, "obj")) {
            if (candidate != relativeSubject && candidate != complementizer && object == null) {
                object = relativeAntecedent(verb, candidate);
            }
        }
        if (object == null) {
            object = sharedObject(verb);
        }
        if (object == null) {
            object = objectTakenByReporter(verb);
        }
        if (object == null) {
            object = child(verb, "iobj");
        }
        if (object == null) {
            object = prepositionalPatient(verb);
        }
        return object;
    }

    /**
     * The adjective of a resultative verb without an object, "makes Main Street safer", where the parser reads the
     * patient as the subject of a small clause (xcomp adjective with its own nsubj); null when there is none.
     */
    IndexedWord resultative(IndexedWord verb) {
        for (IndexedWord complement : children(verb, "xcomp")) {
            if (complement.tag() != null && complement.tag().startsWith("JJ") && child(complement, "nsubj") != null) {
                return complement;
            }
        }
        return null;
    }

    /**
     * "Pakistan, which has long backed the Taliban": the parser may make "which" an object of "backed" although
     * the clause has no other subject: a relative pronoun before its verb, in a clause without a subject, is it.
     */
    private IndexedWord relativeObjectAsSubject(IndexedWord verb) {
        if (!"acl:relcl".equals(relationToParent(verb)) || child(verb, "nsubj") != null
                || child(verb, "nsubj:pass") != null) {
            return null;
        }
        for (IndexedWord object : children(verb, "obj")) {
            if (object.index() < verb.index() && StatementLexicon.RELATIVE_PRONOUNS.contains(Phrases.lemma(object))) {
                return object;
            }
        }
        return null;
    }

    /**
     * "Claims that X shelters Y are baseless": the parser may read the content clause as a relative clause with
     * "that" as a second object; such a "that" is the clause's conjunction, not an argument.
     */
    IndexedWord misreadComplementizer(IndexedWord verb) {
        List<IndexedWord> objects = children(verb, "obj");
        if (!"acl:relcl".equals(relationToParent(verb)) || objects.size() < 2) {
            return null;
        }
        IndexedWord first = objects.get(0);
        return first.word().equalsIgnoreCase("that") && first.index() < verb.index() ? first : null;
    }

    /** "fought and defeated ISIS-K": a conjoined verb without its own object, before its head's object, shares it. */
    private IndexedWord sharedObject(IndexedWord verb) {
        if (!"conj".equals(relationToParent(verb))) {
            return null;
        }
        IndexedWord head = graph.getParent(verb);
        IndexedWord object = child(head, "obj");
        return object != null && object.index() > verb.index() ? object : null;
    }

    /**
     * "Pakistan harbours ISIS-K, the Taliban said": the parser makes "ISIS-K" a second subject of "said" (or the
     * subject with "the Taliban" as its apposition); the first belongs to the clause before the reporting verb.
     */
    private IndexedWord objectTakenByReporter(IndexedWord verb) {
        for (SemanticGraphEdge edge : graph.outgoingEdgeList(verb)) {
            String relation = edge.getRelation().toString();
            IndexedWord reporter = edge.getDependent();
            if ((relation.equals("ccomp") || relation.equals("parataxis")) && reporter.index() > verb.index()
                    && StatementLexicon.isFrame(Phrases.lemma(reporter))) {
                List<IndexedWord> subjects = children(reporter, "nsubj");
                if (subjects.size() > 1) {
                    return subjects.get(0);
                }
                if (subjects.size() == 1 && child(subjects.get(0), "appos") != null) {
                    return subjects.get(0);
                }
            }
        }
        return null;
    }

    /** The object of the first preposition that attaches a patient ("crack down on", "fight against"). */
    IndexedWord prepositionalPatient(IndexedWord word) {
        for (SemanticGraphEdge edge : graph.outgoingEdgeList(word)) {
            String relation = edge.getRelation().toString();
            if (relation.startsWith("obl") || relation.startsWith("nmod") && !relation.equals("nmod:poss")) {
                IndexedWord preposition = child(edge.getDependent(), "case");
                if (preposition != null && StatementLexicon.PATIENT_PREPOSITIONS.contains(Phrases.lemma(preposition))
                        && !isVerbModified(edge.getDependent())) {
                    return edge.getDependent();
                }
            }
        }
        return null;
    }

    private boolean isVerbModified(IndexedWord noun) {
        IndexedWord modifier = child(noun, "amod");
        return modifier != null && "VBG".equals(modifier.tag());
    }

    /** The object of a preposition with the given lemma attached to {@code word}, or null. */
    IndexedWord prepositional(IndexedWord word, String prepositionLemma) {
        for (SemanticGraphEdge edge : graph.outgoingEdgeList(word)) {
            String relation = edge.getRelation().toString();
            if (relation.startsWith("obl") || relation.startsWith("nmod")) {
                IndexedWord preposition = child(edge.getDependent(), "case");
                if (preposition != null && (prepositionLemma.equals(Phrases.lemma(preposition))
                        || prepositionLemma.equalsIgnoreCase(preposition.word()))) {
                    return edge.getDependent();
                }
            }
        }
        return null;
    }

    /**
     * A verb without a subject takes it from the clause it belongs to: a conjoined verb from its head, an
     * infinitive or "of"-gerund from the object of an accusation or object-control verb ("accused Pakistan of
     * harbouring", "forced Pakistan to act") or else from the subject of that verb ("launched an operation to
     * dismantle"), an active participle from the noun it
     * modifies ("militants attacking Kabul").
     */
    private IndexedWord inheritedAgent(IndexedWord verb) {
        IndexedWord parent = graph.getParent(verb);
        if (parent == null) {
            return null;
        }
        String relation = relationToParent(verb);
        switch (relation) {
            case "conj":
                return parent.tag().startsWith("VB") || child(parent, "cop") != null ? agent(parent) : null;
            case "dep":
                // "removes parking, hurts small businesses and ...": a finite verb after a comma that the parser
                // could not attach as a conjunct is one all the same, and shares its head's subject
                return finiteAfterComma(verb) && parent.tag().startsWith("VB") ? agent(parent) : null;
            case "xcomp":
            case "advcl":
                IndexedWord object = child(parent, "obj");
                if (StatementLexicon.ACCUSATION.contains(Phrases.lemma(parent))) {
                    return controller(parent);
                }
                if (object != null && StatementLexicon.OBJECT_CONTROL.contains(Phrases.lemma(parent))) {
                    return object;
                }
                return parent.tag().startsWith("VB") ? agent(parent) : null;
            case "acl":
                if ("VBG".equals(verb.tag())) {
                    return freeAdjunct(verb) ? agentOfGoverningClause(parent) : parent;
                }
                // "launched an operation to dismantle ISIS-K": who launched it acts
                IndexedWord governor = graph.getParent(parent);
                return hasMark(verb, "to") && governor != null && governor.tag().startsWith("VB") ? agent(governor)
                        : null;
            default:
                // "By accusing Northland of harbouring ...", with "harbouring" read as a modifier of "Northland"
                return accusingModifier(parent) != null ? parent : null;
        }
    }

    /**
     * "Northland conducted a crackdown, arresting forty rebels": a participle set off by a comma is a free adjunct
     * of the clause, not a modifier of the noun before the comma, and English reads the clause's subject as its
     * agent (the rule behind "dangling" participles). The parser attaches it to that noun all the same.
     */
    private boolean freeAdjunct(IndexedWord participle) {
        return afterComma(participle);
    }

    private boolean finiteAfterComma(IndexedWord verb) {
        return FINITE.contains(verb.tag()) && afterComma(verb);
    }

    private boolean afterComma(IndexedWord word) {
        IndexedWord before = graph.getNodeByIndexSafe(word.index() - 1);
        return before != null && ",".equals(before.word());
    }

    /** The agent of the verb whose argument {@code noun} is; the noun itself when no verb governs it. */
    private IndexedWord agentOfGoverningClause(IndexedWord noun) {
        IndexedWord governor = graph.getParent(noun);
        return governor != null && governor.tag().startsWith("VB") ? agent(governor) : noun;
    }

    /**
     * Who an accusation accuses: its object ("accused Pakistan of"), or its subject when passive ("Pakistan was
     * accused of"); without either, its agent.
     */
    IndexedWord controller(IndexedWord accusation) {
        if (passive(accusation)) {
            IndexedWord subject = child(accusation, "nsubj:pass");
            return subject != null ? subject : agent(accusation);
        }
        IndexedWord object = child(accusation, "obj");
        return object != null ? object : agent(accusation);
    }

    /** "Pakistan, which shelters ISIS-K": the relative pronoun stands for the noun the clause modifies. */
    private IndexedWord relativeAntecedent(IndexedWord verb, IndexedWord argument) {
        if (StatementLexicon.RELATIVE_PRONOUNS.contains(Phrases.lemma(argument))
                && "acl:relcl".equals(relationToParent(verb))) {
            return graph.getParent(verb);
        }
        return argument;
    }

    /** The noun phrase and the noun phrases conjoined with it ("ISIS-K and its allies"). */
    List<IndexedWord> withConjuncts(IndexedWord noun) {
        List<IndexedWord> all = new ArrayList<>();
        if (noun == null) {
            all.add(null);
            return all;
        }
        all.add(noun);
        for (SemanticGraphEdge edge : graph.outgoingEdgeList(noun)) {
            IndexedWord dependent = edge.getDependent();
            if (edge.getRelation().toString().equals("conj") && (dependent.tag().startsWith("NN")
                    || dependent.tag().startsWith("PRP"))) {
                all.add(dependent);
            }
        }
        return all;
    }

    /** "accusing" in the parser's reading of "By accusing Pakistan of ..." as "Pakistan" modified by "accusing". */
    IndexedWord accusingModifier(IndexedWord noun) {
        for (IndexedWord modifier : children(noun, "amod")) {
            if ("VBG".equals(modifier.tag()) && StatementLexicon.ACCUSATION.contains(Phrases.lemma(modifier))) {
                return modifier;
            }
        }
        return null;
    }

    /** The noun is introduced by the preposition with this lemma ("of" in "evidence of ..."). */
    boolean hasCase(IndexedWord noun, String lemma) {
        IndexedWord preposition = child(noun, "case");
        return preposition != null && lemma.equals(Phrases.lemma(preposition));
    }

    boolean hasMark(IndexedWord verb, String lemma) {
        for (SemanticGraphEdge edge : graph.outgoingEdgeList(verb)) {
            if (edge.getRelation().toString().equals("mark") && lemma.equals(Phrases.lemma(edge.getDependent()))) {
                return true;
            }
        }
        return false;
    }

    String relationToParent(IndexedWord word) {
        SemanticGraphEdge edge = graph.incomingEdgeIterator(word).hasNext()
                ? graph.incomingEdgeIterator(word).next() : null;
        return edge == null ? "root" : edge.getRelation().toString();
    }

    IndexedWord child(IndexedWord word, String relation) {
        for (SemanticGraphEdge edge : graph.outgoingEdgeList(word)) {
            if (edge.getRelation().toString().equals(relation)) {
                return edge.getDependent();
            }
        }
        return null;
    }

    List<IndexedWord> children(IndexedWord word, String relation) {
        List<IndexedWord> found = new ArrayList<>();
        for (SemanticGraphEdge edge : graph.outgoingEdgeList(word)) {
            if (edge.getRelation().toString().equals(relation)) {
                found.add(edge.getDependent());
            }
        }
        return found;
    }
}
