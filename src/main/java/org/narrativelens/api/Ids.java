package org.narrativelens.api;

import jakarta.ws.rs.NotFoundException;
import java.util.UUID;

/** Parses ids from paths; a malformed id is simply one that does not exist. */
final class Ids {

    private Ids() {
    }

    static UUID parse(String id, String kind) {
        try {
            return UUID.fromString(id);
        } catch (IllegalArgumentException e) {
            throw notFound(kind, id);
        }
    }

    static NotFoundException notFound(String kind, Object id) {
        return new NotFoundException("No " + kind + " with id '" + id + "'");
    }
}
