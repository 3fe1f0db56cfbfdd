package org.narrativelens.frames;

/** A frame the caller names in advance: a label and its description, already embedded by the caller. */
public record FrameGuide(String label, String description, float[] vector) {
}
