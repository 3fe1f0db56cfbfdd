package org.narrativelens.narratives;

import java.util.List;
import java.util.Map;

/**
 * The narratives of a corpus, the narrative each grouped statement belongs to (by id), and the narrative each frame
 * guide was mapped to (null where a guide names none).
 */
public record NarrativeSet(List<Narrative> narratives, Map<PlacedStatement, String> narrativeOf,
                           List<String> guideNarratives) {

    public static final NarrativeSet EMPTY = new NarrativeSet(List.of(), Map.of(), List.of());

    /** The narrative with this id, or null. */
    public Narrative byId(String id) {
        return narratives.stream().filter(n -> n.id().equals(id)).findFirst().orElse(null);
    }
}
