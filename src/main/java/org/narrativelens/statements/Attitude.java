package org.narrativelens.statements;

/**
 * How the document's author stands to a statement: states it in their own voice, passes on what someone else says,
 * confirms what someone else says ("confirmed", "documented", "showed"), or keeps a distance from it ("falsely
 * accusing", "baseless", "denied", "no evidence that").
 */
public enum Attitude {
    ASSERTS, REPORTS, ENDORSES, DISPUTES;

    /** True when the statement counts for the source itself (its own voice or a claim it endorses). */
    public boolean forSource() {
        return this == ASSERTS || this == ENDORSES;
    }
}
