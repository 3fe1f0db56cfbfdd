package org.narrativelens.statements;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.narrativelens.text.PassageVoice;
import org.narrativelens.text.Voice;

/**
 * Puts a passage's per-sentence statements together: offsets into the document, the passage's voice and speaker
 * (a claim in a quote is the speaker's, which the author reports), and "it" / "they" as a subject or object resolved
 * to the previous sentence's agent when number agrees; otherwise a pronoun keeps its own text and head.
 */
public final class PassageStatements {

    private static final Set<String> PERSONAL_PRONOUNS = Set.of("he", "she", "they", "it", "we", "i", "him", "her",
            "them", "us");

    private PassageStatements() {
    }

    /**
     * @param sentences      statements of each sentence, offsets relative to the sentence (as {@link
     *                       StatementExtractor#sentence} gives them)
     * @param sentenceStarts where each sentence starts in the document
     * @param voice          the passage's voice and speaker
     * @param speakerMention the words that name the passage's speaker in the passage ("the minister"), or null
     */
    public static List<Statement> assemble(List<List<Statement>> sentences, List<Integer> sentenceStarts,
                                           PassageVoice voice, String speakerMention) {
        List<Statement> all = new ArrayList<>();
        Mention previousAgent = null;
        for (int i = 0; i < sentences.size(); i++) {
            Mention lastAgent = null;
            for (Statement relative : sentences.get(i)) {
                Statement statement = inVoice(shift(relative, sentenceStarts.get(i)), voice, speakerMention);
                statement = withMentions(statement, resolve(statement.agent(), previousAgent),
                        resolve(statement.patient(), previousAgent));
                if (lastAgent == null && statement.agent() != null && !isPronoun(statement.agent())) {
                    lastAgent = statement.agent();
                }
                all.add(statement);
            }
            previousAgent = lastAgent;
        }
        return all;
    }

    /** A statement read from a sentence that starts at {@code delta} in the document. */
    static Statement shift(Statement s, int delta) {
        return new Statement(shift(s.agent(), delta), shift(s.action(), delta), shift(s.patient(), delta),
                s.negated(), s.hedged(), s.voice(), s.speaker(), s.speakerDenies(), s.attitude(),
                s.sentenceStart() + delta, s.sentenceEnd() + delta);
    }

    private static Mention shift(Mention m, int delta) {
        return m == null ? null : new Mention(m.text(), m.head(), m.start() + delta, m.end() + delta);
    }

    /** The words of the passage that name its speaker, when the speaker's mention lies inside the passage. */
    public static String speakerMention(String passageText, int passageStart, PassageVoice voice) {
        if (voice.speaker() == null) {
            return null;
        }
        int start = voice.speaker().start() - passageStart;
        int end = voice.speaker().end() - passageStart;
        return start >= 0 && end <= passageText.length() ? passageText.substring(start, end) : null;
    }

    /**
     * Inside a quote or reported passage the author relays the speaker's claim: the author's own attitude becomes
     * REPORTS, and a claim the speaker calls unfounded ("there is no evidence that ...") is one the speaker denies.
     * A claim the sentence itself attributes to the passage's speaker ("..., the minister said", "he said") takes the
     * passage's voice and the speaker's full name; one attributed to someone else stays theirs.
     */
    static Statement inVoice(Statement s, PassageVoice passage, String speakerMention) {
        if (passage.voice() == Voice.AUTHOR) {
            return s;
        }
        String passageSpeaker = passage.speaker() == null ? null : passage.speaker().name();
        if (s.voice() == Voice.AUTHOR) {
            return new Statement(s.agent(), s.action(), s.patient(), s.negated(), s.hedged(), passage.voice(),
                    passageSpeaker, s.speakerDenies() || s.attitude() == Attitude.DISPUTES, Attitude.REPORTS,
                    s.sentenceStart(), s.sentenceEnd());
        }
        boolean passagesOwn = s.speaker() == null || PERSONAL_PRONOUNS.contains(s.speaker().toLowerCase(Locale.ROOT))
                || speakerMention != null && s.speaker().contains(speakerMention)
                || passageSpeaker != null && s.speaker().equals(passageSpeaker);
        if (!passagesOwn || passageSpeaker == null) {
            return s;
        }
        return new Statement(s.agent(), s.action(), s.patient(), s.negated(), s.hedged(), passage.voice(),
                passageSpeaker, s.speakerDenies(), s.attitude(), s.sentenceStart(), s.sentenceEnd());
    }

    private static Statement withMentions(Statement s, Mention agent, Mention patient) {
        if (agent == s.agent() && patient == s.patient()) {
            return s;
        }
        return new Statement(agent, s.action(), patient, s.negated(), s.hedged(), s.voice(), s.speaker(),
                s.speakerDenies(), s.attitude(), s.sentenceStart(), s.sentenceEnd());
    }

    private static Mention resolve(Mention mention, Mention antecedent) {
        if (mention == null || antecedent == null || !isPronoun(mention)) {
            return mention;
        }
        String pronoun = mention.text().toLowerCase(Locale.ROOT);
        boolean agrees = pronoun.equals("it") ? !looksPlural(antecedent) : looksPlural(antecedent);
        return agrees ? new Mention(mention.text(), antecedent.head(), mention.start(), mention.end()) : mention;
    }

    /** An unresolved "it" or "they": its head is still the pronoun itself. */
    static boolean isPronoun(Mention mention) {
        String text = mention.text().toLowerCase(Locale.ROOT);
        return (text.equals("it") || text.equals("they")) && mention.head().equals(text);
    }

    /** "militants" (lemma "militant") and collective names with an article ("the Taliban") take "they". */
    private static boolean looksPlural(Mention mention) {
        String text = mention.text().toLowerCase(Locale.ROOT);
        String lastWord = text.substring(text.lastIndexOf(' ') + 1);
        String lastHead = mention.head().substring(mention.head().lastIndexOf(' ') + 1);
        boolean name = !mention.text().equals(text);
        return !lastWord.equals(lastHead) && !name || name && text.startsWith("the ");
    }
}
