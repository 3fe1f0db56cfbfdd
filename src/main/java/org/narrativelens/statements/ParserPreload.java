package org.narrativelens.statements;

import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import org.jboss.logging.Logger;

/**
 * Loads the dependency parser in the background when the service starts, so that the first analysis does not wait
 * for it (10-30 s on 2 cores). Readiness does not wait: an analysis that starts sooner waits for the same load.
 */
@ApplicationScoped
public class ParserPreload {

    private static final Logger LOG = Logger.getLogger(ParserPreload.class);

    private final StatementStage stage;
    private final StatementSettings settings;

    public ParserPreload(StatementStage stage, StatementSettings settings) {
        this.stage = stage;
        this.settings = settings;
    }

    void start(@Observes StartupEvent event) {
        if (!settings.loadAtStartup()) {
            return;
        }
        Thread loader = new Thread(this::load, "statement-parser-preload");
        loader.setDaemon(true);
        loader.start();
    }

    private void load() {
        long start = System.nanoTime();
        try {
            stage.extractor();
            LOG.infof("statement parser loaded in %.1f s", (System.nanoTime() - start) / 1e9);
        } catch (RuntimeException e) {
            // the first analysis that needs the parser fails with the same reason, where a client sees it
            LOG.errorf("statement parser could not be loaded at startup: %s", e.getMessage());
        }
    }
}
