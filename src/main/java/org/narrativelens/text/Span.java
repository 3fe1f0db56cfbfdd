package org.narrativelens.text;

/** A range of chars of the original text, start inclusive, end exclusive. */
public record Span(int start, int end) {

    public int length() {
        return end - start;
    }
}
