package org.narrativelens.api.contract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/** The fuzzer's own generators: valid instances satisfy their schema, and the validator catches what breaks it. */
class SchemaArbitrariesTest {

    private static final OpenApiContract CONTRACT = OpenApiContract.load(Path.of("openapi.yaml"));
    private static final SchemaValidator VALIDATOR = new SchemaValidator(CONTRACT);
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final List<String> REQUEST_SCHEMAS = List.of("NewCorpus", "DocumentSubmission", "AnalysisSubmission");

    @Property(tries = 300, seed = "42")
    void validInstancesSatisfyTheirSchema(@ForAll("validInstances") Map.Entry<String, JsonNode> instance) {
        assertEquals(List.of(), VALIDATOR.violations(instance.getValue(), ref(instance.getKey())));
    }

    @Property(tries = 200, seed = "42")
    void droppingARequiredPropertyOrAddingAnUnknownOneIsCaught(@ForAll("validInstances") Map.Entry<String, JsonNode> instance) {
        JsonNode schema = CONTRACT.resolve(ref(instance.getKey()));
        if (schema.path("required").size() > 0) {
            JsonNode copy = instance.getValue().deepCopy();
            ((com.fasterxml.jackson.databind.node.ObjectNode) copy).remove(schema.get("required").get(0).asText());
            assertFalse(VALIDATOR.violations(copy, schema).isEmpty());
        }
        JsonNode extended = ((com.fasterxml.jackson.databind.node.ObjectNode) instance.getValue().deepCopy()).put("zz", 1);
        assertFalse(VALIDATOR.violations(extended, schema).isEmpty(), "additionalProperties: false is enforced");
    }

    @Provide
    Arbitrary<Map.Entry<String, JsonNode>> validInstances() {
        SchemaArbitraries arbitraries = new SchemaArbitraries(CONTRACT, Map.of());
        return Arbitraries.of(REQUEST_SCHEMAS).flatMap(name -> arbitraries.valid(ref(name)).map(node -> Map.entry(name, node)));
    }

    private static JsonNode ref(String schema) {
        return JSON.createObjectNode().put("$ref", "#/components/schemas/" + schema);
    }
}
