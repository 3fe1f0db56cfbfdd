package org.narrativelens.statements;

import edu.stanford.nlp.ling.IndexedWord;
import edu.stanford.nlp.semgraph.SemanticGraph;
import java.util.List;
import org.narrativelens.text.Voice;

/**
 * Who holds a claim inside one sentence and how the author stands to it: the nearest reporting, accusation, denial
 * or endorsement verb above the predicate ("said that", "accused X of", "denied that", "confirmed that"), a claim
 * or evidence noun ("rejected claims that", "no evidence that"), "according to X", or a reporting clause after the
 * claim ("X shelters Y, officials said"). With none of these the author asserts it.
 */
final class Attribution {

    /** The frame of one claim; {@code speaker} is the holder's noun phrase, or null. */
    record Frame(Voice voice, IndexedWord speaker, boolean speakerDenies, Attitude attitude) {
        static final Frame AUTHOR = new Frame(Voice.AUTHOR, null, false, Attitude.ASSERTS);
    }

    private final SemanticGraph graph;
    private final Arguments arguments;
    private final Modality modality;

    Attribution(SemanticGraph graph, Arguments arguments, Modality modality) {
        this.graph = graph;
        this.arguments = arguments;
        this.modality = modality;
    }

    Frame of(IndexedWord predicate) {
        IndexedWord node = predicate;
        while (node != null) {
            IndexedWord according = arguments.prepositional(node, "according");
            if (according != null) {
                return new Frame(Voice.REPORTED, according, false, Attitude.REPORTS);
            }
            IndexedWord postposed = postposedReporter(node);
            if (postposed != null) {
                return verbFrame(postposed, speakerOfPostposed(postposed));
            }
            IndexedWord parent = graph.getParent(node);
            IndexedWord accusing = node == predicate ? null : arguments.accusingModifier(node);
            if (accusing != null) {
                // "By falsely accusing Pakistan of harbouring ISIS-K, the Taliban ...": the clause's subject accuses
                return verbFrame(accusing, parent != null && parent.tag().startsWith("VB")
                        ? issuer(arguments.agent(parent)) : null);
            }
            if (parent == null) {
                return Frame.AUTHOR;
            }
            String relation = arguments.relationToParent(node);
            String lemma = Phrases.lemma(parent);
            if (embedsClaim(relation, node) && parent.tag().startsWith("VB") && StatementLexicon.isFrame(lemma)) {
                return verbFrame(parent, issuer(arguments.agent(parent)));
            }
            boolean contentClause = relation.equals("ccomp") || relation.equals("acl")
                    || relation.equals("acl:relcl") && arguments.misreadComplementizer(node) != null;
            if (parent.tag().startsWith("NN") && StatementLexicon.EVIDENCE_NOUNS.contains(lemma)
                    && relation.startsWith("nmod") && arguments.hasCase(node, "of")) {
                return evidenceFrame(parent); // "evidence of Pakistan's links to ISIS-K"
            }
            if (contentClause && parent.tag().startsWith("NN")) {
                if (StatementLexicon.EVIDENCE_NOUNS.contains(lemma)) {
                    return evidenceFrame(parent);
                }
                if (StatementLexicon.CLAIM_NOUNS.contains(lemma)) {
                    return claimNounFrame(parent);
                }
            }
            node = parent;
        }
        return Frame.AUTHOR;
    }

    /** True when the frame verb has a claim below it, so it is a frame and not a claim of its own. */
    boolean isFrameVerb(IndexedWord verb) {
        if (!StatementLexicon.isFrame(Phrases.lemma(verb))) {
            return false;
        }
        for (var edge : graph.outgoingEdgeList(verb)) {
            if (embedsClaim(edge.getRelation().toString(), edge.getDependent())) {
                return true;
            }
        }
        IndexedWord object = arguments.child(verb, "obj");
        if (object != null && (arguments.child(object, "ccomp") != null || arguments.child(object, "acl") != null)) {
            return true;
        }
        return isPostposedReporter(verb);
    }

    /** Clausal complements, and the "of"-gerund the parser reads as a modifier of a noun ("of harbouring ISIS-K"). */
    private boolean embedsClaim(String relation, IndexedWord dependent) {
        if (relation.equals("ccomp") || relation.equals("xcomp") || relation.equals("advcl")) {
            return dependent.tag().startsWith("VB") || arguments.child(dependent, "cop") != null;
        }
        return relation.startsWith("obl") && Gerunds.of(arguments, dependent) != null;
    }

    /**
     * "The Taliban issued a statement accusing ...", "Mujahid's remarks claiming ...": a statement's words are its
     * issuer's.
     */
    private IndexedWord issuer(IndexedWord speaker) {
        if (speaker == null || !StatementLexicon.SPEECH_NOUNS.contains(Phrases.lemma(speaker))) {
            return speaker;
        }
        IndexedWord possessor = arguments.child(speaker, "nmod:poss");
        if (possessor != null) {
            return possessor;
        }
        IndexedWord governor = graph.getParent(speaker);
        IndexedWord issuer = governor != null && governor.tag().startsWith("VB") ? arguments.agent(governor) : null;
        return issuer != null ? issuer : speaker;
    }

    private Frame verbFrame(IndexedWord verb, IndexedWord speaker) {
        String lemma = Phrases.lemma(verb);
        if (StatementLexicon.DENIAL.contains(lemma)) {
            return new Frame(Voice.REPORTED, speaker, true, Attitude.REPORTS);
        }
        if (StatementLexicon.ENDORSEMENT.contains(lemma)) {
            return new Frame(Voice.REPORTED, speaker, false,
                    modality.negated(verb) ? Attitude.DISPUTES : Attitude.ENDORSES);
        }
        return new Frame(Voice.REPORTED, speaker, false, distanced(verb) ? Attitude.DISPUTES : Attitude.REPORTS);
    }

    private boolean distanced(IndexedWord verb) {
        for (IndexedWord adverb : arguments.children(verb, "advmod")) {
            if (StatementLexicon.DISTANCE_ADVERBS.contains(Phrases.lemma(adverb))) {
                return true;
            }
        }
        return false;
    }

    /**
     * "(there is) no evidence that X": disputed; "there is evidence that X": the author stands behind it; "observers
     * pointed to proof that X": the observers' claim, which the author endorses by calling it proof (an evidence noun
     * presupposes its content as "showed that" does, where "claims that" does not); disputed when they found none.
     */
    private Frame evidenceFrame(IndexedWord noun) {
        IndexedWord governor = graph.getParent(noun);
        boolean negated = modality.negativeObject(noun) || governor != null && modality.negated(governor);
        Attitude attitude = negated ? Attitude.DISPUTES : Attitude.ENDORSES;
        IndexedWord holder = governor != null && governor.tag().startsWith("VB") && !Phrases.lemma(governor).equals("be")
                ? arguments.agent(governor) : null;
        if (holder != null && !holder.equals(noun)) {
            return new Frame(Voice.REPORTED, holder, false, attitude);
        }
        return new Frame(Voice.AUTHOR, null, false, attitude);
    }

    /**
     * "rejected claims that X" (held, then denied, by the rejecter), "baseless claims that X" and "claims that X are
     * baseless" (disputed).
     */
    private Frame claimNounFrame(IndexedWord noun) {
        boolean disputed = false;
        for (IndexedWord adjective : arguments.children(noun, "amod")) {
            disputed |= StatementLexicon.DISTANCE_ADJECTIVES.contains(Phrases.lemma(adjective));
        }
        IndexedWord governor = graph.getParent(noun);
        // "claims that X ... are baseless": the claim is the subject of a distancing adjective
        disputed |= governor != null && arguments.relationToParent(noun).equals("nsubj")
                && StatementLexicon.DISTANCE_ADJECTIVES.contains(Phrases.lemma(governor));
        Attitude attitude = disputed ? Attitude.DISPUTES : Attitude.REPORTS;
        if (governor != null && StatementLexicon.DENIAL.contains(Phrases.lemma(governor))) {
            return new Frame(Voice.REPORTED, arguments.agent(governor), true, attitude);
        }
        if (governor != null && StatementLexicon.ENDORSEMENT.contains(Phrases.lemma(governor)) && !disputed) {
            return new Frame(Voice.REPORTED, arguments.agent(governor), false, Attitude.ENDORSES);
        }
        return new Frame(Voice.REPORTED, issuer(arguments.child(noun, "nmod:poss")), false, attitude);
    }

    /**
     * "Pakistan shelters ISIS-K, the Taliban said": a reporting verb without a complement of its own, after the
     * clause and attached somewhere below it (the parser hangs it on the verb or on its object).
     */
    private IndexedWord postposedReporter(IndexedWord node) {
        for (IndexedWord word : graph.descendants(node)) {
            if (word != node && isPostposedReporter(word)) {
                return word;
            }
        }
        return null;
    }

    private boolean isPostposedReporter(IndexedWord verb) {
        String relation = arguments.relationToParent(verb);
        IndexedWord parent = graph.getParent(verb);
        return verb.tag().startsWith("VB") && StatementLexicon.REPORTING.contains(Phrases.lemma(verb))
                && (relation.equals("ccomp") || relation.equals("parataxis") || relation.equals("dep"))
                && parent != null && parent.index() < verb.index() && arguments.child(verb, "ccomp") == null
                && arguments.child(verb, "xcomp") == null;
    }

    /**
     * Its subject nearest to it, or the apposition the parser hangs on a subject it took from the claim ("ISIS-K,
     * the Taliban said").
     */
    private IndexedWord speakerOfPostposed(IndexedWord reporter) {
        List<IndexedWord> subjects = arguments.children(reporter, "nsubj");
        if (subjects.isEmpty()) {
            return null;
        }
        IndexedWord subject = subjects.get(subjects.size() - 1);
        IndexedWord apposition = arguments.child(subject, "appos");
        return apposition != null ? apposition : subject;
    }
}
