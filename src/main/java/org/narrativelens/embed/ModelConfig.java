package org.narrativelens.embed;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/** Which embedding model the service runs, where its files are, and how it runs. */
@ConfigMapping(prefix = "narrative-lens.model")
public interface ModelConfig {

    /** A model name from {@code models/manifest.json}. */
    @WithDefault("all-minilm-l6-v2")
    String name();

    /** Folder holding {@code manifest.json} and the unpacked weights. */
    @WithDefault("models")
    String dir();

    /** ONNX Runtime intra-op threads; 0 means one per available core. */
    @WithDefault("0")
    int intraOpThreads();

    @WithDefault("16")
    int batchSize();
}
