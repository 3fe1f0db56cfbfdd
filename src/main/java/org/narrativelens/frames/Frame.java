package org.narrativelens.frames;

import java.util.List;

/** A group of passages that tell the story the same way: distinguishing keyphrases, exemplars and size in passages. */
public record Frame(String id, String label, List<String> keyphrases, List<Exemplar> exemplars, int size) {
}
