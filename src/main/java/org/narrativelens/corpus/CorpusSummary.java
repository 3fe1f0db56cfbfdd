package org.narrativelens.corpus;

import java.util.UUID;

/**
 * A corpus with the number of documents and passages it holds, and of passages whose vectors are stored for the
 * service's model ({@code embedded}: an analysis needs to embed only the rest).
 */
public record CorpusSummary(UUID id, String name, long documents, long passages, long embedded) {
}
