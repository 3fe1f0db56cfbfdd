package org.narrativelens.security;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/** Every operation of openapi.yaml under /v1, read from the contract so that new endpoints are covered at once. */
final class ContractOperations {

    private static final Set<String> METHODS = Set.of("get", "put", "post", "delete", "patch");

    private ContractOperations() {
    }

    /** One operation: its method, path template, id, path parameters and whether it takes a body. */
    record Operation(String method, String path, String operationId, List<String> pathParameters,
                     boolean hasRequestBody) {

        @Override
        public String toString() {
            return method + " " + path + " (" + operationId + ")";
        }
    }

    static List<Operation> v1() {
        JsonNode contract;
        try {
            contract = new ObjectMapper(new YAMLFactory()).readTree(Path.of("openapi.yaml").toFile());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        List<Operation> operations = new ArrayList<>();
        contract.get("paths").fields().forEachRemaining(path -> {
            if (!path.getKey().startsWith("/v1/") && !path.getKey().equals("/v1")) {
                return;
            }
            path.getValue().fields().forEachRemaining(method -> {
                if (!METHODS.contains(method.getKey())) {
                    return;
                }
                JsonNode operation = method.getValue();
                List<String> pathParameters = new ArrayList<>();
                for (JsonNode list : List.of(path.getValue().path("parameters"), operation.path("parameters"))) {
                    for (JsonNode parameter : list) {
                        JsonNode resolved = resolve(contract, parameter);
                        if ("path".equals(resolved.path("in").asText())) {
                            pathParameters.add(resolved.get("name").asText());
                        }
                    }
                }
                operations.add(new Operation(method.getKey().toUpperCase(), path.getKey(),
                        operation.path("operationId").asText(method.getKey() + " " + path.getKey()),
                        List.copyOf(pathParameters), operation.has("requestBody")));
            });
        });
        if (operations.isEmpty()) {
            throw new IllegalStateException("openapi.yaml has no operation under /v1");
        }
        return operations;
    }

    private static JsonNode resolve(JsonNode contract, JsonNode node) {
        if (!node.has("$ref")) {
            return node;
        }
        return contract.at(node.get("$ref").asText().substring(1));
    }
}
