package org.narrativelens.evaluation;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.narrativelens.embed.Embedder;
import org.narrativelens.embed.ModelInfo;
import org.narrativelens.frames.NarrativeMap;
import org.narrativelens.text.PassageSegmenter;
import org.narrativelens.text.SegmenterSettings;

/**
 * A fast check of the anchored (both sides) path while the embedding cache is cold: that path fits its axis on
 * phrases only, so passages get stand-in vectors (a hash of their text) and no model runs. Prints the oriented
 * source AUC per group and, with --pairs, the story-pair shares. Not a substitute for {@link EvaluateCommand}.
 * Run: java -cp target/classes:target/test-classes:... org.narrativelens.evaluation.AnchoredQuickEval FILE GROUP MINDOCS [pairs]
 */
public final class AnchoredQuickEval {

    private AnchoredQuickEval() {
    }

    public static void main(String[] argv) throws Exception {
        List<EvalDocument> documents = JsonlCorpus.read(Path.of(argv[0]), argv[1]);
        int minDocs = Integer.parseInt(argv[2]);
        boolean pairs = argv.length > 3;
        Path tmp = Files.createTempDirectory("quick-eval");
        try (VectorCache cache = VectorCache.open(tmp, "hash", 16)) {
            GroupEmbedder embedder = new GroupEmbedder(new PassageSegmenter(SegmenterSettings.defaults()),
                    new HashEmbedder(), cache);
            List<Double> aucs = new ArrayList<>();
            StoryPairs.Result total = new StoryPairs.Result(0, 0, 0, 0);
            for (Map.Entry<String, List<EvalDocument>> group : JsonlCorpus.byGroup(documents).entrySet()) {
                EmbeddedGroup embedded = embedder.embed(group.getValue());
                Optional<String> a = AnchorRule.choose(embedded.documents(), "left");
                Optional<String> b = AnchorRule.choose(embedded.documents(), "right");
                if (a.isEmpty() || b.isEmpty()) {
                    continue;
                }
                long start = System.nanoTime();
                NarrativeMap map = new GroupAnalysis().run(embedded, List.of(),
                        Map.of("A", List.of(a.get()), "B", List.of(b.get())));
                SideSeparation s = new SourceSideMetrics("left", "right", minDocs, 2000, 42)
                        .measure(map.documents(), embedded.documents(), Set.of(a.get(), b.get()), false);
                if (pairs) {
                    total = total.plus(StoryPairs.count(map.documents(), embedded.documents(), "left", "right",
                            Set.of(a.get(), b.get())));
                }
                if (!Double.isNaN(s.auc())) {
                    aucs.add(s.auc());
                }
                System.out.printf(Locale.ROOT, "%-28s %4d/%-4d AUC %.3f p %.3f docAUC %.3f axis p %.3f %.1fs%n",
                        group.getKey(), s.sourcesA(), s.sourcesB(), s.auc(), s.p(), s.documentAuc(),
                        GroupAnalysis.axisP(map), (System.nanoTime() - start) / 1e9);
                if (argv.length > 4) {
                    map.notes().forEach(n -> System.out.println("   " + n));
                }
            }
            System.out.printf(Locale.ROOT, "macro oriented AUC %.3f over %d groups%n",
                    aucs.stream().mapToDouble(Double::doubleValue).average().orElse(Double.NaN), aucs.size());
            if (pairs) {
                System.out.printf(Locale.ROOT, "story pairs: %d/%d all, %d/%d without anchors (%.1f%%)%n",
                        total.ordered(), total.stories(), total.orderedWithoutAnchors(), total.storiesWithoutAnchors(),
                        100.0 * total.orderedWithoutAnchors() / total.storiesWithoutAnchors());
            }
        }
    }

    /** Stand-in vectors: 16 pseudo-random components seeded by the text's hash (deterministic, no model). */
    static final class HashEmbedder implements Embedder {
        @Override
        public ModelInfo model() {
            return new ModelInfo("hash", "0".repeat(64), 16);
        }

        @Override
        public float[][] embed(List<String> texts) {
            float[][] out = new float[texts.size()][16];
            for (int i = 0; i < texts.size(); i++) {
                java.util.SplittableRandom random = new java.util.SplittableRandom(
                        java.util.Arrays.hashCode(texts.get(i).getBytes(StandardCharsets.UTF_8)));
                for (int j = 0; j < 16; j++) {
                    out[i][j] = (float) random.nextGaussian();
                }
            }
            return out;
        }

        @Override
        public void close() {
        }
    }
}
