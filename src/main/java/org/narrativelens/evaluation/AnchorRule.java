package org.narrativelens.evaluation;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/** The fixed anchor rule: on each side, the source with the most documents in the group; ties go to the first name. */
public final class AnchorRule {

    private AnchorRule() {
    }

    /** The anchor source of {@code side} among {@code documents}, empty when no document has that side. */
    public static Optional<String> choose(List<EvalDocument> documents, String side) {
        Map<String, Integer> counts = new TreeMap<>();
        for (EvalDocument document : documents) {
            if (side.equals(document.side())) {
                counts.merge(document.source(), 1, Integer::sum);
            }
        }
        String best = null;
        int most = 0;
        for (Map.Entry<String, Integer> entry : counts.entrySet()) { // name order: the first of a tie wins
            if (entry.getValue() > most) {
                best = entry.getKey();
                most = entry.getValue();
            }
        }
        return Optional.ofNullable(best);
    }
}
