package org.narrativelens.statements;

import edu.stanford.nlp.ling.IndexedWord;
import edu.stanford.nlp.semgraph.SemanticGraph;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * The statements of one parsed sentence, offsets relative to the sentence, voice and speaker as the sentence itself
 * gives them (a claim under "said" is REPORTED; everything else is the AUTHOR's until the passage's voice applies).
 * Predicates are verbs, copular nouns and adjectives ("is a sanctuary for"), nouns carried by light verbs ("has a
 * link with") or role verbs ("serves as a haven for"), and gerunds the parser reads as modifiers ("of harbouring").
 */
final class SentenceReader {

    /** Relations whose dependent is a function word or a part of a name, never a predicate of its own. */
    private static final Set<String> NOT_PREDICATES = Set.of("aux", "aux:pass", "cop", "compound", "compound:prt",
            "mark", "case", "det", "fixed", "flat", "punct", "amod", "cc");

    private final DependencyParser.ParsedSentence sentence;
    private final SemanticGraph graph;
    private final Arguments arguments;
    private final Modality modality;
    private final Attribution attribution;
    private final Phrases phrases;

    SentenceReader(DependencyParser.ParsedSentence sentence) {
        this.sentence = sentence;
        this.graph = sentence.graph();
        this.arguments = new Arguments(graph);
        this.modality = new Modality(graph, arguments);
        this.attribution = new Attribution(graph, arguments, modality);
        this.phrases = new Phrases(graph, sentence.text());
    }

    List<Statement> statements() {
        List<Statement> statements = new ArrayList<>();
        for (IndexedWord word : graph.vertexListSorted()) {
            read(word, statements);
        }
        return statements;
    }

    private void read(IndexedWord word, List<Statement> out) {
        String tag = word.tag() == null ? "" : word.tag();
        String relation = arguments.relationToParent(word);
        if (relation.equals("amod") && "VBG".equals(tag) && isRepairedGerund(word)) {
            IndexedWord noun = graph.getParent(word);
            IndexedWord governor = graph.getParent(noun);
            IndexedWord agent = !governor.tag().startsWith("VB") ? governor
                    : StatementLexicon.ACCUSATION.contains(Phrases.lemma(governor)) ? arguments.controller(governor)
                    : arguments.agent(governor);
            emit(word, phrases.predicate(word), agent, noun, modality.negated(word), out);
            return;
        }
        if (NOT_PREDICATES.contains(relation)) {
            return;
        }
        if (arguments.child(word, "cop") != null && (tag.startsWith("NN") || tag.startsWith("JJ"))) {
            IndexedWord subject = arguments.child(word, "nsubj");
            if (subject != null) {
                emit(word, phrases.predicate(word), subject, arguments.prepositionalPatient(word),
                        modality.negated(word), out);
            }
            return;
        }
        if (isNominalClaim(word)) {
            emit(word, phrases.predicate(word), arguments.child(word, "nmod:poss"),
                    arguments.prepositionalPatient(word), modality.negated(word) || modality.negativeObject(word), out);
            return;
        }
        if (!tag.startsWith("VB") || Phrases.lemma(word).equals("be") || attribution.isFrameVerb(word)) {
            return;
        }
        IndexedWord object = arguments.child(word, "obj");
        IndexedWord nominalPatient = object == null ? null : arguments.prepositionalPatient(object);
        if (nominalPatient == null && object != null) {
            nominalPatient = arguments.prepositionalPatient(word);
        }
        // a common noun carries the claim ("provides support to"); a name is the patient ("provides ISIS-K with")
        if (StatementLexicon.LIGHT_VERBS.contains(Phrases.lemma(word)) && object != null
                && object.tag().startsWith("NN") && Character.isLowerCase(object.word().charAt(0))
                && nominalPatient != null) {
            emit(word, phrases.predicate(object), arguments.agent(word), nominalPatient,
                    modality.negated(word) || modality.negativeObject(object), out);
            return;
        }
        IndexedWord role = StatementLexicon.ROLE_VERBS.contains(Phrases.lemma(word))
                ? arguments.prepositional(word, "as") : null;
        if (role != null && role.tag().startsWith("NN")) {
            emit(word, phrases.predicate(role), arguments.agent(word), arguments.prepositionalPatient(role),
                    modality.negated(word), out);
            return;
        }
        IndexedWord agent = arguments.agent(word);
        IndexedWord patient = arguments.patient(word);
        IndexedWord result = patient == null ? arguments.resultative(word) : null;
        if (result != null) {
            emit(word, phrases.resultative(word, result), agent, arguments.child(result, "nsubj"),
                    modality.negated(word), out);
            return;
        }
        boolean negated = modality.negated(word);
        if (patient != null && modality.negativeObject(patient) && !arguments.passive(word)) {
            negated = true;
            patient = arguments.child(word, "iobj");
        }
        if (agent != null || patient != null) {
            emit(word, phrases.predicate(word), agent, patient, negated, out);
        }
    }

    /**
     * A common noun with a possessor and a patient is a nominal claim ("Pakistan's links to ISIS-K", "the group's
     * support for the rebels"): the possessor acts. Nouns that frame a claim ("claims", "evidence") are not.
     */
    private boolean isNominalClaim(IndexedWord noun) {
        String tag = noun.tag() == null ? "" : noun.tag();
        String lemma = Phrases.lemma(noun);
        return (tag.equals("NN") || tag.equals("NNS")) && arguments.child(noun, "nmod:poss") != null
                && arguments.prepositionalPatient(noun) != null && !StatementLexicon.CLAIM_NOUNS.contains(lemma)
                && !StatementLexicon.EVIDENCE_NOUNS.contains(lemma) && !StatementLexicon.SPEECH_NOUNS.contains(lemma);
    }

    /**
     * The parser's readings of "accused Pakistan of harbouring ISIS-K" with "harbouring" as an adjective of
     * "ISIS-K": hung on the accusation verb, or (in "By falsely accusing Pakistan of harbouring ISIS-K, the
     * Taliban ...") on "Pakistan", itself modified by "accusing".
     */
    private boolean isRepairedGerund(IndexedWord gerund) {
        IndexedWord noun = graph.getParent(gerund);
        IndexedWord governor = noun == null ? null : graph.getParent(noun);
        return Gerunds.of(arguments, noun) == gerund && governor != null
                && (governor.tag().startsWith("VB") || arguments.accusingModifier(governor) != null);
    }

    private void emit(IndexedWord predicate, Mention action, IndexedWord agent, IndexedWord patient, boolean negated,
                      List<Statement> out) {
        Attribution.Frame frame = attribution.of(predicate);
        boolean hedged = modality.hedged(predicate);
        String speaker = frame.speaker() == null ? null : phrases.speaker(frame.speaker());
        for (IndexedWord a : arguments.withConjuncts(agent)) {
            for (IndexedWord p : arguments.withConjuncts(patient)) {
                if (a == null && p == null) {
                    continue;
                }
                out.add(new Statement(mention(a, frame), action, mention(p, frame), negated, hedged, frame.voice(),
                        speaker, frame.speakerDenies(), frame.attitude(), 0, sentence.text().length()));
            }
        }
    }

    /**
     * The noun phrase; a pronoun of a claim held by a named speaker stands for that speaker ("Islamabad denied that
     * it shelters ISIS-K"): it keeps its own text and takes the speaker's head.
     */
    private Mention mention(IndexedWord word, Attribution.Frame frame) {
        if (word == null) {
            return null;
        }
        Mention mention = phrases.nounPhrase(word);
        if (frame.speaker() != null && StatementLexicon.RESOLVABLE_PRONOUNS.contains(word.word().toLowerCase())
                && !frame.speaker().tag().startsWith("PRP")) {
            return new Mention(mention.text(), phrases.nameOrLemma(frame.speaker()), mention.start(), mention.end());
        }
        return mention;
    }
}
