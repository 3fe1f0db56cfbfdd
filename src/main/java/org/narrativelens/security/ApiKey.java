package org.narrativelens.security;

/** A configured key as the service keeps it: its position in the configuration (for messages) and its tenant. */
public record ApiKey(int position, String tenant) {
}
