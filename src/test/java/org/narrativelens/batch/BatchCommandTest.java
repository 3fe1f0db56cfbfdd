package org.narrativelens.batch;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** The batch command, on the generated client, against the running service over real HTTP. */
@QuarkusTest
class BatchCommandTest {

    private static final Path FIXTURE = Path.of("src/test/resources/batch/riverton");
    private static final Path FRAMES = Path.of("src/test/resources/fixtures/riverton-frames.json");

    @TestHTTPResource("/")
    URL server;

    @Test
    void uploadsAnalysesAndWritesJsonAndCsvThenReusesTheCorpus() throws IOException {
        String corpus = "batch-" + UUID.randomUUID();
        Path out = Path.of("target/batch-test", corpus);

        Run first = run("--server", server.toString(), "--input", FIXTURE.toString(), "--corpus", corpus,
                "--out", out.toString(), "--request", FRAMES.toString(), "--chunk-size", "5", "--poll", "0.2");

        assertEquals(0, first.exit, first.err);
        assertTrue(first.out.contains("read 12 documents"), first.out);
        assertTrue(first.out.contains("created corpus '" + corpus + "'"), first.out);
        assertTrue(first.out.contains("uploaded in 3 chunks: 12 new, 0 already in the corpus, 0 rejected"), first.out);
        assertTrue(first.out.lines().anyMatch(l -> l.matches("\\[[\\d.]+ s\\] succeeded, done .*")), first.out);

        JsonNode analysis = new ObjectMapper().readTree(out.resolve("analysis.json").toFile());
        assertEquals("succeeded", analysis.path("status").asText());
        assertEquals("guided", analysis.path("result").path("axes").path(0).path("method").asText());
        String id = analysis.path("id").asText();
        JsonNode served = new ObjectMapper().readTree(given().get("/v1/analyses/" + id + "/result").asString());

        List<String> sources = lines(out.resolve("sources.csv"));
        assertTrue(sources.get(0).startsWith("source,stance,interval_low,interval_high"), sources.get(0));
        assertEquals(served.path("sources").size() + 1, sources.size());
        for (JsonNode source : served.path("sources")) {
            String row = sources.stream().filter(l -> l.startsWith(source.path("source").asText() + ","))
                    .findFirst().orElseThrow();
            assertEquals(source.path("stance").asDouble(), Double.parseDouble(row.split(",")[1]), 1e-9);
        }
        for (String table : List.of("sources", "documents", "frames")) {
            assertEquals(given().queryParam("format", "csv").queryParam("table", table)
                            .get("/v1/analyses/" + id + "/result").asString(),
                    Files.readString(out.resolve(table + ".csv"), StandardCharsets.UTF_8),
                    table + ".csv is what the service exports");
        }
        List<String> documents = lines(out.resolve("documents.csv"));
        assertEquals(13, documents.size());
        assertTrue(documents.stream().anyMatch(l -> l.contains("cycling-times-0") && l.contains("2025-05-10")),
                "dates from the jsonl 'date' field reach the result: " + documents);
        assertTrue(documents.stream().anyMatch(l -> l.contains("motorist-weekly/motorist-weekly-11.txt")),
                "a .txt file's path is its external id");
        assertEquals(served.path("frames").size() + 1, lines(out.resolve("frames.csv")).size());
        assertEquals(!served.path("speakers").isEmpty(), Files.exists(out.resolve("speakers.csv")));

        Run again = run("--server", server.toString(), "--input", FIXTURE.toString(), "--corpus", corpus,
                "--out", out.toString(), "--chunk-size", "5", "--poll", "0.2");
        assertEquals(0, again.exit, again.err);
        assertTrue(again.out.contains("reusing corpus '" + corpus + "'"), again.out);
        assertTrue(again.out.contains("0 new, 12 already in the corpus"), again.out);
        assertEquals(1, (int) given().queryParam("name", corpus).get("/v1/corpora").path("size()"));
    }

    @Test
    void wrongUsageSaysHowToUseIt() {
        Run run = run("--server", server.toString(), "--corpus", "x");
        assertEquals(2, run.exit);
        assertTrue(run.err.contains("--input"), run.err);
        assertTrue(run.err.contains("Usage: batch"), run.err);
    }

    @Test
    void aRequestTheServerRefusesEndsWithItsProblem() {
        Run run = run("--server", server.toString(), "--input", FIXTURE.toString(), "--corpus",
                "x".repeat(300), "--out", "target/batch-test/refused");
        assertEquals(1, run.exit, run.out);
        assertTrue(run.err.contains("HTTP 422") && run.err.contains("name"), run.err);
    }

    private static List<String> lines(Path csv) throws IOException {
        return List.of(Files.readString(csv, StandardCharsets.UTF_8).split("\r\n"));
    }

    private static Run run(String... args) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int exit = new BatchCommand(new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8)).run(args, Map.of());
        return new Run(exit, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
    }

    private record Run(int exit, String out, String err) {
    }
}
