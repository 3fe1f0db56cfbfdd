package org.narrativelens.embed;

import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import org.jboss.logging.Logger;
import sun.misc.Signal;

/**
 * Closes the model before the JVM starts its shutdown on SIGTERM or SIGINT, then lets the shutdown run as usual
 * (Quarkus's graceful shutdown, exit status 128 + signal). ONNX Runtime's Java binding releases its native environment
 * in a JVM shutdown hook, and shutdown hooks run at once and together: without this, an analysis embedding at that
 * moment crashes the whole process in native code (SIGSEGV), cutting every request in flight. Closing first stops
 * inference at its next batch and waits for it; analyses interrupted so go back to the queue.
 */
@ApplicationScoped
public class StopSignals {

    private static final Logger LOG = Logger.getLogger(StopSignals.class);

    private final Embedder embedder;
    private final ModelState state;

    public StopSignals(Embedder embedder, ModelState state) {
        this.embedder = embedder;
        this.state = state;
    }

    void install(@Observes StartupEvent event) {
        for (String name : new String[] {"TERM", "INT"}) {
            try {
                Signal.handle(new Signal(name), this::stop);
            } catch (IllegalArgumentException taken) {
                // the JVM keeps this signal (-Xrs, or a platform without it): its default handling stays
                LOG.warnf("SIG%s is not handled here (%s): a stop during inference may crash in native code", name,
                        taken.getMessage());
            }
        }
    }

    private void stop(Signal received) {
        LOG.infof("SIG%s: closing the model before shutting down", received.getName());
        state.closed();
        embedder.close();
        // as the JVM's own handler would; during a shutdown already under way this call simply blocks
        System.exit(128 + received.getNumber());
    }
}
