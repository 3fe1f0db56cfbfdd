package org.narrativelens.stance;

/** A closed interval [low, high]. */
public record Interval(double low, double high) {
}
