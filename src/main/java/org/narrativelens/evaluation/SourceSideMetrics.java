package org.narrativelens.evaluation;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.narrativelens.stance.DocumentScore;

/**
 * Source- and document-level AUC of side B against side A: a source's score is its document stances averaged;
 * excluded sources (the anchors) and sources with fewer than {@code minDocs} scored documents are left out.
 */
public final class SourceSideMetrics {

    private final String sideA;
    private final String sideB;
    private final int minDocs;
    private final int permutations;
    private final long seed;

    public SourceSideMetrics(String sideA, String sideB, int minDocs, int permutations, long seed) {
        this.sideA = sideA;
        this.sideB = sideB;
        this.minDocs = minDocs;
        this.permutations = permutations;
        this.seed = seed;
    }

    /** Document ids of {@code scores} index {@code documents}. */
    public SideSeparation measure(List<DocumentScore> scores, List<EvalDocument> documents, Set<String> excluded,
                                  boolean signAgnostic) {
        Map<String, List<Double>> stancesBySource = new TreeMap<>();
        Map<String, String> sideOf = new TreeMap<>();
        List<Double> docScores = new ArrayList<>();
        List<Boolean> docPositive = new ArrayList<>();
        for (DocumentScore score : scores) {
            EvalDocument document = documents.get((int) score.documentId());
            if (excluded.contains(document.source()) || !isLabelled(document.side())) {
                continue;
            }
            stancesBySource.computeIfAbsent(document.source(), s -> new ArrayList<>()).add(score.stance());
            sideOf.putIfAbsent(document.source(), document.side());
            docScores.add(score.stance());
            docPositive.add(sideB.equals(document.side()));
        }
        List<Double> sourceScores = new ArrayList<>();
        List<Boolean> sourcePositive = new ArrayList<>();
        int a = 0;
        int b = 0;
        for (Map.Entry<String, List<Double>> entry : stancesBySource.entrySet()) {
            if (entry.getValue().size() < minDocs) {
                continue;
            }
            sourceScores.add(entry.getValue().stream().mapToDouble(Double::doubleValue).average().orElseThrow());
            boolean positive = sideB.equals(sideOf.get(entry.getKey()));
            sourcePositive.add(positive);
            if (positive) {
                b++;
            } else {
                a++;
            }
        }
        double[] s = toArray(sourceScores);
        boolean[] y = toBooleans(sourcePositive);
        double auc = Auc.of(s, y);
        double documentAuc = Auc.of(toArray(docScores), toBooleans(docPositive));
        if (signAgnostic) {
            auc = Auc.signAgnostic(auc);
            documentAuc = Auc.signAgnostic(documentAuc);
        }
        return new SideSeparation(a, b, auc, Auc.permutationP(s, y, signAgnostic, permutations, seed), documentAuc);
    }

    private boolean isLabelled(String side) {
        return sideA.equals(side) || sideB.equals(side);
    }

    private static double[] toArray(List<Double> values) {
        return values.stream().mapToDouble(Double::doubleValue).toArray();
    }

    private static boolean[] toBooleans(List<Boolean> values) {
        boolean[] array = new boolean[values.size()];
        for (int i = 0; i < array.length; i++) {
            array[i] = values.get(i);
        }
        return array;
    }
}
