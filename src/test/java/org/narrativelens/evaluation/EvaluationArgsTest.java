package org.narrativelens.evaluation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

class EvaluationArgsTest {

    @Test
    void defaults() {
        EvaluationArgs args = EvaluationArgs.parse(List.of("docs.jsonl"));
        assertEquals(Path.of("docs.jsonl"), args.documents());
        assertNull(args.groupField());
        assertEquals(3, args.minDocs());
        assertFalse(args.storyPairs());
        assertEquals("left", args.sideA());
        assertEquals("right", args.sideB());
        assertEquals(2000, args.permutations());
        assertEquals("all-minilm-l6-v2", args.model());
        assertEquals(Path.of("target", "eval-cache"), args.cacheDir());
    }

    @Test
    void options() {
        EvaluationArgs args = EvaluationArgs.parse(List.of("--group", "topic", "d.jsonl", "--min-docs", "1",
                "--pairs", "story", "--sides", "a, b", "--permutations", "10", "--seed", "7"));
        assertEquals("topic", args.groupField());
        assertEquals(1, args.minDocs());
        assertTrue(args.storyPairs());
        assertEquals("a", args.sideA());
        assertEquals("b", args.sideB());
        assertEquals(7, args.seed());
    }

    @Test
    void mistakesShowTheUsage() {
        assertTrue(assertThrows(IllegalArgumentException.class, () -> EvaluationArgs.parse(List.of()))
                .getMessage().contains("usage"));
        assertThrows(IllegalArgumentException.class, () -> EvaluationArgs.parse(List.of("d", "--bogus", "1")));
        assertThrows(IllegalArgumentException.class, () -> EvaluationArgs.parse(List.of("d", "--group")));
        assertThrows(IllegalArgumentException.class, () -> EvaluationArgs.parse(List.of("d", "--sides", "x")));
    }
}
