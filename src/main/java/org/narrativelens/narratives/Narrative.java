package org.narrativelens.narratives;

import java.util.List;

/**
 * One narrative: the statements in which one agent does one sense of action to one patient, labelled as a statement
 * ("Pakistan shelters ISIS-K"), with the narratives it opposes, how each source and speaker stands on it, and
 * exemplar sentences.
 *
 * @param action     the most frequent lemma of its statements' actions
 * @param negated    most of what its holders say states it as not so: the label reads "does not"
 * @param statements the number of statements it groups
 */
public record Narrative(String id, String label, String agent, String action, String patient, boolean negated,
                        List<String> opposes, int statements, List<SourceStand> sources, List<SpeakerStand> speakers,
                        List<NarrativeExemplar> exemplars) {

    /**
     * How a source stands on the narrative as labelled: statements it asserts (in its own voice or endorsing a
     * claim), reports without taking a side, disputes (a denial in its own voice, or distance from a claim it
     * reports), and {@code net = (asserts - disputes) / (asserts + disputes)}, 0 when it takes no side.
     */
    public record SourceStand(String source, int asserts, int reports, int disputes, double net) {
    }

    /** How a quoted or reported speaker stands on the narrative as labelled. */
    public record SpeakerStand(String name, int asserts, int disputes) {
    }

    /** A sentence that states it: document, source, sentence offsets, voice and speaker (null for the author). */
    public record NarrativeExemplar(long documentId, String source, int start, int end, String voice,
                                    String speaker) {
    }

    Narrative withOpposes(List<String> opposing) {
        return new Narrative(id, label, agent, action, patient, negated, List.copyOf(opposing), statements, sources,
                speakers, exemplars);
    }
}
