package org.narrativelens.evaluation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.narrativelens.stance.DocumentScore;

class SourceSideMetricsTest {

    private final List<EvalDocument> documents = new ArrayList<>();
    private final List<DocumentScore> scores = new ArrayList<>();

    private void add(String source, String side, double stance) {
        scores.add(new DocumentScore(documents.size(), source, stance, Map.of()));
        documents.add(new EvalDocument("d" + documents.size(), source, side, "g", "s" + documents.size() % 2, "t"));
    }

    @Test
    void sourcesAreScoredByTheirMeanDocumentStance() {
        add("L1", "left", -0.5);
        add("L1", "left", 0.3);   // mean -0.1
        add("L2", "left", 0.2);
        add("L2", "left", 0.2);   // mean 0.2
        add("R1", "right", 0.1);
        add("R1", "right", 0.1);  // mean 0.1
        add("R2", "right", 0.4);
        add("R2", "right", 0.6);  // mean 0.5
        add("C", "center", 9);
        add("C", "center", 9);    // not a side: ignored
        add("Few", "right", -5);  // one document: below min-docs at source level
        SourceSideMetrics metrics = new SourceSideMetrics("left", "right", 2, 200, 1);
        SideSeparation s = metrics.measure(scores, documents, Set.of(), false);
        assertEquals(2, s.sourcesA());
        assertEquals(2, s.sourcesB());
        // R1 0.1 beats L1 -0.1 only; R2 0.5 beats both -> 3 of 4
        assertEquals(0.75, s.auc(), 1e-12);
        assertTrue(s.p() > 0 && s.p() <= 1);
        // documents: right {0.1, 0.1, 0.4, 0.6, -5} vs left {-0.5, 0.3, 0.2, 0.2}
        assertEquals(0.5, s.documentAuc(), 1e-12); // 0.1: 1 win each, 0.4 and 0.6: 4, -5: 0 -> 10 / 20

        SideSeparation withoutAnchors = metrics.measure(scores, documents, Set.of("L1", "R2"), true);
        assertEquals(1, withoutAnchors.sourcesA());
        assertEquals(1, withoutAnchors.sourcesB());
        assertEquals(1.0, withoutAnchors.auc(), 1e-12); // R1 0.1 below L2 0.2: AUC 0, sign-agnostic 1
    }

    @Test
    void storyPairsCountTheLeftDocumentBelowTheRight() {
        add("L", "left", -0.2);   // story s0
        add("R", "right", 0.3);   // story s1
        add("L2", "left", 0.5);   // story s0
        add("R2", "right", 0.1);  // story s1
        // s0 holds both left documents, s1 both right ones: no story has both sides
        assertEquals(0, StoryPairs.count(scores, documents, "left", "right", Set.of()).stories());
        documents.clear();
        scores.clear();
        add("L", "left", -0.2);   // s0
        add("X", "center", 0);    // s1
        add("R", "right", 0.3);   // s0
        add("L2", "left", 0.5);   // s1
        add("C", "center", 0);    // s0
        add("R2", "right", 0.1);  // s1
        StoryPairs.Result r = StoryPairs.count(scores, documents, "left", "right", Set.of("L"));
        assertEquals(2, r.stories());
        assertEquals(1, r.ordered());                 // s0 right, s1 wrong (0.5 > 0.1)
        assertEquals(1, r.storiesWithoutAnchors());   // s1 only
        assertEquals(0, r.orderedWithoutAnchors());
    }
}
