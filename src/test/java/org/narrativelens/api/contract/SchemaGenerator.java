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
import java.util.SplittableRandom;
import java.util.UUID;
import java.util.function.Function;

/**
 * Seeded generator of instances of an openapi.yaml schema: valid ones, and mutations of valid ones. Every value comes
 * from the {@link SplittableRandom} passed in, so a seed repeats a run exactly.
 */
public final class SchemaGenerator {

    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;
    private static final ObjectMapper JSON = new ObjectMapper();
    /** Longest valid string generated, whatever maxLength allows: long enough to matter, short enough to be fast. */
    private static final int LONGEST_VALID_STRING = 300;

    private static final String LETTERS = "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ .,;'-\n\u00e9\u4e2d";

    private final OpenApiContract contract;
    private final Map<String, Function<SplittableRandom, String>> stringsByProperty;

    /** {@code stringsByProperty}: where a property name calls for realistic values (dates, known sources). */
    public SchemaGenerator(OpenApiContract contract, Map<String, Function<SplittableRandom, String>> stringsByProperty) {
        this.contract = contract;
        this.stringsByProperty = stringsByProperty;
    }

    /** An instance that satisfies the schema. */
    public JsonNode valid(JsonNode schemaOrRef, SplittableRandom random) {
        return valid(schemaOrRef, null, random);
    }

    private JsonNode valid(JsonNode schemaOrRef, String propertyName, SplittableRandom random) {
        JsonNode schema = contract.resolve(schemaOrRef);
        if (schema.has("enum")) {
            return schema.get("enum").get(random.nextInt(schema.get("enum").size()));
        }
        return switch (schema.path("type").asText("object")) {
            case "object" -> object(schema, random);
            case "array" -> {
                int min = schema.path("minItems").asInt(0);
                int max = Math.max(min, Math.min(schema.path("maxItems").asInt(4), 4));
                ArrayNode array = NODES.arrayNode();
                for (int i = size(min, max, random); i > 0; i--) {
                    array.add(valid(schema.get("items"), propertyName, random));
                }
                yield array;
            }
            case "string" -> NODES.textNode(string(schema, propertyName, random));
            case "integer" -> NODES.numberNode(between(schema.path("minimum").asLong(-1000),
                    schema.path("maximum").asLong(1000), random));
            case "number" -> {
                double min = schema.path("minimum").asDouble(-1e6);
                double max = schema.path("maximum").asDouble(1e6);
                int edge = random.nextInt(8);
                yield NODES.numberNode(edge == 0 ? min : edge == 1 ? max : min + random.nextDouble() * (max - min));
            }
            case "boolean" -> NODES.booleanNode(random.nextBoolean());
            default -> throw new IllegalArgumentException("Unsupported schema type in " + schema);
        };
    }

    private JsonNode object(JsonNode schema, SplittableRandom random) {
        List<String> required = new ArrayList<>();
        schema.path("required").forEach(name -> required.add(name.asText()));
        ObjectNode object = NODES.objectNode();
        schema.path("properties").fields().forEachRemaining(property -> {
            // an optional property is absent a third of the time
            if (required.contains(property.getKey()) || random.nextInt(3) > 0) {
                object.set(property.getKey(), valid(property.getValue(), property.getKey(), random));
            }
        });
        JsonNode additional = schema.get("additionalProperties");
        if (additional != null && additional.isObject() && !schema.has("properties")) {
            for (int i = random.nextInt(4); i > 0; i--) {
                String key = random.nextBoolean() ? (random.nextBoolean() ? "A" : "B")
                        : letters(1 + random.nextInt(8), "abcdefghijklmnopqrstuvwxyz", random);
                object.set(key, valid(additional, random));
            }
        }
        return object;
    }

    private String string(JsonNode schema, String propertyName, SplittableRandom random) {
        if (propertyName != null && stringsByProperty.containsKey(propertyName)) {
            return stringsByProperty.get(propertyName).apply(random);
        }
        if (schema.path("format").asText("").equals("uuid")) {
            return new UUID(random.nextLong(), random.nextLong()).toString();
        }
        int min = schema.path("minLength").asInt(0);
        int max = Math.max(min, Math.min(schema.path("maxLength").asInt(LONGEST_VALID_STRING), LONGEST_VALID_STRING));
        return letters(size(min, max, random), LETTERS, random);
    }

    /** A length in [min, max], at either bound one time in four each (where bugs live), else uniform. */
    private static int size(int min, int max, SplittableRandom random) {
        int edge = random.nextInt(8);
        return edge == 0 ? min : edge == 1 ? max : (int) between(min, max, random);
    }

    static long between(long min, long max, SplittableRandom random) {
        return min + (long) (random.nextDouble() * (max - min + 1.0));
    }

    static String letters(int length, String alphabet, SplittableRandom random) {
        StringBuilder text = new StringBuilder(length);
        for (int i = 0; i < length; i++) {
            text.append(alphabet.charAt(random.nextInt(alphabet.length())));
        }
        return text.toString();
    }

    /** A valid instance changed in one way that a careless or hostile client might send. */
    public FuzzBody mutated(JsonNode schema, SplittableRandom random) {
        JsonNode instance = valid(schema, random);
        Mutation mutation = Mutation.values()[random.nextInt(Mutation.values().length)];
        byte[] garbage = new byte[random.nextInt(201)];
        for (int i = 0; i < garbage.length; i++) {
            garbage[i] = (byte) random.nextInt(256);
        }
        return mutation.apply(instance, random.nextInt(1_000_001), garbage);
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
