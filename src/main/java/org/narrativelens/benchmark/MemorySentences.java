package org.narrativelens.benchmark;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.narrativelens.statements.SentenceStore;
import org.narrativelens.statements.Statement;

/** Parsed sentences kept in memory for one benchmark run, as a fresh database's parse cache would keep them. */
final class MemorySentences implements SentenceStore {

    private final Map<String, List<Statement>> parsed = new HashMap<>();

    @Override
    public Map<String, List<Statement>> lookup(List<String> hashes) {
        Map<String, List<Statement>> known = new HashMap<>();
        hashes.stream().filter(parsed::containsKey).forEach(h -> known.put(h, parsed.get(h)));
        return known;
    }

    @Override
    public void store(Map<String, List<Statement>> fresh) {
        fresh.forEach(parsed::putIfAbsent);
    }
}
