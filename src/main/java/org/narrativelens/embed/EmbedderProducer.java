package org.narrativelens.embed;

import io.quarkus.runtime.Startup;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Disposes;
import jakarta.enterprise.inject.Produces;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import org.jboss.logging.Logger;

/**
 * Opens the configured model once, at start-up, so that a missing or corrupt model stops the service at once, and
 * records in {@link ModelState} when it is verified and answering (the readiness check reads that).
 */
@ApplicationScoped
public class EmbedderProducer {

    private static final Logger LOG = Logger.getLogger(EmbedderProducer.class);
    static final String WARM_UP_TEXT = "Narrative Lens checks that the model answers before it serves.";

    @Produces
    @Startup
    @ApplicationScoped
    Embedder embedder(ModelConfig config, ModelState state) {
        try {
            Path dir = Path.of(config.dir());
            ModelSpec spec = ModelManifest.read(dir.resolve("manifest.json")).find(config.name())
                    .orElseThrow(() -> new IllegalStateException("Model '" + config.name()
                            + "' (narrative-lens.model.name) is not listed in " + dir.resolve("manifest.json")));
            int threads = config.intraOpThreads() > 0 ? config.intraOpThreads()
                    : Runtime.getRuntime().availableProcessors();
            // open() verifies both checksums against the manifest before it loads anything.
            OnnxEmbedder embedder = OnnxEmbedder.open(dir, spec, new EmbedderSettings(threads, config.batchSize()));
            Instant verifiedAt = Instant.now();
            warmUp(embedder);
            state.ready(embedder.model(), verifiedAt);
            LOG.infof("Model %s ready (sha256 %s verified, %d dimensions)", spec.name(), spec.sha256(),
                    spec.dimension());
            return embedder;
        } catch (RuntimeException e) {
            state.failed(e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage());
            throw e;
        }
    }

    /** One real inference, so that readiness means the model answers, not only that its files were read. */
    static void warmUp(Embedder embedder) {
        float[][] vectors = embedder.embed(List.of(WARM_UP_TEXT));
        int dimension = embedder.model().dimension();
        if (vectors.length != 1 || vectors[0].length != dimension) {
            throw new IllegalStateException("model " + embedder.model().name() + " answered the warm-up with "
                    + (vectors.length == 1 ? vectors[0].length : 0) + " components; the manifest says " + dimension);
        }
        double norm = 0;
        for (float component : vectors[0]) {
            norm += component * component;
        }
        if (Math.abs(Math.sqrt(norm) - 1) > 1e-3) {
            throw new IllegalStateException("model " + embedder.model().name()
                    + " answered the warm-up with a vector of norm " + Math.sqrt(norm) + ", expected 1");
        }
    }

    void close(@Disposes Embedder embedder, ModelState state) {
        state.closed();
        embedder.close();
    }
}
