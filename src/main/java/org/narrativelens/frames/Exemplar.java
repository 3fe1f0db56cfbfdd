package org.narrativelens.frames;

/** A passage that shows what a frame is like, with its character offsets in its document. */
public record Exemplar(long passageId, long documentId, String source, int start, int end, String text) {
}
