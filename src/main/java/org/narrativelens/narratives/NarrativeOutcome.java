package org.narrativelens.narratives;

import java.util.List;

/**
 * What the narrative layer found: the narratives, the roles per entity, the pair standing for the axis (or null),
 * and that axis as a rule for statements of documents the analysis has not seen (or null).
 */
public record NarrativeOutcome(NarrativeSet narratives, List<RoleScores> roles, ClaimAxis axis, ClaimRule rule) {

    public static final NarrativeOutcome EMPTY = new NarrativeOutcome(NarrativeSet.EMPTY, List.of(), null, null);
}
