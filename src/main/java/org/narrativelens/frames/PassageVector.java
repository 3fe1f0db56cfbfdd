package org.narrativelens.frames;

/** One embedded passage: where it sits in its document, what it says and its sentence embedding. */
public record PassageVector(long passageId, long documentId, String source, int start, int end, String text,
                            float[] vector) {
}
