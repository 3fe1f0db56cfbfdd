package org.narrativelens.narratives;

import java.nio.file.Path;
import org.narrativelens.embed.EmbedderSettings;
import org.narrativelens.embed.ModelManifest;
import org.narrativelens.embed.OnnxEmbedder;

/** The service's default model (all-MiniLM-L6-v2, unpacked into models/ by the build) as a phrase encoder. */
final class ModelEncoder {

    private static OnnxEmbedder embedder;

    private ModelEncoder() {
    }

    static synchronized PhraseEncoder get() {
        if (embedder == null) {
            Path models = Path.of("models");
            embedder = OnnxEmbedder.open(models, ModelManifest.read(models.resolve("manifest.json"))
                    .find("all-minilm-l6-v2").orElseThrow(), new EmbedderSettings(2, 16));
        }
        return embedder::embed;
    }
}
