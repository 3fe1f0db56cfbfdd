package org.narrativelens.statements;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.narrativelens.embed.ModelIntegrityException;
import org.narrativelens.embed.Sha256;

/**
 * The CoreNLP model files the statement layer loads by path: listed under "parsers" in {@code models/manifest.json},
 * unpacked by the build from the models jar, checked against their sha256 before use.
 */
public record CoreNlpModels(Path posTagger, Path dependencyParser) {

    @JsonIgnoreProperties(ignoreUnknown = true)
    private record Entry(String name, String role, String file, String sha256) {
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    private record Json(List<Entry> parsers) {
    }

    /** Reads the manifest in {@code modelsDir} and checks both files; fails naming the file and how to restore it. */
    public static CoreNlpModels verified(Path modelsDir) {
        Json json;
        Path manifest = modelsDir.resolve("manifest.json");
        try {
            json = new ObjectMapper().readValue(manifest.toFile(), Json.class);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read model manifest " + manifest + ": " + e.getMessage(), e);
        }
        if (json.parsers() == null) {
            throw new IllegalArgumentException("model manifest " + manifest + " has no \"parsers\" list");
        }
        return new CoreNlpModels(file(modelsDir, json, "pos"), file(modelsDir, json, "depparse"));
    }

    private static Path file(Path modelsDir, Json json, String role) {
        Entry entry = json.parsers().stream().filter(e -> role.equals(e.role())).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("model manifest lists no \"" + role + "\" parser"));
        Path file = modelsDir.resolve(entry.file());
        if (!Files.isRegularFile(file)) {
            throw ModelIntegrityException.missing(file, entry.sha256());
        }
        String actual = Sha256.of(file);
        if (!actual.equals(entry.sha256())) {
            throw ModelIntegrityException.mismatch(file, entry.sha256(), actual);
        }
        return file;
    }
}
