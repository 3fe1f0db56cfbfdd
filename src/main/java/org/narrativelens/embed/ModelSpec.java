package org.narrativelens.embed;

import java.util.Objects;

/**
 * One manifest entry: where a model's weights come from, which files the build unpacks and their
 * checksums, and how the model turns tokens into a sentence vector.
 *
 * @param maxTokens longest input in tokens, [CLS] and [SEP] included; longer texts are truncated
 * @param pooling how token vectors become one vector; only {@code mean} is supported
 * @param normalize whether vectors are L2-normalised
 */
public record ModelSpec(
        String name,
        String mavenCoordinates,
        String file,
        String sha256,
        String tokenizer,
        String tokenizerSha256,
        String licence,
        int dimension,
        int maxTokens,
        String pooling,
        boolean normalize) {

    public ModelSpec {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(mavenCoordinates, "mavenCoordinates of " + name);
        Objects.requireNonNull(file, "file of " + name);
        Objects.requireNonNull(sha256, "sha256 of " + name);
        Objects.requireNonNull(tokenizer, "tokenizer of " + name);
        Objects.requireNonNull(tokenizerSha256, "tokenizerSha256 of " + name);
        Objects.requireNonNull(licence, "licence of " + name);
        Objects.requireNonNull(pooling, "pooling of " + name);
        if (dimension <= 0 || maxTokens <= 2) {
            throw new IllegalArgumentException(
                    "model " + name + " needs dimension > 0 and maxTokens > 2, got " + dimension + " and " + maxTokens);
        }
    }

    /** The identity recorded with every vector this model produces. */
    public ModelInfo info() {
        return new ModelInfo(name, sha256, dimension);
    }
}
