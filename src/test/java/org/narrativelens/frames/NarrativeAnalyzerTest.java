package org.narrativelens.frames;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.narrativelens.frames.Synthetic.Source;
import org.narrativelens.stance.DocumentScore;
import org.narrativelens.stance.Evidence;
import org.narrativelens.stance.NarrativeAnalyzer;
import org.narrativelens.stance.NarrativeMap;
import org.narrativelens.stance.SourceScore;

class NarrativeAnalyzerTest {

    private final NarrativeAnalyzer analyzer = new NarrativeAnalyzer();
    private final Synthetic synthetic = new Synthetic(11);

    /** Four sources on side A, two on side B, several documents each. */
    private List<PassageVector> plantedSplit() {
        return synthetic.corpus(0.35, 0.5,
                new Source("a-one", -1, 4, 8), new Source("a-two", -1, 3, 8), new Source("a-three", -1, 4, 6),
                new Source("a-four", -1, 3, 10), new Source("b-one", 1, 4, 8), new Source("b-two", 1, 3, 8));
    }

    private static double stanceOf(NarrativeMap map, String source) {
        return map.sources().stream().filter(s -> s.source().equals(source)).findFirst().orElseThrow().stance();
    }

    private static void assertPlantedSides(NarrativeMap map) {
        for (SourceScore score : map.sources()) {
            if (score.source().startsWith("a-")) {
                assertTrue(score.stance() < 0, score.source() + " should lean A: " + score.stance());
            } else {
                assertTrue(score.stance() > 0, score.source() + " should lean B: " + score.stance());
            }
        }
    }

    @Test
    void guidedRecoversPlantedSidesEvenWhenOneDescriptionIsCloserToEverything() {
        // description A shares far more of what every passage has in common, so raw cosines favour A everywhere
        List<FrameGuide> guides = List.of(
                new FrameGuide("crackdown", "the state cracks down", synthetic.description(-1, 0.5, 1.5)),
                new FrameGuide("sanctuary", "the state shelters", synthetic.description(1, 0.5, 0.2)));
        NarrativeMap map = analyzer.analyze(new AnalysisRequest(plantedSplit(), guides, Map.of(), Synthetic.fastOptions()));

        assertPlantedSides(map);
        Axis axis = map.axes().get(0);
        assertEquals("guided", axis.method());
        assertEquals("crackdown", frame(map, axis.frameA()).label());
        assertEquals("sanctuary", frame(map, axis.frameB()).label());
        assertTrue(axis.pValue() < 0.05, "p = " + axis.pValue());
    }

    @Test
    void anchoredOnBothSidesPutsEveryOtherSourceOnItsPlantedSide() {
        NarrativeMap map = analyzer.analyze(new AnalysisRequest(plantedSplit(), List.of(),
                Map.of("A", List.of("a-one"), "B", List.of("b-one")), Synthetic.fastOptions()));

        assertPlantedSides(map);
        assertEquals("anchored", map.axes().get(0).method());
    }

    @Test
    void anchoredOnOneSideTurnsTheAxisSoTheAnchorIsOnItsSide() {
        NarrativeMap anchoredOnB = analyzer.analyze(new AnalysisRequest(plantedSplit(), List.of(),
                Map.of("B", List.of("a-two")), Synthetic.fastOptions()));
        // a-two is planted on A but anchored on B: the whole axis turns round
        assertTrue(stanceOf(anchoredOnB, "a-two") > 0);
        assertTrue(stanceOf(anchoredOnB, "b-one") < 0);

        NarrativeMap anchoredOnA = analyzer.analyze(new AnalysisRequest(plantedSplit(), List.of(),
                Map.of("A", List.of("a-two")), Synthetic.fastOptions()));
        assertPlantedSides(anchoredOnA);
    }

    @Test
    void unsupervisedFindsTheSplitAndPutsTheMajoritySideOnA() {
        NarrativeMap map = analyzer.analyze(new AnalysisRequest(plantedSplit(), List.of(), Map.of(), Synthetic.fastOptions()));

        assertPlantedSides(map);
        assertEquals("unsupervised", map.axes().get(0).method());
        assertTrue(map.axes().get(0).pValue() < 0.05);
        assertTrue(map.notes().stream().anyMatch(note -> note.contains("side holding more passages")));
    }

    @Test
    void pValueIsLargeAndTheNoteSaysSoWhenSourcesDoNotDiffer() {
        List<PassageVector> noSplit = synthetic.corpus(0.35, 0.5,
                new Source("one", 0, 4, 8), new Source("two", 0, 3, 8), new Source("three", 0, 4, 8),
                new Source("four", 0, 3, 8), new Source("five", 0, 4, 8));
        NarrativeMap map = analyzer.analyze(new AnalysisRequest(noSplit, List.of(), Map.of(), Synthetic.fastOptions()));

        double p = map.axes().get(0).pValue();
        assertTrue(p > 0.05, "p = " + p);
        assertTrue(map.notes().stream().anyMatch(note -> note.startsWith("no significant opposing frames found between sources (p = ")));
        assertEquals(5, map.sources().size());
    }

    @Test
    void stancesAreWithinBoundsAndIntervalsContainThem() {
        AnalysisOptions options = new AnalysisOptions(0, 3L, 300, 99, 2, 3, true);
        NarrativeMap map = analyzer.analyze(new AnalysisRequest(plantedSplit(), List.of(), Map.of(), options));

        for (SourceScore score : map.sources()) {
            assertTrue(score.stance() >= -1 && score.stance() <= 1);
            assertTrue(score.interval().low() <= score.stance() && score.stance() <= score.interval().high(),
                    score.source() + " " + score.interval());
            assertTrue(score.interval().low() >= -1 && score.interval().high() <= 1);
            assertEquals(1.0, score.frameScores().values().stream().mapToDouble(Double::doubleValue).sum(), 1e-9);
        }
        for (DocumentScore document : map.documents()) {
            assertTrue(document.stance() >= -1 && document.stance() <= 1);
        }
        assertEquals(plantedSplit().size(), map.passages().size());
        map.passages().forEach(p -> assertTrue(p.stance() >= -1 && p.stance() <= 1 && p.relevance() >= 0 && p.relevance() <= 1));
    }

    @Test
    void evidencePullsInTheDirectionOfItsSource() {
        NarrativeMap map = analyzer.analyze(new AnalysisRequest(plantedSplit(), List.of(), Map.of(), Synthetic.fastOptions()));

        for (SourceScore score : map.sources()) {
            assertEquals(3, score.evidence().size());
            double previous = Double.POSITIVE_INFINITY;
            for (Evidence evidence : score.evidence()) {
                assertEquals(Math.signum(score.stance()), Math.signum(evidence.stance()));
                double pull = Math.abs(evidence.weight() * evidence.stance());
                assertTrue(pull <= previous);
                previous = pull;
                assertTrue(evidence.end() > evidence.start());
            }
        }
    }

    @Test
    void axisFramesAreDescribedByTheWordsThatSeparateThemAndExemplarsComeFromDifferentSources() {
        AnalysisOptions options = new AnalysisOptions(0, 7L, 200, 99, 3, 3, true);
        List<PassageVector> passages = plantedSplit();
        NarrativeMap map = analyzer.analyze(new AnalysisRequest(passages, List.of(),
                Map.of("A", List.of("a-one"), "B", List.of("b-one")), options));

        Frame sideA = frame(map, map.axes().get(0).frameA());
        Frame sideB = frame(map, map.axes().get(0).frameB());
        assertTrue(sideA.keyphrases().stream().anyMatch(k -> k.contains("crackdown")), sideA.keyphrases().toString());
        assertTrue(sideB.keyphrases().stream().anyMatch(k -> k.contains("sanctuary")), sideB.keyphrases().toString());
        Map<Long, String> sourceOf = new HashMap<>();
        passages.forEach(p -> sourceOf.put(p.passageId(), p.source()));
        for (Frame frame : List.of(sideA, sideB)) {
            assertFalse(frame.keyphrases().contains("province"), frame.keyphrases().toString());
            assertFalse(frame.keyphrases().contains("officials"), frame.keyphrases().toString());
            Set<String> memberSources = new HashSet<>();
            map.passages().stream().filter(p -> p.frameId().equals(frame.id()))
                    .forEach(p -> memberSources.add(sourceOf.get(p.passageId())));
            Set<String> exemplarSources = new HashSet<>();
            frame.exemplars().forEach(e -> exemplarSources.add(e.source()));
            assertEquals(3, frame.exemplars().size());
            assertEquals(Math.min(3, memberSources.size()), exemplarSources.size(), "exemplars should come from different sources");
        }
        assertEquals(passages.size(), map.frames().stream().mapToInt(Frame::size).sum());
    }

    @Test
    void sameInputInAnyOrderGivesIdenticalOutput() {
        List<PassageVector> passages = plantedSplit();
        List<PassageVector> shuffled = new ArrayList<>(passages);
        Collections.shuffle(shuffled, new Random(5));
        AnalysisOptions options = new AnalysisOptions(0, 99L, 200, 99, 3, 3, true);
        Map<String, List<String>> anchors = Map.of("A", List.of("a-one"));

        NarrativeMap first = analyzer.analyze(new AnalysisRequest(passages, List.of(), anchors, options));
        NarrativeMap second = analyzer.analyze(new AnalysisRequest(shuffled, List.of(), anchors, options));

        assertEquals(first, second);
    }

    @Test
    void oneDocumentPerSourceFallsBackToShufflingPassagesAndSaysSo() {
        List<PassageVector> passages = synthetic.corpus(0.35, 0.5,
                new Source("a-one", -1, 1, 30), new Source("a-two", -1, 1, 30), new Source("b-one", 1, 1, 30));
        NarrativeMap map = analyzer.analyze(new AnalysisRequest(passages, List.of(), Map.of(), Synthetic.fastOptions()));

        assertTrue(map.notes().stream().anyMatch(note -> note.contains("shuffles passages")));
        map.sources().forEach(s -> assertTrue(s.interval().low() < s.interval().high()));
    }

    @Test
    void oneSourceStillGetsScoresWithANote() {
        List<PassageVector> passages = synthetic.corpus(0.35, 0.5, new Source("alone", -1, 3, 6));
        NarrativeMap map = analyzer.analyze(new AnalysisRequest(passages, List.of(), Map.of(), Synthetic.fastOptions()));

        assertEquals(1, map.sources().size());
        assertEquals(1.0, map.axes().get(0).pValue());
        assertTrue(map.notes().stream().anyMatch(note -> note.startsWith("only one source: no significant opposing frames")));
    }

    @Test
    void onePassageGivesANeutralScore() {
        PassageVector passage = synthetic.corpus(0.35, 0.5, new Source("alone", 1, 1, 1)).get(0);
        NarrativeMap map = analyzer.analyze(new AnalysisRequest(List.of(passage), List.of(), Map.of(), Synthetic.fastOptions()));

        assertEquals(0.0, map.sources().get(0).stance());
        assertEquals(1, map.documents().size());
        assertEquals(1, map.frames().stream().mapToInt(Frame::size).sum());
    }

    @Test
    void emptyInputGivesAnEmptyMapWithANote() {
        NarrativeMap map = analyzer.analyze(new AnalysisRequest(List.of(), null, null, null));

        assertTrue(map.frames().isEmpty() && map.sources().isEmpty() && map.axes().isEmpty());
        assertEquals(List.of("no passages: nothing to analyse"), map.notes());
    }

    @Test
    void malformedInputIsRejectedWithTheReason() {
        List<PassageVector> passages = plantedSplit();
        FrameGuide guide = new FrameGuide("only", "one", synthetic.description(1, 0.5, 1));
        assertMessage("exactly two", () -> analyzer.analyze(new AnalysisRequest(passages, List.of(guide), null, null)));
        assertMessage("'nobody' has no passages",
                () -> analyzer.analyze(new AnalysisRequest(passages, null, Map.of("A", List.of("nobody")), null)));
        assertMessage("neither A, B nor",
                () -> analyzer.analyze(new AnalysisRequest(passages, null, Map.of("left", List.of("a-one")), null)));
        assertMessage("on both sides", () -> analyzer.analyze(new AnalysisRequest(passages, null,
                Map.of("A", List.of("a-one"), "B", List.of("a-one")), null)));

        List<PassageVector> mixed = new ArrayList<>(passages);
        mixed.add(new PassageVector(1, 1, "a-one", 0, 1, "x", new float[] {1, 0}));
        assertMessage("dimension", () -> analyzer.analyze(new AnalysisRequest(mixed, null, null, null)));

        List<PassageVector> duplicate = new ArrayList<>(passages);
        duplicate.add(passages.get(0));
        assertMessage("duplicate passageId", () -> analyzer.analyze(new AnalysisRequest(duplicate, null, null, null)));

        List<PassageVector> zero = List.of(new PassageVector(1, 1, "s", 0, 1, "x", new float[3]));
        assertMessage("zero or non-finite", () -> analyzer.analyze(new AnalysisRequest(zero, null, null, null)));

        assertMessage("must be >= 0", () -> new AnalysisOptions(0, 1, -1, 10, 1, 1, false));
    }

    @Test
    void guidedAnchorsThatLandOnTheOtherSideAreReported() {
        List<FrameGuide> guides = List.of(
                new FrameGuide("crackdown", "the state cracks down", synthetic.description(-1, 0.5, 1.0)),
                new FrameGuide("sanctuary", "the state shelters", synthetic.description(1, 0.5, 1.0)));
        NarrativeMap map = analyzer.analyze(new AnalysisRequest(plantedSplit(), guides,
                Map.of("crackdown", List.of("b-one")), Synthetic.fastOptions()));

        assertTrue(map.notes().contains("anchor source 'b-one' was put on side A but scores on the B side"), map.notes().toString());
    }

    private static void assertMessage(String expected, Runnable call) {
        IllegalArgumentException error = assertThrows(IllegalArgumentException.class, call::run);
        assertTrue(error.getMessage().contains(expected), error.getMessage());
    }

    private static Frame frame(NarrativeMap map, String id) {
        return map.frames().stream().filter(f -> f.id().equals(id)).findFirst().orElseThrow();
    }
}
