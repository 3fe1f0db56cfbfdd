package org.narrativelens.narratives;

import java.util.List;

/** Embeds short phrases with the analysis's model into unit vectors, in order (the service goes through its cache). */
@FunctionalInterface
public interface PhraseEncoder {

    float[][] encode(List<String> phrases);
}
