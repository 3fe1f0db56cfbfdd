package org.narrativelens.statements;

import java.util.List;

/**
 * A person, group, place, institution or thing named across a corpus.
 *
 * @param id       stable for the same canonical name: "e-" and the first 12 hex digits of its key's SHA-256
 * @param name     the canonical name: the alias hint's key when one applies, else the most frequent name form
 * @param aliases  every form it is written in (without articles or possessive), sorted
 * @param mentions how many mentions name it
 */
public record Entity(String id, String name, List<String> aliases, int mentions) {
}
