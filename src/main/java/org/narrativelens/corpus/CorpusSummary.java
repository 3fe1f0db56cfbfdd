package org.narrativelens.corpus;

import java.util.UUID;

/** A corpus with the number of documents and passages it holds. */
public record CorpusSummary(UUID id, String name, long documents, long passages) {
}
