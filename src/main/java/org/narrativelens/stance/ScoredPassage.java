package org.narrativelens.stance;

/** A passage after frame assignment and axis projection: the input of the document and source aggregation. */
public record ScoredPassage(long passageId, long documentId, String source, int start, int end, String text,
                            String frameId, double stance, double relevance) {
}
