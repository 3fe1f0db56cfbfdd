package org.narrativelens.frames;

/** Told when the analyzer starts each stage ("clustering", "axis", "scoring"), so that callers can time them. */
@FunctionalInterface
public interface StageClock {

    StageClock NONE = stage -> { };

    void start(String stage);
}
