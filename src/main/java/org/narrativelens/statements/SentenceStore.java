package org.narrativelens.statements;

import java.util.List;
import java.util.Map;

/**
 * Where parsed sentences are kept, by sentence hash, for the current {@link StatementExtractor#VERSION}: the
 * service's database table, or the evaluation command's file.
 */
public interface SentenceStore {

    /** The stored statements (offsets relative to the sentence) of those hashes that are known. */
    Map<String, List<Statement>> lookup(List<String> hashes);

    /** Keeps fresh parses; a sentence already stored is kept as it is. */
    void store(Map<String, List<Statement>> parsed);
}
