package org.narrativelens.narratives;

import java.util.List;

/** What the narrative layer found: the narratives, the roles per entity, and the pair standing for the axis (or null). */
public record NarrativeOutcome(NarrativeSet narratives, List<RoleScores> roles, ClaimAxis axis) {

    public static final NarrativeOutcome EMPTY = new NarrativeOutcome(NarrativeSet.EMPTY, List.of(), null);
}
