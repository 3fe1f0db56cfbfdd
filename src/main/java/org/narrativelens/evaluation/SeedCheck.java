package org.narrativelens.evaluation;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.narrativelens.stance.DocumentScore;

/** Per source: its expected side, its stance (document stances averaged) and whether it lands on that side. */
public final class SeedCheck {

    /** One source's verdict; {@code right} means stance below 0 for side A, above 0 for side B. */
    public record Row(String source, String expected, double stance, boolean right) {
    }

    private SeedCheck() {
    }

    /** Lowest stance on side B minus highest on side A: positive when the sides do not overlap. */
    public static double margin(List<Row> rows, String sideA) {
        double highestA = rows.stream().filter(r -> r.expected().equals(sideA)).mapToDouble(Row::stance).max()
                .orElse(Double.NaN);
        double lowestB = rows.stream().filter(r -> !r.expected().equals(sideA)).mapToDouble(Row::stance).min()
                .orElse(Double.NaN);
        return lowestB - highestA;
    }

    /** Mean stance on side B minus mean stance on side A. */
    public static double meanGap(List<Row> rows, String sideA) {
        double meanA = rows.stream().filter(r -> r.expected().equals(sideA)).mapToDouble(Row::stance).average()
                .orElse(Double.NaN);
        double meanB = rows.stream().filter(r -> !r.expected().equals(sideA)).mapToDouble(Row::stance).average()
                .orElse(Double.NaN);
        return meanB - meanA;
    }

    public static List<Row> rows(List<DocumentScore> scores, List<EvalDocument> documents,
                                 Map<String, String> expected, String sideA) {
        Map<String, List<Double>> bySource = new TreeMap<>();
        for (DocumentScore score : scores) {
            bySource.computeIfAbsent(documents.get((int) score.documentId()).source(), s -> new ArrayList<>())
                    .add(score.stance());
        }
        List<Row> rows = new ArrayList<>();
        for (Map.Entry<String, String> entry : new TreeMap<>(expected).entrySet()) {
            List<Double> stances = bySource.get(entry.getKey());
            double stance = stances == null ? Double.NaN
                    : stances.stream().mapToDouble(Double::doubleValue).average().orElseThrow();
            boolean right = sideA.equals(entry.getValue()) ? stance < 0 : stance > 0;
            rows.add(new Row(entry.getKey(), entry.getValue(), stance, right));
        }
        return rows;
    }
}
