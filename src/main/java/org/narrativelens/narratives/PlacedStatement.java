package org.narrativelens.narratives;

import java.util.Objects;
import org.narrativelens.statements.Statement;

/**
 * A statement where it was read: its document and source, and the entities its agent and patient name (entity
 * names, null when the part is missing or names no entity of the corpus).
 */
public record PlacedStatement(Statement statement, long documentId, String source, String agent, String patient) {

    public PlacedStatement {
        Objects.requireNonNull(statement, "statement");
        Objects.requireNonNull(source, "source");
    }

    /** The action's lemma, lower case ("shelter", "crack down"). */
    public String action() {
        return statement.action().head();
    }
}
