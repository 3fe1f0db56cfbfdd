package org.narrativelens.embed;

import java.nio.file.Path;

/** Where tests find the models the build unpacked, and the manifest entries for them. */
final class TestModels {

    static final Path MODELS_DIR = Path.of("models");
    static final String FP32 = "all-minilm-l6-v2";
    static final String INT8 = "all-minilm-l6-v2-q";

    private TestModels() {
    }

    static ModelSpec spec(String name) {
        return ModelManifest.read(MODELS_DIR.resolve("manifest.json")).find(name)
                .orElseThrow(() -> new AssertionError("manifest lacks " + name));
    }

    static float norm(float[] vector) {
        double squares = 0;
        for (float v : vector) {
            squares += (double) v * v;
        }
        return (float) Math.sqrt(squares);
    }

    static float maxAbsDifference(float[] a, float[] b) {
        if (a.length != b.length) {
            throw new AssertionError("lengths differ: " + a.length + " vs " + b.length);
        }
        float max = 0;
        for (int i = 0; i < a.length; i++) {
            max = Math.max(max, Math.abs(a[i] - b[i]));
        }
        return max;
    }
}
