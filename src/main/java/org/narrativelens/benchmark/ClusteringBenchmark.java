package org.narrativelens.benchmark;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.SplittableRandom;
import org.narrativelens.frames.AnalysisOptions;
import org.narrativelens.frames.AnalysisRequest;
import org.narrativelens.frames.PassageVector;
import org.narrativelens.stance.NarrativeAnalyzer;
import org.narrativelens.stance.NarrativeMap;

/**
 * Clustering, axis and scoring on synthetic 384-dimensional embeddings at growing sizes (default 10k, 30k, 100k
 * passages): prints wall time per stage and peak heap for each. Embeddings are topic + source lean + noise, 40
 * sources with 25-passage documents, seeded; the analysis is unsupervised with the default options (automatic
 * number of topics, 999 permutations, 1000 bootstrap samples), or with the argument {@code anchored}, anchored on
 * both sides (source-0 on A, source-1 on B).
 * Run: {@code ./mvnw -q compile exec:exec@bench-clustering} (see README, "Performance").
 */
public final class ClusteringBenchmark {

    static final int DIMENSION = 384;
    static final int TOPICS = 8;
    static final int SOURCES = 40;
    static final int PASSAGES_PER_DOCUMENT = 25;
    private static final String[][] WORDS = {
        {"border", "asylum", "court", "ruling", "judge", "appeal"},
        {"wall", "funding", "budget", "congress", "vote", "bill"},
        {"family", "children", "detention", "camp", "parents", "care"},
        {"economy", "jobs", "wages", "labor", "workers", "farms"},
        {"crime", "police", "sanctuary", "city", "arrest", "county"},
        {"visa", "students", "university", "program", "permit", "work"},
        {"refugee", "cap", "admission", "war", "resettlement", "agency"},
        {"election", "campaign", "voters", "poll", "candidate", "debate"},
    };

    private ClusteringBenchmark() {
    }

    public static void main(String[] args) {
        List<Integer> sizes = new ArrayList<>();
        boolean anchored = false;
        for (String arg : args) {
            if (arg.equals("anchored")) {
                anchored = true;
            } else {
                sizes.add(Integer.parseInt(arg.replace("k", "000")));
            }
        }
        Map<String, List<String>> anchors = anchored
                ? Map.of("A", List.of("source-0"), "B", List.of("source-1")) : Map.of();
        if (sizes.isEmpty()) {
            sizes = List.of(10_000, 30_000, 100_000);
        }
        System.out.printf(Locale.ROOT, "# clustering + axis + scoring on synthetic embeddings (dimension %d, %d"
                + " sources, %s); %d processors, max heap %s%n", DIMENSION, SOURCES,
                anchored ? "anchored on both sides" : "unsupervised", Runtime.getRuntime().availableProcessors(),
                PeakHeap.mib(Runtime.getRuntime().maxMemory()));
        System.out.println("| passages | topics | wall s | process cpu s | stages: wall (cpu) | peak heap |");
        System.out.println("|---:|---:|---:|---:|---|---:|");
        for (int n : sizes) {
            List<PassageVector> passages = synthetic(n, 42);
            PeakHeap.reset();
            StageTimes times = new StageTimes();
            NarrativeMap map = new NarrativeAnalyzer().analyze(
                    new AnalysisRequest(passages, List.of(), anchors, AnalysisOptions.defaults()), times);
            times.stop();
            System.out.printf(Locale.ROOT, "| %,d | %d | %.1f | %.1f | %s | %s |%n", n, map.frames().size() - 2,
                    times.total(), times.cpuTotal(), times.describe(), PeakHeap.mib(PeakHeap.bytes()));
        }
    }

    static List<PassageVector> synthetic(int n, long seed) {
        SplittableRandom random = new SplittableRandom(seed);
        double[][] topics = new double[TOPICS][];
        for (int t = 0; t < TOPICS; t++) {
            topics[t] = gaussian(random, 1.0);
        }
        double[] lean = gaussian(random, 1.0);
        List<PassageVector> passages = new ArrayList<>(n);
        for (int i = 0; i < n; i++) {
            int document = i / PASSAGES_PER_DOCUMENT;
            int source = document % SOURCES;
            int topic = random.nextInt(TOPICS);
            double side = source % 2 == 0 ? -1 : 1;
            double[] noise = gaussian(random, 1.2);
            float[] v = new float[DIMENSION];
            for (int j = 0; j < DIMENSION; j++) {
                v[j] = (float) (topics[topic][j] + 0.3 * side * lean[j] + noise[j]);
            }
            String[] words = WORDS[topic];
            String text = "The " + words[random.nextInt(6)] + " and the " + words[random.nextInt(6)] + " of "
                    + (side < 0 ? "reform" : "enforcement") + " " + words[random.nextInt(6)] + ".";
            passages.add(new PassageVector(i + 1, document + 1, "source-" + source, 0, text.length(), text, v));
        }
        return passages;
    }

    private static double[] gaussian(SplittableRandom random, double norm) {
        double[] v = new double[DIMENSION];
        double sum = 0;
        for (int j = 0; j < DIMENSION; j++) {
            double u = Math.max(1e-12, random.nextDouble());
            v[j] = Math.sqrt(-2 * Math.log(u)) * Math.cos(2 * Math.PI * random.nextDouble());
            sum += v[j] * v[j];
        }
        double scale = norm / Math.sqrt(sum);
        for (int j = 0; j < DIMENSION; j++) {
            v[j] *= scale;
        }
        return v;
    }
}
