package org.narrativelens.text;

/** A non-blank line of a document, trimmed, with its offsets into the original text. */
record Paragraph(int index, int start, int end, String text) {
}
