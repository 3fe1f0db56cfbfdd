package org.narrativelens.text;

import java.util.List;

/**
 * The passages of one document and what was dropped as boilerplate.
 *
 * @param passages           the passages in document order
 * @param boilerplateDropped number of non-blank lines (paragraphs) dropped as not being the author's prose
 * @param sentences          number of sentences in {@code passages}
 */
public record Segmentation(List<Passage> passages, int boilerplateDropped, int sentences) {

    public Segmentation {
        passages = List.copyOf(passages);
    }
}
