package org.narrativelens.embed;

import io.quarkus.runtime.Startup;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Disposes;
import jakarta.enterprise.inject.Produces;
import java.nio.file.Path;

/** Opens the configured model once, at start-up, so that a missing or corrupt model stops the service at once. */
@ApplicationScoped
public class EmbedderProducer {

    @Produces
    @Startup
    @ApplicationScoped
    Embedder embedder(ModelConfig config) {
        Path dir = Path.of(config.dir());
        ModelSpec spec = ModelManifest.read(dir.resolve("manifest.json")).find(config.name())
                .orElseThrow(() -> new IllegalStateException("Model '" + config.name()
                        + "' (narrative-lens.model.name) is not listed in " + dir.resolve("manifest.json")));
        int threads = config.intraOpThreads() > 0 ? config.intraOpThreads() : Runtime.getRuntime().availableProcessors();
        return OnnxEmbedder.open(dir, spec, new EmbedderSettings(threads, config.batchSize()));
    }

    void close(@Disposes Embedder embedder) {
        embedder.close();
    }
}
