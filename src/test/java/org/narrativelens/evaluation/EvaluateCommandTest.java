package org.narrativelens.evaluation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The whole command on an invented two-topic fixture with the real model; the second run reads the vector cache. */
class EvaluateCommandTest {

    private static String run(List<String> argv) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        new EvaluateCommand(EvaluationArgs.parse(argv), new PrintStream(bytes, true, StandardCharsets.UTF_8))
                .run("evaluate " + String.join(" ", argv));
        return bytes.toString(StandardCharsets.UTF_8);
    }

    @Test
    void printsARowPerTopicAndReusesTheCache(@TempDir Path cache) {
        List<String> argv = new ArrayList<>(List.of(JsonlCorpusTest.FIXTURE.toString(), "--group", "topic",
                "--min-docs", "1", "--pairs", "story", "--permutations", "100", "--cache", cache.toString()));
        String first = run(argv);
        assertTrue(first.startsWith("$ evaluate " + JsonlCorpusTest.FIXTURE), first);
        assertTrue(first.contains("| schools | 8 |"), first);
        assertTrue(first.contains("| transit | 8 |"), first);
        assertTrue(first.contains("| Left Daily / Right Daily |"), first); // the anchor rule's tie goes to the name
        assertTrue(first.contains("| **macro** (2 groups) | 16 |"), first);
        assertTrue(first.contains("0 passage vectors reused"), first);

        String second = run(argv);
        assertTrue(second.contains(" 0 embedded in this run"), second);
        assertEquals(tableOf(first), tableOf(second), "same input, same figures (times aside)");
    }

    @Test
    void withNarrativesOnItReportsThemPerTopicAndKeepsTheParsedSentences(@TempDir Path cache) {
        List<String> argv = List.of(JsonlCorpusTest.FIXTURE.toString(), "--group", "topic", "--min-docs", "1",
                "--permutations", "100", "--cache", cache.toString(), "--narratives", "on", "--only", "schools");
        String first = run(argv);
        assertTrue(first.contains("| schools | 8 |") && !first.contains("| transit |"), first);
        assertTrue(first.contains("Narratives per group"), first);
        String row = first.lines().filter(l -> l.startsWith("| schools | ") && l.split("\\|").length == 9)
                .findFirst().orElseThrow(() -> new AssertionError("no narrative row: " + first));
        assertTrue(Integer.parseInt(row.split("\\|")[2].strip()) > 0, "statements were read: " + row);
        String parsed = first.lines().filter(l -> l.startsWith("Parsed sentences: ")).findFirst().orElseThrow();

        String second = run(argv);
        assertTrue(second.contains(parsed), "a re-run parses nothing new: " + parsed + "\n" + second);
    }

    /** The table rows without the two timing columns. */
    private static List<String> tableOf(String output) {
        return output.lines().filter(line -> line.startsWith("| ") && !line.startsWith("| group"))
                .map(line -> line.replaceAll("\\| [0-9.]+ \\| [0-9NaN]+ \\|$", "|")).toList();
    }
}
