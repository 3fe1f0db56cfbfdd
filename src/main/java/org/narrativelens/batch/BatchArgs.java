package org.narrativelens.batch;

import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The batch command's options.
 *
 * @param server      base URL of the service, e.g. {@code http://localhost:8080}
 * @param input       a folder, a {@code .jsonl} file, or a {@code .json} file of documents
 * @param corpus      corpus name: reused when the server has one of that name, created otherwise
 * @param out         folder for {@code analysis.json} and the CSV tables
 * @param request     optional JSON file with the analysis request (frames, anchors, options)
 * @param apiKey      optional key sent as {@code X-API-Key}
 * @param chunkSize   documents per upload request
 * @param chunkBytes  largest JSON body per upload request, in bytes (a chunk is split below it)
 * @param retries     retries of one request after a failure worth retrying
 * @param poll        interval between progress polls
 * @param timeout     how long to wait for the analysis before giving up
 */
public record BatchArgs(String server, Path input, String corpus, Path out, Path request, String apiKey,
                        int chunkSize, long chunkBytes, int retries, Duration poll, Duration timeout) {

    public static final String USAGE = """
            Usage: batch --server URL --input PATH --corpus NAME [options]
              --server URL        the Narrative Lens service, e.g. http://localhost:8080
              --input PATH        a folder (of .jsonl, .json and <source>/<name>.txt files), a .jsonl or a .json file
              --corpus NAME       corpus to reuse by name, or to create
              --out DIR           where analysis.json and the CSV tables go (default: batch-out)
              --request FILE      analysis request as JSON: {"frames": [...], "anchors": {...}, "options": {...}}
              --api-key KEY       sent as X-API-Key (default: environment NARRATIVE_LENS_API_KEY)
              --chunk-size N      documents per upload request (default 200)
              --chunk-bytes N     largest upload body in bytes (default 8000000)
              --retries N         retries per request after a network error, 429 or 5xx (default 5)
              --poll SECONDS      progress poll interval (default 1)
              --timeout MINUTES   give up waiting for the analysis after this long (default 60)
            """;

    /** Parses the command line; throws {@link IllegalArgumentException} with a message for the user. */
    public static BatchArgs parse(String[] args, Map<String, String> environment) {
        String server = null;
        String input = null;
        String corpus = null;
        String out = "batch-out";
        String request = null;
        String apiKey = environment.get("NARRATIVE_LENS_API_KEY");
        int chunkSize = 200;
        long chunkBytes = 8_000_000;
        int retries = 5;
        double poll = 1;
        double timeout = 60;
        List<String> rest = new ArrayList<>(List.of(args));
        while (!rest.isEmpty()) {
            String option = rest.remove(0);
            if (rest.isEmpty()) {
                throw new IllegalArgumentException(option + " needs a value");
            }
            String value = rest.remove(0);
            switch (option) {
                case "--server" -> server = value.replaceAll("/+$", "");
                case "--input" -> input = value;
                case "--corpus" -> corpus = value;
                case "--out" -> out = value;
                case "--request" -> request = value;
                case "--api-key" -> apiKey = value;
                case "--chunk-size" -> chunkSize = positive(option, value);
                case "--chunk-bytes" -> chunkBytes = positive(option, value);
                case "--retries" -> retries = Math.max(0, (int) number(option, value));
                case "--poll" -> poll = number(option, value);
                case "--timeout" -> timeout = number(option, value);
                default -> throw new IllegalArgumentException("Unknown option " + option);
            }
        }
        if (server == null || input == null || corpus == null || corpus.isBlank()) {
            throw new IllegalArgumentException("--server, --input and --corpus are required");
        }
        return new BatchArgs(server, Path.of(input), corpus.strip(), Path.of(out), request == null ? null : Path.of(request),
                apiKey == null || apiKey.isBlank() ? null : apiKey, chunkSize, chunkBytes, retries,
                Duration.ofMillis(Math.max(50, (long) (poll * 1000))), Duration.ofMillis((long) (timeout * 60_000)));
    }

    private static int positive(String option, String value) {
        double n = number(option, value);
        if (n < 1 || n != Math.rint(n)) {
            throw new IllegalArgumentException(option + " must be a whole number of at least 1, not " + value);
        }
        return (int) n;
    }

    private static double number(String option, String value) {
        try {
            return Double.parseDouble(value);
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException(option + " must be a number, not " + value);
        }
    }
}
