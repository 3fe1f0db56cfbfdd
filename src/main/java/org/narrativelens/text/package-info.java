/**
 * Segmentation: a document's text in, passages with offsets into that exact text out.
 *
 * <p>{@link org.narrativelens.text.PassageSegmenter} splits the text into paragraphs at line breaks, drops the
 * paragraphs that are page furniture ({@code BoilerplateRule} for single lines, {@code BoilerplateFilter} for rules
 * that need the page), finds sentences with CoreNLP and groups them into passages that never leave their paragraph.
 * Plain Java: no CDI, no Quarkus.
 */
package org.narrativelens.text;
