package org.narrativelens.text;

/** A range of chars of the original text, start inclusive, end exclusive. */
record Span(int start, int end) {

    int length() {
        return end - start;
    }
}
