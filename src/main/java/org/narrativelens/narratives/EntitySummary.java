package org.narrativelens.narratives;

import java.util.List;

/** An entity of the corpus as the entity layer resolved it: id, display name, other names, and mention count. */
public record EntitySummary(String id, String name, List<String> aliases, int mentions) {

    public EntitySummary {
        aliases = List.copyOf(aliases);
    }
}
