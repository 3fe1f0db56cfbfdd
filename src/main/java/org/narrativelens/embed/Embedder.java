package org.narrativelens.embed;

import java.util.List;

/** Turns texts into L2-normalised vectors. */
public interface Embedder extends AutoCloseable {

    /** The model behind the vectors; store it with them so vectors of different models are never mixed. */
    ModelInfo model();

    /**
     * Embeds the texts; row {@code i} of the result belongs to {@code texts.get(i)} and has
     * {@link ModelInfo#dimension()} components and an L2 norm of 1. An empty list gives an empty array.
     */
    float[][] embed(List<String> texts);

    @Override
    void close();
}
