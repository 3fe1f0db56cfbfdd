package org.narrativelens.security;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.io.IOException;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/** openapi.yaml tells clients about the key: the scheme, its global use, and 401 and 429 on every /v1 operation. */
class ContractSecurityTest {

    @Test
    void everyOperationNeedsTheKeyAndDocumentsItsRefusals() throws IOException {
        JsonNode contract = new ObjectMapper(new YAMLFactory()).readTree(Path.of("openapi.yaml").toFile());
        JsonNode scheme = contract.at("/components/securitySchemes/ApiKey");
        assertEquals("apiKey", scheme.path("type").asText());
        assertEquals("header", scheme.path("in").asText());
        assertEquals(ApiKeyFilter.HEADER, scheme.path("name").asText());
        assertTrue(contract.path("security").toString().contains("\"ApiKey\""), "no global security requirement");

        for (ContractOperations.Operation operation : ContractOperations.v1()) {
            JsonNode node = contract.path("paths").path(operation.path()).path(operation.method().toLowerCase());
            assertFalse(node.has("security"), operation + " overrides the global API key requirement");
            assertTrue(node.path("responses").has("401"), operation + " does not document 401");
            assertTrue(node.path("responses").has("429"), operation + " does not document 429");
        }
    }
}
