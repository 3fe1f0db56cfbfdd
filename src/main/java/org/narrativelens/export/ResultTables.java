package org.narrativelens.export;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Flattens the tables of an analysis result (sources, speakers, documents, frames) into rows of cells.
 *
 * <p>Works on the JSON of the result rather than on Java types, so that the service's export and the batch
 * command (which holds the result through the generated client) share it, and so that fields added to the result
 * later become columns without changes here: an interval becomes {@code <name>_low} and {@code <name>_high},
 * frame shares one {@code share:<frame label>} column per frame, passages with offsets
 * {@code documentId:start-end} lists, a narrative's sources {@code source:net} and speakers
 * {@code name:+asserts/-disputes} lists, other arrays of values a {@code "; "}-joined cell, other arrays their count.
 * The roles table is each entity's {@code casts}: one row per document, entity and role.
 */
public final class ResultTables {

    /** The tables an analysis result has, in the order they are written. */
    public static final List<String> NAMES = List.of("sources", "speakers", "documents", "frames", "narratives",
            "roles");

    private static final Map<String, List<String>> USUAL_COLUMNS = Map.of(
            "sources", List.of("source", "stance", "interval_low", "interval_high", "passages"),
            "speakers", List.of("name", "stance"),
            "documents", List.of("id", "externalId", "source", "title", "publishedAt", "stance"),
            "frames", List.of("id", "label", "keyphrases", "exemplars", "size"),
            "narratives", List.of("id", "label", "agent", "action", "patient", "negated", "opposes", "statements",
                    "sources", "speakers", "exemplars"),
            "roles", List.of("externalId", "documentId", "source", "entity", "role", "score", "start", "end"));

    private ResultTables() {
    }

    /** The named table; the name must be one of {@link #NAMES}. */
    public static Table table(JsonNode result, String name) {
        if (!NAMES.contains(name)) {
            throw new IllegalArgumentException("No table '" + name + "'; the tables are " + String.join(", ", NAMES));
        }
        Map<String, String> frameColumns = frameColumns(result.path("frames"));
        List<Map<String, String>> rows = new ArrayList<>();
        for (JsonNode item : items(result, name)) {
            rows.add(flatten(item, frameColumns));
        }
        Set<String> seen = new LinkedHashSet<>();
        rows.forEach(row -> seen.addAll(row.keySet()));
        // The usual columns first, in a fixed order, so that every producer of the same result writes the same CSV.
        Set<String> header = new LinkedHashSet<>();
        USUAL_COLUMNS.get(name).stream().filter(column -> seen.isEmpty() || seen.contains(column)).forEach(header::add);
        header.addAll(seen);
        List<String> columns = List.copyOf(header);
        List<List<String>> cells = rows.stream()
                .map(row -> columns.stream().map(column -> row.getOrDefault(column, "")).toList())
                .toList();
        return new Table(name, columns, cells);
    }

    /** The rows of a table: the result's array of that name; for roles, each entity's casts with the entity. */
    private static List<JsonNode> items(JsonNode result, String name) {
        List<JsonNode> items = new ArrayList<>();
        if (!name.equals("roles")) {
            result.path(name).forEach(items::add);
            return items;
        }
        for (JsonNode entity : result.path("entities")) {
            for (JsonNode cast : entity.path("casts")) {
                ObjectNode row = JsonNodeFactory.instance.objectNode();
                row.set("externalId", cast.path("externalId"));
                row.set("documentId", cast.path("documentId"));
                row.set("source", cast.path("source"));
                row.set("entity", entity.path("name"));
                cast.fields().forEachRemaining(field -> row.putIfAbsent(field.getKey(), field.getValue()));
                items.add(row);
            }
        }
        return items;
    }

    /** Column names for frame shares, by frame id, in the order of the result's frames; labels made unique. */
    static Map<String, String> frameColumns(JsonNode frames) {
        Map<String, Long> labelCounts = new LinkedHashMap<>();
        frames.forEach(frame -> labelCounts.merge(frame.path("label").asText(), 1L, Long::sum));
        Map<String, String> columns = new LinkedHashMap<>();
        for (JsonNode frame : frames) {
            String id = frame.path("id").asText();
            String label = frame.path("label").asText();
            columns.put(id, "share:" + (label.isEmpty() || labelCounts.get(label) > 1 ? label + " (" + id + ")" : label));
        }
        return columns;
    }

    private static Map<String, String> flatten(JsonNode item, Map<String, String> frameColumns) {
        Map<String, String> row = new LinkedHashMap<>();
        item.fields().forEachRemaining(field -> {
            String key = field.getKey();
            JsonNode value = field.getValue();
            if (key.equals("frameScores") && value.isObject()) {
                frameColumns.forEach((id, column) -> row.put(column, cell(value.get(id))));
                value.fieldNames().forEachRemaining(id -> {
                    if (!frameColumns.containsKey(id)) {
                        row.put("share:" + id, cell(value.get(id)));
                    }
                });
            } else if (value.isObject()) {
                value.fields().forEachRemaining(child -> {
                    String column = key.equals("interval") || value.has("low") && value.has("high")
                            ? key + "_" + child.getKey() : key + "." + child.getKey();
                    row.put(column, cell(child.getValue()));
                });
            } else {
                row.put(key, cell(value));
            }
        });
        return row;
    }

    private static String cell(JsonNode value) {
        if (value == null || value.isNull() || value.isMissingNode()) {
            return "";
        }
        if (value.isArray()) {
            List<JsonNode> items = new ArrayList<>();
            value.forEach(items::add);
            if (items.stream().allMatch(JsonNode::isValueNode)) {
                return items.stream().map(ResultTables::scalar).collect(Collectors.joining("; "));
            }
            if (items.stream().allMatch(i -> i.has("source") && i.has("net"))) {
                return items.stream().map(i -> i.get("source").asText() + ":" + scalar(i.get("net")))
                        .collect(Collectors.joining("; "));
            }
            if (items.stream().allMatch(i -> i.has("name") && i.has("asserts") && i.has("disputes"))) {
                return items.stream().map(i -> i.get("name").asText() + ":+" + i.get("asserts").asText() + "/-"
                        + i.get("disputes").asText()).collect(Collectors.joining("; "));
            }
            if (items.stream().allMatch(i -> i.has("documentId") && i.has("start") && i.has("end"))) {
                return items.stream()
                        .map(i -> i.get("documentId").asText() + ":" + i.get("start").asText() + "-" + i.get("end").asText())
                        .collect(Collectors.joining("; "));
            }
            return Integer.toString(items.size());
        }
        if (value.isObject()) {
            return value.toString();
        }
        return scalar(value);
    }

    /** Fractions as Java prints a double, whether the JSON was read as double or as decimal (0.0, never 0). */
    private static String scalar(JsonNode value) {
        return value.isNumber() && !value.isIntegralNumber() ? Double.toString(value.doubleValue()) : value.asText();
    }
}
