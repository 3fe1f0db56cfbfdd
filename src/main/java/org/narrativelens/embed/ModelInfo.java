package org.narrativelens.embed;

/** Identity of the model that produced vectors; recorded with every result. */
public record ModelInfo(String name, String sha256, int dimension) {
}
