package org.narrativelens.embed;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

/** Chunks are embedded shortest first, each stored once, and a failed write stops the run with its cause. */
class ChunkedEmbeddingTest {

    private static float[][] lengths(List<String> texts) {
        float[][] vectors = new float[texts.size()][];
        for (int i = 0; i < texts.size(); i++) {
            vectors[i] = new float[] {texts.get(i).length()};
        }
        return vectors;
    }

    @Test
    void everyTextIsEmbeddedAndStoredOnceInChunksOfLikeLength() {
        Map<String, String> todo = new LinkedHashMap<>();
        for (int i = 0; i < 10; i++) {
            todo.put("h" + i, "x".repeat(10 - i));
        }
        List<List<Integer>> calls = new ArrayList<>();
        List<Map<String, float[]>> stored = new ArrayList<>();
        Map<String, float[]> vectors = new ChunkedEmbedding(texts -> {
            calls.add(texts.stream().map(String::length).toList());
            return lengths(texts);
        }, stored::add, 4).run(todo);

        assertEquals(List.of(List.of(1, 2, 3, 4), List.of(5, 6, 7, 8), List.of(9, 10)), calls);
        assertEquals(List.of(4, 4, 2), stored.stream().map(Map::size).toList());
        assertEquals(todo.keySet(), vectors.keySet());
        assertEquals(7.0f, vectors.get("h3")[0], "each vector under its own text's hash");
    }

    @Test
    void aFailedWriteStopsTheRunWithItsCause() {
        Map<String, String> todo = new LinkedHashMap<>();
        for (int i = 0; i < 9; i++) {
            todo.put("h" + i, "text " + i);
        }
        AtomicInteger embedded = new AtomicInteger();
        IllegalStateException failure = assertThrows(IllegalStateException.class, () -> new ChunkedEmbedding(
                texts -> {
                    embedded.addAndGet(texts.size());
                    return lengths(texts);
                }, fresh -> {
                    throw new IllegalStateException("disk full");
                }, 3).run(todo));
        assertEquals("disk full", failure.getMessage());
        assertEquals(6, embedded.get(), "the model stops at the chunk after the failed write");
    }

    @Test
    void nothingToDoCallsNothing() {
        assertEquals(Map.of(), new ChunkedEmbedding(texts -> {
            throw new AssertionError("no call");
        }, fresh -> {
            throw new AssertionError("no write");
        }, 3).run(Map.of()));
    }
}
