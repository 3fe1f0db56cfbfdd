package org.narrativelens.jobs;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Runs every shell example of README.md and docs/*.md (a {@code bash} block right after
 * {@code <!-- example: name -->}) with bash against the packaged service, the examples of one file in one shell in
 * order, and checks what each prints against the {@code text} block that follows it: line by line, where
 * {@code <anything>} in a shown line stands for any text (ids, timings). The service gets the key the examples use;
 * {@code localhost:8080} is its port. {@code -Ddocs.update=true} writes what the run printed into the documents
 * instead, keeping the shown lines that still match, so that every figure shown comes from a run.
 */
class DocExamplesIT {

    private static final Pattern MARK = Pattern.compile("<!-- example: ([\\w-]+) -->");
    private static final Pattern PLACEHOLDER = Pattern.compile("<[^<>\\s][^<>]*>");
    private static final String SEPARATOR = "@@@ doc example ";
    private static final boolean UPDATE = Boolean.getBoolean("docs.update");

    @Test
    void everyExamplePrintsWhatTheDocumentsShow() throws Exception {
        Path project = Path.of("").toAbsolutePath();
        List<Path> documents = new ArrayList<>(List.of(project.resolve("README.md")));
        try (Stream<Path> docs = Files.list(project.resolve("docs"))) {
            docs.filter(p -> p.toString().endsWith(".md")).sorted().forEach(documents::add);
        }
        ServiceClient client = new ServiceClient("doc-examples", List.of());
        client.start("service");
        List<String> failures = new ArrayList<>();
        int examples = 0;
        try {
            String base = "127.0.0.1:" + client.service().uri("/").getPort();
            for (Path document : documents) {
                List<String> lines = Files.readAllLines(document, StandardCharsets.UTF_8);
                List<Example> found = Example.parse(lines);
                if (found.isEmpty()) {
                    continue;
                }
                examples += found.size();
                List<List<String>> printed = run(found, base, client.apiKey(), project);
                for (int i = 0; i < found.size(); i++) {
                    Example example = found.get(i);
                    List<String> actual = i < printed.size() ? printed.get(i) : List.of("(not run: an earlier command failed)");
                    if (!example.matches(actual)) {
                        failures.add(project.relativize(document) + ", example " + example.name + ":\n  shown:\n    "
                                + String.join("\n    ", example.shown) + "\n  printed:\n    " + String.join("\n    ", actual));
                    }
                }
                if (UPDATE) {
                    Files.write(document, Example.update(lines, found, printed), StandardCharsets.UTF_8);
                }
            }
        } finally {
            client.stop();
        }
        System.out.printf("DocExamplesIT: %d examples in %d documents, %d not as shown%s%n", examples,
                documents.size(), failures.size(), UPDATE ? " (documents updated)" : "");
        assertTrue(examples > 0, "no example found");
        assertEquals(List.of(), UPDATE ? List.of() : failures,
                "examples that do not print what the documents show (-Ddocs.update=true rewrites them)");
    }

    /** Runs a document's examples in one bash, in order, and splits what they print by example. */
    private static List<List<String>> run(List<Example> examples, String base, String key, Path project)
            throws IOException, InterruptedException {
        StringBuilder script = new StringBuilder("set -euo pipefail\n");
        for (int i = 0; i < examples.size(); i++) {
            script.append("printf '\\n").append(SEPARATOR).append(i).append("\\n'\n");
            script.append(examples.get(i).script.replace("localhost:8080", base)
                    .replace("local-development-key", key)).append('\n');
        }
        Path log = project.resolve("target/doc-examples/stderr.log");
        Files.createDirectories(log.getParent());
        Process bash = new ProcessBuilder("bash", "-c", script.toString()).directory(project.toFile())
                .redirectError(log.toFile()).start();
        String out = new String(bash.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        if (!bash.waitFor(300, TimeUnit.SECONDS)) {
            bash.destroyForcibly();
        }
        List<List<String>> printed = new ArrayList<>();
        List<String> current = null;
        for (String line : out.split("\n", -1)) {
            if (line.startsWith(SEPARATOR)) {
                current = new ArrayList<>();
                printed.add(current);
            } else if (current != null) {
                current.add(line);
            }
        }
        printed.forEach(DocExamplesIT::trimTrailingBlankLines);
        if (bash.exitValue() != 0 && !printed.isEmpty()) {
            printed.get(printed.size() - 1).add("(exit " + bash.exitValue() + "; stderr: "
                    + Files.readString(log).strip() + ")");
        }
        return printed;
    }

    private static void trimTrailingBlankLines(List<String> lines) {
        while (!lines.isEmpty() && lines.get(lines.size() - 1).isBlank()) {
            lines.remove(lines.size() - 1);
        }
    }

    /** One marked example: its script, the output shown under it and where that block sits (-1 when none). */
    private record Example(String name, String script, List<String> shown, int shownFrom, int shownTo, int scriptEnd) {

        static List<Example> parse(List<String> lines) {
            List<Example> examples = new ArrayList<>();
            for (int i = 0; i < lines.size(); i++) {
                Matcher mark = MARK.matcher(lines.get(i).strip());
                if (!mark.matches()) {
                    continue;
                }
                int open = i + 1;
                if (open >= lines.size() || !lines.get(open).strip().equals("```bash")) {
                    throw new IllegalStateException("line " + (i + 1) + ": an example mark must be followed by ```bash");
                }
                int close = closing(lines, open);
                String script = String.join("\n", lines.subList(open + 1, close));
                int next = close + 1;
                while (next < lines.size() && lines.get(next).isBlank()) {
                    next++;
                }
                if (next < lines.size() && lines.get(next).strip().equals("```text")) {
                    int end = closing(lines, next);
                    examples.add(new Example(mark.group(1), script, List.copyOf(lines.subList(next + 1, end)), next + 1,
                            end, close));
                    i = end;
                } else {
                    examples.add(new Example(mark.group(1), script, List.of(), -1, -1, close));
                    i = close;
                }
            }
            return examples;
        }

        private static int closing(List<String> lines, int open) {
            for (int j = open + 1; j < lines.size(); j++) {
                if (lines.get(j).strip().equals("```")) {
                    return j;
                }
            }
            throw new IllegalStateException("line " + (open + 1) + ": the block is not closed");
        }

        boolean matches(List<String> actual) {
            if (actual.size() != shown.size()) {
                return false;
            }
            for (int i = 0; i < shown.size(); i++) {
                if (!lineMatches(shown.get(i), actual.get(i))) {
                    return false;
                }
            }
            return true;
        }

        static boolean lineMatches(String shown, String actual) {
            StringBuilder regex = new StringBuilder();
            Matcher placeholder = PLACEHOLDER.matcher(shown);
            int from = 0;
            while (placeholder.find()) {
                regex.append(Pattern.quote(shown.substring(from, placeholder.start()))).append(".*?");
                from = placeholder.end();
            }
            regex.append(Pattern.quote(shown.substring(from)));
            return Pattern.compile(regex.toString()).matcher(actual).matches();
        }

        /** The document with each example's shown output replaced by what it printed (matching lines kept). */
        static List<String> update(List<String> lines, List<Example> examples, List<List<String>> printed) {
            List<String> out = new ArrayList<>(lines);
            for (int e = examples.size() - 1; e >= 0; e--) {
                Example example = examples.get(e);
                List<String> actual = e < printed.size() ? printed.get(e) : List.of();
                List<String> merged = new ArrayList<>();
                for (int i = 0; i < actual.size(); i++) {
                    boolean keep = i < example.shown.size() && lineMatches(example.shown.get(i), actual.get(i));
                    merged.add(keep ? example.shown.get(i) : actual.get(i));
                }
                if (example.shownFrom >= 0) {
                    out.subList(example.shownFrom, example.shownTo).clear();
                    out.addAll(example.shownFrom, merged);
                } else if (!merged.isEmpty()) {
                    List<String> block = new ArrayList<>(List.of("", "```text"));
                    block.addAll(merged);
                    block.add("```");
                    out.addAll(example.scriptEnd + 1, block);
                }
            }
            return out;
        }
    }
}
