package org.narrativelens.narratives;

import org.narrativelens.statements.Attitude;
import org.narrativelens.statements.Mention;
import org.narrativelens.statements.Statement;
import org.narrativelens.text.Voice;

/**
 * Hand-built statements for tests: each in its own invented sentence "agent action patient." laid end to end in a
 * document, so offsets are real and distinct.
 */
final class Claims {

    private static int cursor;

    private final String source;
    private final long documentId;

    private Claims(String source, long documentId) {
        this.source = source;
        this.documentId = documentId;
    }

    static Claims in(String source, long documentId) {
        return new Claims(source, documentId);
    }

    PlacedStatement says(String agent, String action, String patient) {
        return claim(agent, action, patient, false, Voice.AUTHOR, null, false, Attitude.ASSERTS);
    }

    PlacedStatement denies(String agent, String action, String patient) {
        return claim(agent, action, patient, true, Voice.AUTHOR, null, false, Attitude.ASSERTS);
    }

    /** A speaker's claim the author passes on, keeps a distance from, or endorses. */
    PlacedStatement reports(String speaker, Attitude attitude, String agent, String action, String patient) {
        return claim(agent, action, patient, false, Voice.REPORTED, speaker, false, attitude);
    }

    /** A speaker denying the claim ("X denied that ..."), as the author reports it. */
    PlacedStatement reportsDenial(String speaker, String agent, String action, String patient) {
        return claim(agent, action, patient, false, Voice.REPORTED, speaker, true, Attitude.REPORTS);
    }

    private PlacedStatement claim(String agent, String action, String patient, boolean negated,
                                  Voice voice, String speaker, boolean denies, Attitude attitude) {
        int start = cursor;
        Mention a = agent == null ? null : mention(agent);
        Mention v = mention(action);
        Mention p = patient == null ? null : mention(patient);
        Statement statement = new Statement(a, v, p, negated, false, voice, speaker, denies, attitude, start, cursor);
        cursor += 2;
        return new PlacedStatement(statement, documentId, source, agent, patient);
    }

    private Mention mention(String words) {
        Mention m = new Mention(words, words.toLowerCase(java.util.Locale.ROOT), cursor, cursor + words.length());
        cursor += words.length() + 1;
        return m;
    }
}
