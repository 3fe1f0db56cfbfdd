package org.narrativelens.statements;

import java.util.List;
import java.util.Map;
import java.util.Optional;

/** The entities of a corpus, most mentioned first, and which entity a mention names. */
public final class Entities {

    private final List<Entity> all;
    private final Map<String, Entity> byKey;

    Entities(List<Entity> all, Map<String, Entity> byKey) {
        this.all = List.copyOf(all);
        this.byKey = Map.copyOf(byKey);
    }

    public List<Entity> all() {
        return all;
    }

    /** The entity a mention names; empty for an unresolved pronoun or a mention the resolver was not given. */
    public Optional<Entity> of(Mention mention) {
        String key = mention == null ? null : EntityKeys.primary(mention);
        return key == null ? Optional.empty() : Optional.ofNullable(byKey.get(key));
    }
}
