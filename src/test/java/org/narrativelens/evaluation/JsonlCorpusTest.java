package org.narrativelens.evaluation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class JsonlCorpusTest {

    static final Path FIXTURE = Path.of("src/test/resources/evaluation/two-topics.jsonl");

    @Test
    void readsEveryLineWithItsGroupAndStory() {
        List<EvalDocument> docs = JsonlCorpus.read(FIXTURE, "topic");
        assertEquals(16, docs.size());
        EvalDocument first = docs.get(0);
        assertEquals("d01", first.id());
        assertEquals("Left Daily", first.source());
        assertEquals("left", first.side());
        assertEquals("transit", first.group());
        assertEquals("transit-0", first.story());
        assertTrue(first.text().startsWith("The new tram line"));
        Map<String, List<EvalDocument>> groups = JsonlCorpus.byGroup(docs);
        assertEquals(List.of("schools", "transit"), List.copyOf(groups.keySet()));
        assertEquals(8, groups.get("transit").size());
    }

    @Test
    void withoutAGroupFieldEverythingIsOneGroup(@TempDir Path dir) throws IOException {
        Path file = dir.resolve("seeds.jsonl");
        Files.writeString(file, "{\"id\":\"1\",\"source\":\"s\",\"side\":\"x\",\"text\":\"t\"}\n\n");
        List<EvalDocument> docs = JsonlCorpus.read(file, null);
        assertEquals(1, docs.size());
        assertEquals("all", docs.get(0).group());
        assertNull(docs.get(0).story());
    }

    @Test
    void aMissingFieldNamesItsLine(@TempDir Path dir) throws IOException {
        Path file = dir.resolve("bad.jsonl");
        Files.writeString(file, "{\"id\":\"1\",\"source\":\"s\",\"side\":\"x\",\"text\":\"t\"}\n{\"id\":\"2\",\"text\":\"t\"}\n");
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> JsonlCorpus.read(file, null));
        assertTrue(e.getMessage().contains("line 2") && e.getMessage().contains("\"source\""), e.getMessage());
        Files.writeString(file, "not json\n");
        assertThrows(IllegalArgumentException.class, () -> JsonlCorpus.read(file, null));
    }
}
