package org.narrativelens.evaluation;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/** Reads a {@code documents.jsonl} (one JSON object per line: id, source, side, text, optional grouping fields). */
public final class JsonlCorpus {

    private JsonlCorpus() {
    }

    /**
     * Reads every non-blank line; {@code groupField} null puts every document in the group "all".
     *
     * @throws IllegalArgumentException naming the line when a required field is missing or the JSON is malformed
     */
    public static List<EvalDocument> read(Path file, String groupField) {
        ObjectMapper json = new ObjectMapper();
        List<EvalDocument> documents = new ArrayList<>();
        try (BufferedReader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            String line;
            int number = 0;
            while ((line = in.readLine()) != null) {
                number++;
                if (line.isBlank()) {
                    continue;
                }
                JsonNode node;
                try {
                    node = json.readTree(line);
                } catch (IOException e) {
                    throw new IllegalArgumentException(file + " line " + number + ": not JSON: " + e.getMessage(), e);
                }
                String where = file + " line " + number;
                String group = groupField == null ? "all" : required(node, groupField, where);
                documents.add(new EvalDocument(required(node, "id", where), required(node, "source", where),
                        required(node, "side", where), group, text(node, "story"), required(node, "text", where)));
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + file, e);
        }
        return documents;
    }

    /** The documents by group, groups in name order, documents in file order. */
    public static Map<String, List<EvalDocument>> byGroup(List<EvalDocument> documents) {
        Map<String, List<EvalDocument>> groups = new TreeMap<>();
        for (EvalDocument document : documents) {
            groups.computeIfAbsent(document.group(), g -> new ArrayList<>()).add(document);
        }
        return groups;
    }

    private static String required(JsonNode node, String field, String where) {
        String value = text(node, field);
        if (value == null) {
            throw new IllegalArgumentException(where + ": missing field \"" + field + "\"");
        }
        return value;
    }

    private static String text(JsonNode node, String field) {
        JsonNode value = node.get(field);
        return value == null || value.isNull() ? null : value.asText();
    }
}
