package org.narrativelens.evaluation;

import java.util.List;
import org.narrativelens.frames.PassageVector;

/**
 * One group segmented and embedded: the analyzer's input, and the labelled document behind each document id.
 *
 * @param documents the group's documents; document id i is {@code documents.get(i)}
 * @param passages the passages with vectors
 * @param duplicates documents dropped as duplicates by content (as the service's ingestion drops them)
 * @param cacheHits passages whose vector came from the cache
 * @param embedded passages embedded by the model in this run
 */
public record EmbeddedGroup(List<EvalDocument> documents, List<PassageVector> passages, int duplicates,
                            int cacheHits, int embedded) {
}
