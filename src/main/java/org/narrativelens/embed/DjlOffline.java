package org.narrativelens.embed;

/** Keeps DJL off the network: weights are local files and the native libraries ship inside the jars. */
final class DjlOffline {

    static final String PROPERTY = "ai.djl.offline";

    private DjlOffline() {
    }

    /** Must run before DJL loads a model or tokenizer; DJL reads the property at each network attempt. */
    static void enable() {
        System.setProperty(PROPERTY, "true");
    }
}
