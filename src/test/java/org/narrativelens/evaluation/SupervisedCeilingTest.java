package org.narrativelens.evaluation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.SplittableRandom;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.narrativelens.frames.PassageVector;
import org.narrativelens.stance.DocumentScore;

class SupervisedCeilingTest {

    private static final int DIMENSION = 8;

    /** Sources L0..L{n-1} and R0..R{n-1}; side shifts dimension 0, each source has its own offset, plus noise. */
    private static EmbeddedGroup group(int sourcesPerSide, double sideShift, long seed) {
        SplittableRandom random = new SplittableRandom(seed);
        List<EvalDocument> documents = new ArrayList<>();
        List<PassageVector> passages = new ArrayList<>();
        for (int s = 0; s < 2 * sourcesPerSide; s++) {
            boolean right = s >= sourcesPerSide;
            String source = (right ? "R" : "L") + s % sourcesPerSide;
            double[] offset = new double[DIMENSION];
            for (int j = 1; j < DIMENSION; j++) {
                offset[j] = random.nextGaussian();
            }
            for (int d = 0; d < 4; d++) {
                int id = documents.size();
                documents.add(new EvalDocument("d" + id, source, right ? "right" : "left", "g", null, "text"));
                for (int p = 0; p < 3; p++) {
                    float[] v = new float[DIMENSION];
                    for (int j = 0; j < DIMENSION; j++) {
                        v[j] = (float) (offset[j] + 0.3 * random.nextGaussian());
                    }
                    v[0] += (float) (right ? sideShift : -sideShift);
                    passages.add(new PassageVector(passages.size(), id, source, 0, 4, "text", v));
                }
            }
        }
        return new EmbeddedGroup(documents, passages, 0, 0, 0);
    }

    @Test
    void aSideTheLabelsShareIsFoundOnSourcesHeldOut() {
        EmbeddedGroup group = group(6, 1.0, 7);
        List<DocumentScore> scores = new SupervisedCeiling("left", "right").scores(group);
        assertEquals(group.documents().size(), scores.size());
        SideSeparation s = new SourceSideMetrics("left", "right", 3, 200, 1)
                .measure(scores, group.documents(), Set.of(), false);
        assertEquals(1.0, s.auc(), 1e-12);
    }

    @Test
    void withoutASharedSideItIsAtChanceRatherThanFittingEachSource() {
        EmbeddedGroup group = group(8, 0.0, 11);
        List<DocumentScore> scores = new SupervisedCeiling("left", "right").scores(group);
        double auc = new SourceSideMetrics("left", "right", 3, 200, 1)
                .measure(scores, group.documents(), Set.of(), false).auc();
        assertTrue(auc > 0.2 && auc < 0.8, "AUC " + auc);
    }

    @Test
    void aSourcesOwnLabelNeverReachesItsScore() {
        EmbeddedGroup group = group(4, 0.5, 3);
        List<EvalDocument> flipped = group.documents().stream()
                .map(d -> d.source().equals("R1") ? new EvalDocument(d.id(), d.source(), "left", d.group(), d.story(),
                        d.text()) : d)
                .toList();
        Map<Long, Double> before = byDocument(new SupervisedCeiling("left", "right").scores(group));
        Map<Long, Double> after = byDocument(new SupervisedCeiling("left", "right")
                .scores(new EmbeddedGroup(flipped, group.passages(), 0, 0, 0)));
        for (int d = 0; d < group.documents().size(); d++) {
            if (group.documents().get(d).source().equals("R1")) {
                assertEquals(before.get((long) d), after.get((long) d), 1e-9);
            }
        }
    }

    @Test
    void unlabelledDocumentsAreNeitherTrainedOnNorScored() {
        EmbeddedGroup group = group(3, 1.0, 5);
        List<EvalDocument> withCentre = new ArrayList<>(group.documents());
        withCentre.set(0, new EvalDocument("d0", "L0", "center", "g", null, "text"));
        List<DocumentScore> scores = new SupervisedCeiling("left", "right")
                .scores(new EmbeddedGroup(withCentre, group.passages(), 0, 0, 0));
        assertEquals(group.documents().size() - 1, scores.size());
        assertTrue(scores.stream().noneMatch(s -> s.documentId() == 0));
    }

    private static Map<Long, Double> byDocument(List<DocumentScore> scores) {
        return scores.stream().collect(Collectors.toMap(DocumentScore::documentId, DocumentScore::stance));
    }
}
