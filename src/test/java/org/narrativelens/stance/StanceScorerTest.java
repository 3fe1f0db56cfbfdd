package org.narrativelens.stance;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.narrativelens.frames.ScoredPassage;

class StanceScorerTest {

    private final StanceScorer scorer = new StanceScorer(List.of("f0", "f1", "f2"), 500, 2, 3L);

    private static ScoredPassage passage(long id, long document, String source, String frame, double stance,
                                         double relevance) {
        return new ScoredPassage(id, document, source, (int) id * 10, (int) id * 10 + 5, "passage " + id, frame, stance,
                relevance);
    }

    private final List<ScoredPassage> passages = List.of(
            passage(1, 1, "north", "f0", -0.8, 1.0),
            passage(2, 1, "north", "f0", -0.4, 0.5),
            passage(3, 2, "north", "f2", 0.6, 0.1),
            passage(4, 3, "south", "f1", 0.9, 1.0),
            passage(5, 3, "south", "f2", 0.2, 0.0));

    @Test
    void sourceStanceIsTheRelevanceWeightedMeanOfItsPassages() {
        SourceScore north = scorer.sources(passages).get(0);

        assertEquals("north", north.source());
        assertEquals((-0.8 * 1.0 - 0.4 * 0.5 + 0.6 * 0.1) / 1.6, north.stance(), 1e-12);
        assertEquals(3, north.passages());
        assertEquals(Map.of("f0", 2 / 3.0, "f1", 0.0, "f2", 1 / 3.0), north.frameScores());
        assertEquals(List.of("f0", "f1", "f2"), List.copyOf(north.frameScores().keySet()));
        assertTrue(north.interval().low() <= north.stance() && north.stance() <= north.interval().high());
    }

    @Test
    void evidenceIsThePassagesThatPulledTheSourceMostTowardItsStance() {
        SourceScore north = scorer.sources(passages).get(0);

        assertEquals(List.of(1L, 2L), north.evidence().stream().map(Evidence::passageId).toList());
        Evidence strongest = north.evidence().get(0);
        assertEquals(1.0 / 1.6, strongest.weight(), 1e-12);
        assertEquals(10, strongest.start());
        assertEquals(15, strongest.end());
    }

    @Test
    void documentsAreScoredInIdOrderAndIrrelevantPassagesCountForNothing() {
        List<DocumentScore> documents = scorer.documents(passages);

        assertEquals(List.of(1L, 2L, 3L), documents.stream().map(DocumentScore::documentId).toList());
        assertEquals(0.9, documents.get(2).stance(), 1e-12);
        assertEquals(0.5, documents.get(2).frameScores().get("f2"), 1e-12);
    }

    @Test
    void aGroupWithoutAnyRelevanceFallsBackToThePlainMean() {
        List<ScoredPassage> irrelevant = List.of(passage(1, 1, "x", "f0", 0.2, 0), passage(2, 1, "x", "f0", 0.4, 0));

        assertEquals(0.3, scorer.sources(irrelevant).get(0).stance(), 1e-12);
    }

    @Test
    void aSourceWithOneDocumentResamplesPassagesAndScoresAreReproducible() {
        SourceScore south = scorer.sources(passages).get(1);

        assertEquals(0.9, south.stance(), 1e-12);
        assertEquals(scorer.sources(passages), new StanceScorer(List.of("f0", "f1", "f2"), 500, 2, 3L).sources(passages));
    }
}
