package org.narrativelens.evaluation;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class VectorCacheTest {

    @Test
    void vectorsSurviveAReopenAndATornRecordIsDropped(@TempDir Path dir) throws IOException {
        String one = VectorCache.key("one passage");
        String two = VectorCache.key("another passage");
        try (VectorCache cache = VectorCache.open(dir, "m", 3)) {
            cache.put(one, new float[] {1, 2, 3});
            cache.put(two, new float[] {-1, 0.5f, 0});
        }
        Files.write(dir.resolve("m.vec"), new byte[] {1, 2, 3}, StandardOpenOption.APPEND); // an interrupted write
        try (VectorCache cache = VectorCache.open(dir, "m", 3)) {
            assertEquals(2, cache.size());
            assertArrayEquals(new float[] {1, 2, 3}, cache.get(one));
            assertArrayEquals(new float[] {-1, 0.5f, 0}, cache.get(two));
            assertNull(cache.get(VectorCache.key("unknown")));
            cache.put(VectorCache.key("third"), new float[] {0, 0, 1});
        }
        try (VectorCache cache = VectorCache.open(dir, "m", 3)) {
            assertEquals(3, cache.size());
            assertArrayEquals(new float[] {0, 0, 1}, cache.get(VectorCache.key("third")));
        }
        assertEquals(3L * (32 + 12), Files.size(dir.resolve("m.vec")));
    }
}
