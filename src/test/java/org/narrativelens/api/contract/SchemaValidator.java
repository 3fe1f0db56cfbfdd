package org.narrativelens.api.contract;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;

/** Validates JSON against the OpenAPI 3.0 schema subset that openapi.yaml uses; lists every violation by path. */
public final class SchemaValidator {

    private final OpenApiContract contract;

    public SchemaValidator(OpenApiContract contract) {
        this.contract = contract;
    }

    public List<String> violations(JsonNode instance, JsonNode schema) {
        List<String> violations = new ArrayList<>();
        check(instance, schema, "$", violations);
        return violations;
    }

    private void check(JsonNode value, JsonNode schemaOrRef, String at, List<String> out) {
        JsonNode schema = contract.resolve(schemaOrRef);
        if (value.isNull()) {
            if (!schema.path("nullable").asBoolean(false)) {
                out.add(at + ": null is not allowed");
            }
            return;
        }
        String type = schema.path("type").asText("");
        switch (type) {
            case "object" -> checkObject(value, schema, at, out);
            case "array" -> checkArray(value, schema, at, out);
            case "string" -> checkString(value, schema, at, out);
            case "integer" -> {
                if (!value.isIntegralNumber()) {
                    out.add(at + ": expected an integer, got " + value.getNodeType());
                } else {
                    checkRange(value, schema, at, out);
                }
            }
            case "number" -> {
                if (!value.isNumber()) {
                    out.add(at + ": expected a number, got " + value.getNodeType());
                } else {
                    checkRange(value, schema, at, out);
                }
            }
            case "boolean" -> {
                if (!value.isBoolean()) {
                    out.add(at + ": expected a boolean, got " + value.getNodeType());
                }
            }
            case "" -> { }
            default -> out.add(at + ": schema type '" + type + "' is not supported by this validator");
        }
        if (schema.has("enum")) {
            Set<JsonNode> allowed = new HashSet<>();
            schema.get("enum").forEach(allowed::add);
            if (!allowed.contains(value)) {
                out.add(at + ": " + value + " is not one of " + schema.get("enum"));
            }
        }
    }

    private void checkObject(JsonNode value, JsonNode schema, String at, List<String> out) {
        if (!value.isObject()) {
            out.add(at + ": expected an object, got " + value.getNodeType());
            return;
        }
        schema.path("required").forEach(name -> {
            if (!value.has(name.asText())) {
                out.add(at + ": required property '" + name.asText() + "' is missing");
            }
        });
        JsonNode properties = schema.path("properties");
        JsonNode additional = schema.get("additionalProperties");
        value.fields().forEachRemaining(field -> {
            String path = at + "." + field.getKey();
            if (properties.has(field.getKey())) {
                check(field.getValue(), properties.get(field.getKey()), path, out);
            } else if (additional != null && additional.isBoolean() && !additional.asBoolean()) {
                out.add(path + ": property is not allowed");
            } else if (additional != null && additional.isObject()) {
                check(field.getValue(), additional, path, out);
            }
        });
    }

    private void checkArray(JsonNode value, JsonNode schema, String at, List<String> out) {
        if (!value.isArray()) {
            out.add(at + ": expected an array, got " + value.getNodeType());
            return;
        }
        if (schema.has("maxItems") && value.size() > schema.get("maxItems").asInt()) {
            out.add(at + ": " + value.size() + " items, more than maxItems " + schema.get("maxItems"));
        }
        if (schema.has("minItems") && value.size() < schema.get("minItems").asInt()) {
            out.add(at + ": " + value.size() + " items, fewer than minItems " + schema.get("minItems"));
        }
        for (int i = 0; i < value.size(); i++) {
            check(value.get(i), schema.get("items"), at + "[" + i + "]", out);
        }
    }

    private static void checkString(JsonNode value, JsonNode schema, String at, List<String> out) {
        if (!value.isTextual()) {
            out.add(at + ": expected a string, got " + value.getNodeType());
            return;
        }
        String text = value.asText();
        if (schema.has("maxLength") && text.length() > schema.get("maxLength").asInt()) {
            out.add(at + ": length " + text.length() + " is over maxLength " + schema.get("maxLength"));
        }
        if (schema.has("minLength") && text.length() < schema.get("minLength").asInt()) {
            out.add(at + ": length " + text.length() + " is under minLength " + schema.get("minLength"));
        }
        String format = schema.path("format").asText("");
        try {
            if (format.equals("uuid")) {
                UUID.fromString(text);
            } else if (format.equals("date-time")) {
                OffsetDateTime.parse(text);
            }
        } catch (IllegalArgumentException | DateTimeParseException e) {
            out.add(at + ": '" + text + "' is not a valid " + format);
        }
    }

    private static void checkRange(JsonNode value, JsonNode schema, String at, List<String> out) {
        double number = value.asDouble();
        if (Double.isNaN(number) || Double.isInfinite(number)) {
            out.add(at + ": " + value + " is not a finite number");
        }
        if (schema.has("minimum") && number < schema.get("minimum").asDouble()) {
            out.add(at + ": " + value + " is below minimum " + schema.get("minimum"));
        }
        if (schema.has("maximum") && number > schema.get("maximum").asDouble()) {
            out.add(at + ": " + value + " is above maximum " + schema.get("maximum"));
        }
    }
}
