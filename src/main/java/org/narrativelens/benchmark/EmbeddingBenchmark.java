package org.narrativelens.benchmark;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.SplittableRandom;
import org.narrativelens.embed.EmbedderSettings;
import org.narrativelens.embed.ModelManifest;
import org.narrativelens.embed.ModelSpec;
import org.narrativelens.embed.OnnxEmbedder;

/**
 * The service's embedding path ({@link OnnxEmbedder}: DJL on ONNX Runtime) against a bare ONNX Runtime session with
 * the same model, threads and batch size, in one JVM: alternating rounds over the same seeded texts, printing the
 * median passages/s of each and their ratio (target >= 0.95), by wall time and by process CPU time.
 * Args: [rounds=5] [texts per round=256] [threads=2] [batch=16] [model=all-minilm-l6-v2] [models dir=models].
 * Run: {@code ./mvnw -q compile exec:exec@bench-embedding} (see README, "Performance").
 */
public final class EmbeddingBenchmark {

    private EmbeddingBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        int rounds = args.length > 0 ? Integer.parseInt(args[0]) : 5;
        int count = args.length > 1 ? Integer.parseInt(args[1]) : 256;
        int threads = args.length > 2 ? Integer.parseInt(args[2]) : 2;
        int batch = args.length > 3 ? Integer.parseInt(args[3]) : 16;
        String name = args.length > 4 ? args[4] : "all-minilm-l6-v2";
        Path dir = Path.of(args.length > 5 ? args[5] : "models");
        ModelSpec spec = ModelManifest.read(dir.resolve("manifest.json")).find(name).orElseThrow();
        List<String> texts = texts(count, 7);
        // DJL must create the JVM's OrtEnvironment: open the service path first.
        try (OnnxEmbedder service = OnnxEmbedder.open(dir, spec, new EmbedderSettings(threads, batch));
             BareOrtEmbedder bare = new BareOrtEmbedder(dir.resolve(spec.file()), dir.resolve(spec.tokenizer()),
                     spec.maxTokens(), threads, batch)) {
            float[][] a = service.embed(texts.subList(0, 32));
            float[][] b = bare.embed(texts.subList(0, 32));
            double maxDifference = 0;
            for (int i = 0; i < a.length; i++) {
                for (int j = 0; j < a[i].length; j++) {
                    maxDifference = Math.max(maxDifference, Math.abs(a[i][j] - b[i][j]));
                }
            }
            double[][] wall = new double[2][rounds];
            double[][] cpu = new double[2][rounds];
            for (int r = 0; r < rounds; r++) {
                // alternate which goes first, so that drift in the machine's load hits both alike
                for (int k = 0; k < 2; k++) {
                    int which = (r + k) % 2;
                    long cpuStart = StageTimes.processCpuNanos();
                    long start = System.nanoTime();
                    if (which == 0) {
                        service.embed(texts);
                    } else {
                        bare.embed(texts);
                    }
                    wall[which][r] = count / ((System.nanoTime() - start) / 1e9);
                    cpu[which][r] = count / ((StageTimes.processCpuNanos() - cpuStart) / 1e9);
                }
            }
            System.out.printf(Locale.ROOT, "# embedding: %s, %d texts x %d rounds, intraOpThreads %d, batch %d, "
                    + "%d processors; vectors agree to %.1e%n", name, count, rounds, threads, batch,
                    Runtime.getRuntime().availableProcessors(), maxDifference);
            System.out.println("| path | median passages/s (wall) | median passages per cpu-second | rounds (wall) |");
            System.out.println("|---|---:|---:|---|");
            String[] names = {"service (OnnxEmbedder, DJL)", "bare OrtSession"};
            for (int k = 0; k < 2; k++) {
                System.out.printf(Locale.ROOT, "| %s | %.1f | %.1f | %s |%n", names[k], median(wall[k]),
                        median(cpu[k]), Arrays.stream(wall[k]).mapToObj(v -> String.format(Locale.ROOT, "%.0f", v))
                                .toList());
            }
            System.out.printf(Locale.ROOT, "ratio service/bare: %.3f (wall), %.3f (cpu); target >= 0.95%n",
                    median(wall[0]) / median(wall[1]), median(cpu[0]) / median(cpu[1]));
        }
    }

    static double median(double[] values) {
        double[] sorted = values.clone();
        Arrays.sort(sorted);
        int n = sorted.length;
        return n % 2 == 1 ? sorted[n / 2] : (sorted[n / 2 - 1] + sorted[n / 2]) / 2;
    }

    /** Seeded news-like sentences of 6 to 60 words, so that batches vary in length as real passages do. */
    static List<String> texts(int count, long seed) {
        String[] words = ("the council said on tuesday that new rules for border crossings would take effect next "
                + "month after months of debate between officials who argued the policy protects families and "
                + "critics who warned it will overwhelm courts shelters and local budgets while farms report "
                + "shortages of workers and governors ask for federal funding").split(" ");
        SplittableRandom random = new SplittableRandom(seed);
        List<String> texts = new ArrayList<>(count);
        for (int i = 0; i < count; i++) {
            int length = 6 + random.nextInt(55);
            StringBuilder text = new StringBuilder();
            for (int w = 0; w < length; w++) {
                text.append(w == 0 ? "" : " ").append(words[random.nextInt(words.length)]);
            }
            texts.add(text.append('.').toString());
        }
        return texts;
    }
}
