package org.narrativelens.api.contract;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;

/** jqwik arbitraries for the instances of an openapi.yaml schema: valid ones, and mutations of valid ones. */
public final class SchemaArbitraries {

    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;
    private static final ObjectMapper JSON = new ObjectMapper();
    /** Longest valid string generated, whatever maxLength allows: long enough to matter, short enough to be fast. */
    private static final int LONGEST_VALID_STRING = 300;

    private final OpenApiContract contract;
    private final Map<String, Arbitrary<String>> stringsByProperty;

    /** {@code stringsByProperty}: where a property name calls for realistic values (dates, known sources). */
    public SchemaArbitraries(OpenApiContract contract, Map<String, Arbitrary<String>> stringsByProperty) {
        this.contract = contract;
        this.stringsByProperty = stringsByProperty;
    }

    /** Instances that satisfy the schema. */
    public Arbitrary<JsonNode> valid(JsonNode schemaOrRef) {
        return valid(schemaOrRef, null);
    }

    private Arbitrary<JsonNode> valid(JsonNode schemaOrRef, String propertyName) {
        JsonNode schema = contract.resolve(schemaOrRef);
        if (schema.has("enum")) {
            List<JsonNode> values = new ArrayList<>();
            schema.get("enum").forEach(values::add);
            return Arbitraries.of(values);
        }
        return switch (schema.path("type").asText("object")) {
            case "object" -> object(schema);
            case "array" -> valid(schema.get("items"), propertyName).list()
                    .ofMinSize(schema.path("minItems").asInt(0))
                    .ofMaxSize(Math.min(schema.path("maxItems").asInt(4), 4))
                    .map(items -> {
                        ArrayNode array = NODES.arrayNode();
                        items.forEach(array::add);
                        return array;
                    });
            case "string" -> string(schema, propertyName).map(NODES::textNode);
            case "integer" -> Arbitraries.longs()
                    .between(schema.path("minimum").asLong(-1000), schema.path("maximum").asLong(1000))
                    .map(NODES::numberNode);
            case "number" -> Arbitraries.doubles()
                    .between(schema.path("minimum").asDouble(-1e6), schema.path("maximum").asDouble(1e6))
                    .map(NODES::numberNode);
            case "boolean" -> Arbitraries.of(true, false).map(NODES::booleanNode);
            default -> throw new IllegalArgumentException("Unsupported schema type in " + schema);
        };
    }

    private Arbitrary<JsonNode> object(JsonNode schema) {
        List<String> names = new ArrayList<>();
        List<Arbitrary<JsonNode>> values = new ArrayList<>();
        List<String> required = new ArrayList<>();
        schema.path("required").forEach(name -> required.add(name.asText()));
        schema.path("properties").fields().forEachRemaining(property -> {
            names.add(property.getKey());
            Arbitrary<JsonNode> value = valid(property.getValue(), property.getKey());
            // an optional property is absent a third of the time (null here stands for "leave it out")
            values.add(required.contains(property.getKey()) ? value : value.injectNull(0.33));
        });
        JsonNode additional = schema.get("additionalProperties");
        Arbitrary<Map<String, JsonNode>> extra = additional != null && additional.isObject() && names.isEmpty()
                ? Arbitraries.maps(Arbitraries.oneOf(Arbitraries.of("A", "B"), Arbitraries.strings().alpha()
                        .ofMinLength(1).ofMaxLength(8)), valid(additional)).ofMaxSize(3)
                : Arbitraries.just(Map.of());
        Arbitrary<List<JsonNode>> fixed = values.isEmpty() ? Arbitraries.just(List.of()) : Combinators.combine(values).as(list -> list);
        return Combinators.combine(fixed, extra).as((fields, more) -> {
            ObjectNode object = NODES.objectNode();
            for (int i = 0; i < names.size(); i++) {
                if (fields.get(i) != null) {
                    object.set(names.get(i), fields.get(i));
                }
            }
            more.forEach(object::set);
            return object;
        });
    }

    private Arbitrary<String> string(JsonNode schema, String propertyName) {
        if (propertyName != null && stringsByProperty.containsKey(propertyName)) {
            return stringsByProperty.get(propertyName);
        }
        if (schema.path("format").asText("").equals("uuid")) {
            return Arbitraries.longs().tuple2().map(t -> new UUID(t.get1(), t.get2()).toString());
        }
        int min = schema.path("minLength").asInt(0);
        int max = Math.max(min, Math.min(schema.path("maxLength").asInt(LONGEST_VALID_STRING), LONGEST_VALID_STRING));
        return Arbitraries.strings().withCharRange('a', 'z').withCharRange('A', 'Z').withChars(" .,;'-\n\u00e9\u4e2d")
                .ofMinLength(min).ofMaxLength(max);
    }

    /** Valid instances, each changed in one way that a careless or hostile client might send. */
    public Arbitrary<FuzzBody> mutated(JsonNode schema) {
        return Combinators.combine(valid(schema), Arbitraries.of(Mutation.values()),
                        Arbitraries.integers().between(0, 1_000_000), garbage())
                .as((instance, mutation, where, bytes) -> mutation.apply(instance, where, bytes));
    }

    private static Arbitrary<byte[]> garbage() {
        return Arbitraries.bytes().array(byte[].class).ofMaxSize(200);
    }

    /** A request body as bytes and what it is, for failure messages. */
    public record FuzzBody(String description, byte[] bytes) {

        static FuzzBody json(String description, JsonNode node) {
            try {
                return new FuzzBody(description, JSON.writeValueAsBytes(node));
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
        }

        public String preview() {
            String text = new String(bytes, java.nio.charset.StandardCharsets.UTF_8);
            return description + ": " + (text.length() > 300 ? text.substring(0, 300) + "...(" + bytes.length + " bytes)" : text);
        }
    }

    /** The ways a valid instance is spoiled. */
    public enum Mutation {
        WRONG_TYPE {
            @Override
            FuzzBody apply(JsonNode instance, int where, byte[] garbage) {
                JsonNode copy = instance.deepCopy();
                List<Slot> slots = slots(copy);
                Slot slot = slots.get(where % slots.size());
                JsonNode replacement = otherType(slot.get(copy), where);
                return FuzzBody.json(name() + " at " + slot.describe(), slot.set(copy, replacement));
            }
        },
        MISSING_PROPERTY {
            @Override
            FuzzBody apply(JsonNode instance, int where, byte[] garbage) {
                JsonNode copy = instance.deepCopy();
                List<Slot> fields = slots(copy).stream().filter(s -> s.name != null).toList();
                if (fields.isEmpty()) {
                    return FuzzBody.json(name() + " (nothing to remove)", copy);
                }
                Slot slot = fields.get(where % fields.size());
                ((ObjectNode) slot.parent).remove(slot.name);
                return FuzzBody.json(name() + " " + slot.describe(), copy);
            }
        },
        HUGE_STRING {
            @Override
            FuzzBody apply(JsonNode instance, int where, byte[] garbage) {
                JsonNode copy = instance.deepCopy();
                List<Slot> slots = slots(copy).stream().filter(s -> s.get(copy).isTextual()).toList();
                String huge = "h\u00e9".repeat(5_000 + where % 120_000);
                if (slots.isEmpty()) {
                    return FuzzBody.json(name() + " as the body", NODES.textNode(huge));
                }
                Slot slot = slots.get(where % slots.size());
                return FuzzBody.json(name() + " (" + huge.length() + " chars) at " + slot.describe(),
                        slot.set(copy, NODES.textNode(huge)));
            }
        },
        ODD_CHARACTERS {
            @Override
            FuzzBody apply(JsonNode instance, int where, byte[] garbage) {
                JsonNode copy = instance.deepCopy();
                List<Slot> slots = slots(copy).stream().filter(s -> s.get(copy).isTextual()).toList();
                String[] odd = {"\u0000", "a\u0007b", "\ud800", "x\udc00y", "\u001b[31m", " \t\n ", "", "\u202e\ufeff",
                        "\uffff", "%00", "' OR 1=1 --", "</script>"};
                String value = odd[where % odd.length];
                if (slots.isEmpty()) {
                    return FuzzBody.json(name() + " as the body", NODES.textNode(value));
                }
                Slot slot = slots.get(where % slots.size());
                return FuzzBody.json(name() + " at " + slot.describe(), slot.set(copy, NODES.textNode(value)));
            }
        },
        UNKNOWN_PROPERTY {
            @Override
            FuzzBody apply(JsonNode instance, int where, byte[] garbage) {
                JsonNode copy = instance.deepCopy();
                List<Slot> objects = slots(copy).stream().filter(s -> s.get(copy).isObject()).toList();
                if (objects.isEmpty()) {
                    return FuzzBody.json(name() + " (no object)", copy);
                }
                Slot slot = objects.get(where % objects.size());
                ((ObjectNode) slot.get(copy)).put("unexpected" + where % 10, where);
                return FuzzBody.json(name() + " in " + slot.describe(), copy);
            }
        },
        EXTREME_NUMBER {
            @Override
            FuzzBody apply(JsonNode instance, int where, byte[] garbage) {
                JsonNode copy = instance.deepCopy();
                List<Slot> slots = slots(copy).stream().filter(s -> s.get(copy).isNumber()).toList();
                JsonNode[] extremes = {NODES.numberNode(Long.MAX_VALUE), NODES.numberNode(Long.MIN_VALUE),
                        NODES.numberNode(new java.math.BigInteger("99999999999999999999999")), NODES.numberNode(-1),
                        NODES.numberNode(1.5), NODES.numberNode(new java.math.BigDecimal("1e400"))};
                JsonNode value = extremes[where % extremes.length];
                if (slots.isEmpty()) {
                    return FuzzBody.json(name() + " as the body", value);
                }
                Slot slot = slots.get(where % slots.size());
                return FuzzBody.json(name() + " at " + slot.describe(), slot.set(copy, value));
            }
        },
        TRUNCATED {
            @Override
            FuzzBody apply(JsonNode instance, int where, byte[] garbage) {
                byte[] whole = FuzzBody.json("", instance).bytes();
                int cut = whole.length <= 1 ? 0 : 1 + where % (whole.length - 1);
                return new FuzzBody(name() + " after " + cut + " bytes", java.util.Arrays.copyOf(whole, cut));
            }
        },
        GARBAGE_BYTES {
            @Override
            FuzzBody apply(JsonNode instance, int where, byte[] garbage) {
                return new FuzzBody(name(), garbage);
            }
        },
        NULL_BODY {
            @Override
            FuzzBody apply(JsonNode instance, int where, byte[] garbage) {
                return new FuzzBody(name(), "null".getBytes(java.nio.charset.StandardCharsets.UTF_8));
            }
        };

        abstract FuzzBody apply(JsonNode instance, int where, byte[] garbage);
    }

    /** A place in a JSON tree: the root (no parent), a named field or an array element. */
    private record Slot(JsonNode parent, String name, int index, String path) {

        JsonNode get(JsonNode root) {
            return parent == null ? root : name != null ? parent.get(name) : parent.get(index);
        }

        /** Sets the value here and returns the (possibly new) root. */
        JsonNode set(JsonNode root, JsonNode value) {
            if (parent == null) {
                return value;
            }
            if (name != null) {
                ((ObjectNode) parent).set(name, value);
            } else {
                ((ArrayNode) parent).set(index, value);
            }
            return root;
        }

        String describe() {
            return path;
        }
    }

    private static List<Slot> slots(JsonNode root) {
        List<Slot> slots = new ArrayList<>();
        slots.add(new Slot(null, null, -1, "$"));
        collect(root, "$", slots);
        return slots;
    }

    private static void collect(JsonNode node, String path, List<Slot> out) {
        if (node.isObject()) {
            for (Iterator<String> names = node.fieldNames(); names.hasNext(); ) {
                String name = names.next();
                out.add(new Slot(node, name, -1, path + "." + name));
                collect(node.get(name), path + "." + name, out);
            }
        } else if (node.isArray()) {
            for (int i = 0; i < node.size(); i++) {
                out.add(new Slot(node, null, i, path + "[" + i + "]"));
                collect(node.get(i), path + "[" + i + "]", out);
            }
        }
    }

    private static JsonNode otherType(JsonNode current, int where) {
        List<JsonNode> candidates = new ArrayList<>(List.of(NODES.textNode("text"), NODES.numberNode(7),
                NODES.booleanNode(true), NODES.objectNode().put("k", 1), NODES.arrayNode().add(1), NODES.nullNode()));
        candidates.removeIf(candidate -> candidate.getNodeType() == current.getNodeType());
        return candidates.get(where % candidates.size());
    }
}
