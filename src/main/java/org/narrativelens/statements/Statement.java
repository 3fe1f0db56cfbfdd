package org.narrativelens.statements;

import java.util.Objects;
import org.narrativelens.text.Voice;

/**
 * One agent–action–patient claim read from a sentence's dependency parse, with who holds it and how the author
 * stands to it. "The Taliban falsely accused Pakistan of harbouring ISIS-K" gives agent Pakistan, action harbour,
 * patient ISIS-K, voice REPORTED, speaker "the Taliban", attitude DISPUTES.
 *
 * @param agent         who acts; null when the sentence names nobody ("ISIS-K was sheltered")
 * @param action        the predicate (verb, phrasal verb, or the noun of a copular or nominal claim)
 * @param patient       who or what is acted on; null for an intransitive claim
 * @param negated       the claim is stated as not so ("did not remove parking", "never sheltered")
 * @param hedged        stated with a hedge or modal ("allegedly", "may", "reportedly")
 * @param voice         whose claim it is: the author's, a quote, or reported speech
 * @param speaker       the person or body holding a quoted or reported claim (as the voice layer names it, or the
 *                      controller of the reporting verb); null for the author's own voice or when unknown
 * @param speakerDenies the holder states the claim in order to deny it ("X denied that ...", "X rejected claims
 *                      that ...")
 * @param attitude      how the author stands to the claim
 * @param sentenceStart offset of the sentence the statement was read from, inclusive
 * @param sentenceEnd   its end offset, exclusive
 */
public record Statement(Mention agent, Mention action, Mention patient, boolean negated, boolean hedged,
                        Voice voice, String speaker, boolean speakerDenies, Attitude attitude,
                        int sentenceStart, int sentenceEnd) {

    public Statement {
        Objects.requireNonNull(action, "action");
        Objects.requireNonNull(voice, "voice");
        Objects.requireNonNull(attitude, "attitude");
    }

    /**
     * +1 when the holder says the claim is so, -1 when they say it is not: a negated claim, or one its holder
     * denies, counts for the opposite narrative.
     */
    public int polarity() {
        return negated == speakerDenies ? 1 : -1;
    }
}
