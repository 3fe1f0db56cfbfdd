package org.narrativelens.analysis;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.narrativelens.InvalidInputException;

class SubmissionValidatorTest {

    private final SubmissionValidator validator = new SubmissionValidator(List.of("left-daily", "right-weekly"));
    private static final List<AnalysisSubmission.FrameDescription> TWO_FRAMES = List.of(
            new AnalysisSubmission.FrameDescription("pro", "It helps"),
            new AnalysisSubmission.FrameDescription("contra", "It hurts"));

    private InvalidInputException rejected(AnalysisSubmission submission) {
        return assertThrows(InvalidInputException.class, () -> validator.validate(submission));
    }

    @Test
    void anEmptyRequestIsValid() {
        AnalysisSubmission valid = validator.validate(null);
        assertEquals(List.of(), valid.frames());
        assertEquals(Map.of(), valid.anchors());
    }

    @Test
    void aStoredRequestWithoutFramesOrAnchorsReadsAsNone() throws Exception {
        // a job stored as {} (no frames, no anchors) used to fail its run with a NullPointerException
        AnalysisSubmission stored = new com.fasterxml.jackson.databind.ObjectMapper()
                .readValue("{}", AnalysisSubmission.class);
        assertEquals(List.of(), stored.frames());
        assertEquals(Map.of(), stored.anchors());
    }

    @Test
    void framesComeInPairsWithDistinctLabels() {
        assertEquals("frames", rejected(new AnalysisSubmission(TWO_FRAMES.subList(0, 1), null, null)).field());
        var sameLabel = List.of(TWO_FRAMES.get(0), new AnalysisSubmission.FrameDescription("pro", "Other"));
        assertEquals("frames[1].label", rejected(new AnalysisSubmission(sameLabel, null, null)).field());
        var blank = List.of(TWO_FRAMES.get(0), new AnalysisSubmission.FrameDescription("x", " "));
        assertEquals("frames[1].description", rejected(new AnalysisSubmission(blank, null, null)).field());
    }

    @Test
    void aFrameNeedsADescriptionExamplesOrBothWithinTheirLimits() {
        var examplesOnly = List.of(TWO_FRAMES.get(0),
                new AnalysisSubmission.FrameDescription("contra", null, List.of("Prices went up again.")));
        assertEquals(2, validator.validate(new AnalysisSubmission(examplesOnly, null, null)).frames().size());
        var neither = List.of(TWO_FRAMES.get(0), new AnalysisSubmission.FrameDescription("contra", null, List.of()));
        assertEquals("frames[1].description", rejected(new AnalysisSubmission(neither, null, null)).field());
        var blankExample = List.of(TWO_FRAMES.get(0),
                new AnalysisSubmission.FrameDescription("contra", "It hurts", List.of("fine", " ")));
        assertEquals("frames[1].examples[1]", rejected(new AnalysisSubmission(blankExample, null, null)).field());
        var tooMany = List.of(TWO_FRAMES.get(0), new AnalysisSubmission.FrameDescription("contra", null,
                java.util.Collections.nCopies(SubmissionValidator.MAX_EXAMPLES + 1, "An example.")));
        InvalidInputException e = rejected(new AnalysisSubmission(tooMany, null, null));
        assertEquals("frames[1].examples", e.field());
        assertEquals("frames[1].examples: 11 examples exceeds the limit of 10", e.getMessage());
    }

    @Test
    void anchorsNameKnownSidesAndSources() {
        assertEquals("anchors.left", rejected(new AnalysisSubmission(null, Map.of("left", List.of("left-daily")), null)).field());
        assertEquals("anchors.A", rejected(new AnalysisSubmission(null, Map.of("A", List.of("nobody")), null)).field());
        assertEquals("anchors.B", rejected(new AnalysisSubmission(null, Map.of("B", List.of()), null)).field());
        var bothSides = new java.util.TreeMap<String, List<String>>(Map.of("A", List.of("left-daily"), "B", List.of("left-daily")));
        assertEquals("anchors.B", rejected(new AnalysisSubmission(null, bothSides, null)).field());
    }

    @Test
    void entityAliasHintsNameTheEntityAndTheLimit() {
        Map<String, List<String>> hints = Map.of("ISIS-K", List.of("ISKP", "Islamic State Khorasan"));
        assertEquals(hints, validator.validate(new AnalysisSubmission(null, null, null, hints)).entities());
        assertEquals("entities.ISIS-K", rejected(new AnalysisSubmission(null, null, null,
                Map.of("ISIS-K", List.of()))).field());
        assertEquals("entities.ISIS-K[1]", rejected(new AnalysisSubmission(null, null, null,
                Map.of("ISIS-K", List.of("ISKP", " ")))).field());
        InvalidInputException tooMany = rejected(new AnalysisSubmission(null, null, null,
                Map.of("ISIS-K", java.util.Collections.nCopies(21, "ISKP"))));
        assertEquals("entities.ISIS-K: 21 aliases exceeds the limit of 20", tooMany.getMessage());
        Map<String, List<String>> many = new java.util.HashMap<>();
        for (int i = 0; i <= SubmissionValidator.MAX_ENTITIES; i++) {
            many.put("entity " + i, List.of("alias"));
        }
        assertEquals("entities", rejected(new AnalysisSubmission(null, null, null, many)).field());
    }

    @Test
    void anchorsMayUseFrameLabels() {
        AnalysisSubmission valid = validator.validate(
                new AnalysisSubmission(TWO_FRAMES, Map.of("contra", List.of("right-weekly")), null));
        assertEquals("B", SubmissionValidator.canonicalSide("contra", valid.frames()));
        assertEquals("A", SubmissionValidator.canonicalSide("A", valid.frames()));
    }

    @Test
    void optionsStayInRange() {
        var options = new AnalysisSubmission.Options(31, null, null, null, null);
        InvalidInputException e = rejected(new AnalysisSubmission(null, null, options));
        assertEquals("options.maxFrames", e.field());
        assertEquals("options.maxFrames: 31 is outside the allowed range 0..30", e.getMessage());
    }
}
