package org.narrativelens.pipeline;

import java.util.List;
import org.narrativelens.text.Passage;

/** The pipeline's first stage: a document's text into passages with offsets and voices. */
@FunctionalInterface
public interface Segmenter {

    List<Passage> passages(String text);
}
