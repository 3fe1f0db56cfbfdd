package org.narrativelens.narratives;

import org.narrativelens.statements.Statement;

/** Who stands where on a statement as it is worded: its source (the document's author) and its speaker. */
final class Stands {

    /** What a claim the author only passes on, neither endorsed nor disputed, weighs in the source's roles. */
    static final double REPORTED_WEIGHT = 0.5;

    private Stands() {
    }

    /**
     * +1 when the source holds the claim as worded (says it, or endorses a claim that says it), -1 when it holds
     * the opposite (says it is not so, disputes a claim that it is, or endorses a denial), 0 when it only reports
     * someone else's claim.
     */
    static int source(Statement s) {
        return switch (s.attitude()) {
            case ASSERTS, ENDORSES -> s.polarity();
            case DISPUTES -> -s.polarity();
            case REPORTS -> 0;
        };
    }

    /** +1 or -1 as the speaker holds the claim as worded; 0 when the statement has no speaker. */
    static int speaker(Statement s) {
        return s.speaker() == null ? 0 : s.polarity();
    }

    /**
     * The weight of the statement in the roles its source casts: as {@link #source} but a claim passed on without
     * distance counts for {@link #REPORTED_WEIGHT} of one the author makes, in the direction its holder states it.
     */
    static double roleWeight(Statement s) {
        int own = source(s);
        return own != 0 ? own : REPORTED_WEIGHT * s.polarity();
    }
}
