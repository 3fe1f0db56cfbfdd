package org.narrativelens.pipeline;

import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.IntConsumer;
import org.narrativelens.narratives.ActionLexicon;
import org.narrativelens.narratives.ClaimLeans;
import org.narrativelens.narratives.ClaimLeans.Lean;
import org.narrativelens.narratives.ClaimRule;
import org.narrativelens.narratives.PhraseEncoder;
import org.narrativelens.narratives.PlacedStatement;

/**
 * What scored documents claim on a saved analysis's claim axis: their statements, read as the analysis read its own
 * with the axis's entities (and their aliases) as hints, so that "ISKP" in a new document is the analysis's ISIS-K,
 * placed by the saved {@link ClaimRule}; leans by document and by source.
 */
public final class ScoredClaims {

    /** Leans keyed as the scored passages are: documents by their id, sources by name. */
    public record Leans(Map<Long, Lean> documents, Map<String, Lean> sources) {
        static final Leans NONE = new Leans(Map.of(), Map.of());
    }

    private ScoredClaims() {
    }

    /**
     * @param entities the analysis's entities: name to aliases
     * @param progress told the number of passages read so far
     */
    static Leans of(ClaimRule rule, Map<String, List<String>> entities, List<PassageText> passages,
                    StatementReader statements, PhraseEncoder encoder, IntConsumer progress) {
        if (rule == null || passages.isEmpty()) {
            return Leans.NONE;
        }
        Map<String, List<String>> hints = new TreeMap<>();
        for (ClaimRule.Part part : rule.parts()) {
            for (String party : new String[] {part.agent(), part.patient()}) {
                if (party != null) {
                    hints.put(party, entities.getOrDefault(party, List.of()));
                }
            }
        }
        List<PlacedStatement> read = statements.read(passages, List.of(), hints, progress).statements();
        if (read.isEmpty()) {
            return Leans.NONE;
        }
        List<String> actions = new ArrayList<>(rule.actions());
        read.forEach(s -> actions.add(s.action()));
        ActionLexicon lexicon = ActionLexicon.of(actions.stream().distinct().toList(), encoder);
        Map<PlacedStatement, Integer> sides = new IdentityHashMap<>();
        read.forEach(s -> sides.put(s, rule.side(s, lexicon::classOf)));
        return new Leans(ClaimLeans.byDocument(read, sides::get), ClaimLeans.bySource(read, sides::get));
    }
}
