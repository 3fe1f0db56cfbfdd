package org.narrativelens.frames;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.narrativelens.frames.Synthetic.Source;
import org.narrativelens.stance.DocumentScore;
import org.narrativelens.stance.NarrativeAnalyzer;
import org.narrativelens.stance.NarrativeMap;
import org.narrativelens.stance.PassageScore;
import org.narrativelens.stance.StanceScorer;

class FramePlacerTest {

    private final Synthetic synthetic = new Synthetic(11);

    private List<PassageVector> corpus() {
        return synthetic.corpus(0.35, 0.5,
                new Source("a-one", -1, 4, 8), new Source("a-two", -1, 3, 8), new Source("a-three", -1, 4, 6),
                new Source("b-one", 1, 4, 8), new Source("b-two", 1, 3, 8));
    }

    private static AnalysisOptions withPassages() {
        return new AnalysisOptions(0, 7L, 200, 199, 3, 3, true);
    }

    @Test
    void passagesOfTheCorpusGetTheirOwnStanceBackOnEveryKindOfAxis() {
        List<FrameGuide> guides = List.of(
                new FrameGuide("crackdown", "the state cracks down", synthetic.description(-1, 0.5, 1.5)),
                new FrameGuide("sanctuary", "the state shelters", synthetic.description(1, 0.5, 0.2)));
        assertPlacedAsAnalysed(new AnalysisRequest(corpus(), guides, Map.of(), withPassages()));
        assertPlacedAsAnalysed(new AnalysisRequest(corpus(), List.of(), Map.of(), withPassages()));
        assertPlacedAsAnalysed(new AnalysisRequest(corpus(), List.of(), Map.of("A", List.of("a-one")), withPassages()));
        assertPlacedAsAnalysed(new AnalysisRequest(corpus(), List.of(),
                Map.of("A", List.of("a-one"), "B", List.of("b-two")), withPassages()));
    }

    private void assertPlacedAsAnalysed(AnalysisRequest request) {
        NarrativeMap map = new NarrativeAnalyzer().analyze(request);
        List<ScoredPassage> placed = new FramePlacer(map.scoring()).place(request.passages());

        Map<Long, PassageScore> analysed = new java.util.HashMap<>();
        map.passages().forEach(p -> analysed.put(p.passageId(), p));
        int sameFrame = 0;
        for (ScoredPassage p : placed) {
            PassageScore expected = analysed.get(p.passageId());
            assertEquals(expected.stance(), p.stance(), 1e-6, "stance of passage " + p.passageId());
            assertEquals(expected.relevance(), p.relevance(), 1e-6, "relevance of passage " + p.passageId());
            sameFrame += expected.frameId().equals(p.frameId()) ? 1 : 0;
        }
        // a topic passage's cluster came from the last k-means assignment, its placement from the final centroids
        assertTrue(sameFrame >= 0.95 * placed.size(), sameFrame + " of " + placed.size() + " in the same frame");

        List<DocumentScore> documents = new StanceScorer(map.scoring().frameIds(), 0, 3, 1).documents(placed);
        for (int d = 0; d < documents.size(); d++) {
            assertEquals(map.documents().get(d).stance(), documents.get(d).stance(), 1e-6);
        }
    }

    @Test
    void aNewPassageOnOneSideLandsOnThatSide() {
        NarrativeMap map = new NarrativeAnalyzer().analyze(new AnalysisRequest(corpus(), List.of(),
                Map.of("A", List.of("a-one"), "B", List.of("b-two")), withPassages()));
        // the same planted directions as the analysed corpus, drawn with fresh noise
        List<PassageVector> fresh = synthetic.corpus(0.35, 0.5, new Source("new-a", -1, 1, 6), new Source("new-b", 1, 1, 6));
        List<ScoredPassage> placed = new FramePlacer(map.scoring()).place(fresh);
        double a = placed.stream().filter(p -> p.source().equals("new-a")).mapToDouble(ScoredPassage::stance)
                .average().orElseThrow();
        double b = placed.stream().filter(p -> p.source().equals("new-b")).mapToDouble(ScoredPassage::stance)
                .average().orElseThrow();
        assertTrue(a < 0 && b > 0, "new-a " + a + ", new-b " + b);
    }
}
