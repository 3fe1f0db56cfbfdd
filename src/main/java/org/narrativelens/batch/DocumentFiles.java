package org.narrativelens.batch;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.BufferedReader;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.narrativelens.client.model.DocumentSubmission;

/**
 * Reads documents for upload: a {@code .jsonl} file (one document per line), a {@code .json} file (a document or an
 * array of them), or a folder of such files and of {@code <source>/<name>.txt} files (source from the folder name).
 * JSON fields are those of the REST contract; {@code id} stands in for {@code externalId} and a non-empty
 * {@code date} for {@code publishedAt}, as in the evaluation data sets. Files are read in name order.
 */
public final class DocumentFiles {

    private final ObjectMapper json;

    public DocumentFiles(ObjectMapper json) {
        this.json = json;
    }

    public List<DocumentSubmission> read(Path input) throws IOException {
        if (!Files.exists(input)) {
            throw new IllegalArgumentException("No such file or folder: " + input);
        }
        List<DocumentSubmission> documents = new ArrayList<>();
        if (Files.isDirectory(input)) {
            List<Path> files;
            try (Stream<Path> walk = Files.walk(input)) {
                files = walk.filter(Files::isRegularFile).sorted().toList();
            }
            for (Path file : files) {
                readFile(input, file, documents);
            }
        } else {
            readFile(input.getParent() == null ? Path.of(".") : input.getParent(), input, documents);
        }
        return documents;
    }

    private void readFile(Path root, Path file, List<DocumentSubmission> into) throws IOException {
        String name = String.valueOf(file.getFileName());
        if (name.endsWith(".jsonl")) {
            try (BufferedReader lines = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
                String line;
                int number = 0;
                while ((line = lines.readLine()) != null) {
                    number++;
                    if (!line.isBlank()) {
                        into.add(document(parse(line, file + ":" + number)));
                    }
                }
            }
        } else if (name.endsWith(".json")) {
            JsonNode node = parse(Files.readString(file, StandardCharsets.UTF_8), file.toString());
            if (node.isArray()) {
                node.forEach(item -> into.add(document(item)));
            } else {
                into.add(document(node));
            }
        } else if (name.endsWith(".txt")) {
            Path relative = root.relativize(file);
            Path folder = relative.getParent();
            if (folder == null) {
                throw new IllegalArgumentException(file + ": a .txt document must sit in a folder named after its source");
            }
            into.add(new DocumentSubmission()
                    .source(String.valueOf(folder.getFileName()))
                    .externalId(relative.toString().replace('\\', '/'))
                    .text(Files.readString(file, StandardCharsets.UTF_8)));
        }
    }

    private JsonNode parse(String text, String where) {
        try {
            return json.readTree(text);
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException(where + ": not valid JSON (" + e.getOriginalMessage() + ")");
        }
    }

    private static DocumentSubmission document(JsonNode node) {
        return new DocumentSubmission()
                .externalId(text(node, "externalId", text(node, "id", null)))
                .source(text(node, "source", null))
                .title(text(node, "title", null))
                .url(text(node, "url", null))
                .publishedAt(text(node, "publishedAt", text(node, "date", null)))
                .language(text(node, "language", null))
                .text(text(node, "text", null));
    }

    private static String text(JsonNode node, String field, String fallback) {
        JsonNode value = node.get(field);
        return value == null || value.isNull() || value.asText().isBlank() ? fallback : value.asText();
    }
}
