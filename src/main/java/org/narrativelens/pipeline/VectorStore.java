package org.narrativelens.pipeline;

import java.util.List;
import java.util.function.IntConsumer;

/** The embedding stage: one vector per text, in order, from a cache where it holds them; progress counts texts done. */
@FunctionalInterface
public interface VectorStore {

    float[][] vectors(List<String> texts, IntConsumer progress);
}
