package org.narrativelens.stance;

/** One passage's frame, stance on the main axis and relevance (the weight it carries in the averages). */
public record PassageScore(long passageId, long documentId, String frameId, double stance, double relevance) {
}
