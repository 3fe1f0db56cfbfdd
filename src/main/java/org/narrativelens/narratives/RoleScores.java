package org.narrativelens.narratives;

import com.fasterxml.jackson.annotation.JsonValue;
import java.util.List;
import java.util.Locale;

/**
 * The roles one entity is cast in: overall (summed over sources), by source, and per document with the mention that
 * casts it. A score is the net number of statements casting it so: a claim its author makes or endorses counts 1, a
 * claim the author passes on without distance 1/2, and a negated or disputed one counts against.
 */
public record RoleScores(String entity, Roles roles, List<SourceRoles> bySource, List<RoleCast> casts) {

    /** Hero, villain and victim scores. */
    public record Roles(double hero, double villain, double victim) {
    }

    /** The roles one source casts the entity in. */
    public record SourceRoles(String source, double hero, double villain, double victim) {
    }

    /**
     * One role one document casts the entity in, with a positive score, and the offsets of the entity's mention in
     * the statement that weighs most in it.
     */
    public record RoleCast(long documentId, String source, Role role, double score, int start, int end) {
    }

    /** The roles of the narrative policy framework. */
    public enum Role {
        HERO, VILLAIN, VICTIM;

        @JsonValue
        public String code() {
            return name().toLowerCase(Locale.ROOT);
        }
    }
}
