package org.narrativelens.embed;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/** Reads models/manifest.json: the models the service may load, with their files and checksums. */
public final class ModelManifest {

    /** Other keys (the CoreNLP models under "parsers") belong to their own readers. */
    @JsonIgnoreProperties(ignoreUnknown = true)
    private record Json(List<ModelSpec> models) {
    }

    private final List<ModelSpec> models;

    private ModelManifest(List<ModelSpec> models) {
        this.models = List.copyOf(models);
    }

    /** Reads the manifest; fails with the path in the message when it is unreadable or malformed. */
    public static ModelManifest read(Path manifestJson) {
        Json json;
        try {
            json = new ObjectMapper().readValue(manifestJson.toFile(), Json.class);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read model manifest " + manifestJson + ": " + e.getMessage(), e);
        }
        if (json == null || json.models() == null) {
            throw new IllegalArgumentException("model manifest " + manifestJson + " has no \"models\" list");
        }
        Set<String> names = new HashSet<>();
        for (ModelSpec spec : json.models()) {
            if (!names.add(spec.name())) {
                throw new IllegalArgumentException("model manifest " + manifestJson + " lists " + spec.name() + " twice");
            }
        }
        return new ModelManifest(json.models());
    }

    public Optional<ModelSpec> find(String name) {
        return models.stream().filter(spec -> spec.name().equals(name)).findFirst();
    }

    public List<ModelSpec> models() {
        return models;
    }
}
