package org.narrativelens.text;

import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.function.IntFunction;

/**
 * Segments 200,000-character documents of prose, emoji, symbols, punctuation and other scripts and prints each one's
 * median time of three and its ratio to prose, then the median time of the statement stage's sentence split
 * ({@link Sentences} over every passage) and its ratio (docs/hardening.md, "Cost bounded by size"). Not part of the
 * service; run by the {@code bench-hostile-text} execution.
 */
public final class HostileTextBenchmark {

    private static final String[] PROSE = {
        "The council voted on Tuesday to widen the bridge over the river.",
        "Residents who drive to work said the plan would double their commute, while cyclists welcomed it.",
        "\"We have waited ten years for this,\" said Ana Ruiz, who runs a bakery near the crossing.",
        "Officials estimated the cost at 4.2 million dollars, a third of it paid by the state.",
        "Critics argued that the money would be better spent on buses and on repairing older roads.",
    };

    private HostileTextBenchmark() {
    }

    public static void main(String[] args) {
        int length = args.length > 0 ? Integer.parseInt(args[0]) : 200_000;
        Map<String, IntFunction<String>> kinds = new LinkedHashMap<>();
        kinds.put("prose", HostileTextBenchmark::prose);
        kinds.put("emoji run", n -> fill("\uD83D\uDE00", n));
        kinds.put("letter+emoji run", n -> fill("a\uD83D\uDE00", n));
        kinds.put("symbol run", n -> fill("\u2605\u2192\u00B0\u20AC", n));
        kinds.put("quote run", n -> fill("\"", n));
        kinds.put("random ASCII punctuation", HostileTextBenchmark::punctuation);
        kinds.put("quotes and attributions", n -> fill("\"No,\" he said. ", n));
        kinds.put("reporting verbs", n -> fill("said ", n));
        kinds.put("emoji and spaces", n -> fill("\uD83D\uDE00 ", n));
        kinds.put("CJK", n -> fill("\u4E2D\u6587\u65B0\u95FB\u3002", n));
        kinds.put("Arabic", n -> fill("\u0627\u0644\u0645\u062C\u0644\u0633 \u0635\u0648\u062A. ", n));
        kinds.put("Thai", n -> fill("\u0E02\u0E48\u0E32\u0E27\u0E27\u0E31\u0E19\u0E19\u0E35\u0E49 ", n));
        PassageSegmenter segmenter = new PassageSegmenter(SegmenterSettings.defaults());
        segmenter.segment(prose(20_000)); // warm-up: JIT and CoreNLP's lexer
        double prose = 0;
        double proseSplit = 0;
        System.out.printf(Locale.ROOT, "%-26s %9s %9s %9s %7s %9s %7s%n", "document (" + length + " chars)",
                "median s", "passages", "sentences", "ratio", "stmt split", "ratio");
        for (Map.Entry<String, IntFunction<String>> kind : kinds.entrySet()) {
            String text = kind.getValue().apply(length);
            double[] seconds = new double[3];
            double[] split = new double[3];
            Segmentation segmentation = null;
            for (int i = 0; i < seconds.length; i++) {
                long start = System.nanoTime();
                segmentation = segmenter.segment(text);
                seconds[i] = (System.nanoTime() - start) / 1e9;
                start = System.nanoTime();
                segmentation.passages().forEach(passage -> Sentences.of(passage.text()));
                split[i] = (System.nanoTime() - start) / 1e9;
            }
            Arrays.sort(seconds);
            Arrays.sort(split);
            prose = prose == 0 ? seconds[1] : prose;
            proseSplit = proseSplit == 0 ? split[1] : proseSplit;
            System.out.printf(Locale.ROOT, "%-26s %9.2f %9d %9d %7.2f %9.2f %7.2f%n", kind.getKey(), seconds[1],
                    segmentation.passages().size(), segmentation.sentences(), seconds[1] / prose, split[1],
                    split[1] / proseSplit);
        }
    }

    private static String prose(int length) {
        StringBuilder text = new StringBuilder(length);
        for (int i = 0; text.length() < length; i++) {
            text.append(PROSE[i % PROSE.length]).append(i % 4 == 3 ? "\n\n" : " ");
        }
        return text.substring(0, length);
    }

    private static String fill(String unit, int length) {
        return unit.repeat(length / unit.length());
    }

    private static String punctuation(int length) {
        String marks = "!\"#$%&'()*+,-./:;<=>?@[\\]^_`{|}~";
        Random random = new Random(15);
        StringBuilder text = new StringBuilder(length);
        while (text.length() < length) {
            text.append(marks.charAt(random.nextInt(marks.length())));
        }
        return text.toString();
    }
}
