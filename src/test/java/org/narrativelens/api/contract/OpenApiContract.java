package org.narrativelens.api.contract;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.MissingNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** openapi.yaml parsed into its operations, with every {@code $ref} resolvable against the document. */
public final class OpenApiContract {

    private static final Set<String> METHODS = Set.of("get", "put", "post", "delete", "patch");

    private final JsonNode document;

    private OpenApiContract(JsonNode document) {
        this.document = document;
    }

    public static OpenApiContract load(Path file) {
        try {
            return new OpenApiContract(new ObjectMapper(new YAMLFactory()).readTree(file.toFile()));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Follows {@code $ref} (repeatedly) to the node it names; other nodes are returned as they are. */
    public JsonNode resolve(JsonNode node) {
        JsonNode current = node;
        while (current != null && current.has("$ref")) {
            String ref = current.get("$ref").asText();
            if (!ref.startsWith("#/")) {
                throw new IllegalArgumentException("Only local references are supported: " + ref);
            }
            current = document.at(ref.substring(1));
            if (current instanceof MissingNode) {
                throw new IllegalArgumentException("Unresolvable reference " + ref);
            }
        }
        return current;
    }

    public List<Operation> operations() {
        List<Operation> operations = new ArrayList<>();
        document.get("paths").fields().forEachRemaining(path -> path.getValue().fields().forEachRemaining(entry -> {
            if (METHODS.contains(entry.getKey())) {
                operations.add(operation(path.getKey(), entry.getKey(), entry.getValue()));
            }
        }));
        return operations;
    }

    private Operation operation(String path, String method, JsonNode node) {
        List<Parameter> parameters = new ArrayList<>();
        node.path("parameters").forEach(p -> {
            JsonNode parameter = resolve(p);
            parameters.add(new Parameter(parameter.get("name").asText(), parameter.get("in").asText(),
                    parameter.path("required").asBoolean(false), parameter.get("schema")));
        });
        JsonNode body = node.path("requestBody");
        JsonNode bodySchema = body.isMissingNode() ? null : resolve(body).path("content").path("application/json").get("schema");
        boolean bodyRequired = !body.isMissingNode() && resolve(body).path("required").asBoolean(false);
        Map<Integer, Response> responses = new LinkedHashMap<>();
        node.get("responses").fields().forEachRemaining(r -> {
            JsonNode response = resolve(r.getValue());
            Map<String, JsonNode> content = new LinkedHashMap<>();
            response.path("content").fields().forEachRemaining(c -> content.put(c.getKey(), c.getValue().get("schema")));
            responses.put(Integer.parseInt(r.getKey()), new Response(content, response.path("headers")));
        });
        return new Operation(node.get("operationId").asText(), method.toUpperCase(), path, parameters, bodySchema,
                bodyRequired, responses);
    }

    /** One documented operation. */
    public record Operation(String id, String method, String path, List<Parameter> parameters, JsonNode bodySchema,
                            boolean bodyRequired, Map<Integer, Response> responses) {
    }

    /** A path or query parameter. */
    public record Parameter(String name, String in, boolean required, JsonNode schema) {
    }

    /** A documented response: its body schema per media type, and its headers. */
    public record Response(Map<String, JsonNode> content, JsonNode headers) {
    }
}
