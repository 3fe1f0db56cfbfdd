package org.narrativelens.pipeline;

import java.util.List;
import java.util.Map;
import org.narrativelens.narratives.EntitySummary;
import org.narrativelens.narratives.PassagePolarity;
import org.narrativelens.narratives.PlacedStatement;

/**
 * What the statement stage read: the passages' statements placed in their documents and resolved to entities, the
 * corpus's entities, the statements of each guide text (in order), the stage's parameters, and where each passage is
 * (to find the statements of a passage).
 */
public record Statements(List<PlacedStatement> statements, List<EntitySummary> entities,
                         List<List<PlacedStatement>> guides, Map<String, Object> parameters,
                         Map<Long, PassagePolarity.Span> passageSpans) {
}
