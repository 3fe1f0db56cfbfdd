package org.narrativelens.api.contract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/** The fuzzer's own generator: valid instances satisfy their schema, and the validator catches what breaks it. */
class SchemaGeneratorTest {

    private static final OpenApiContract CONTRACT = OpenApiContract.load(Path.of("openapi.yaml"));
    private static final SchemaValidator VALIDATOR = new SchemaValidator(CONTRACT);
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final List<String> REQUEST_SCHEMAS = List.of("NewCorpus", "DocumentSubmission", "AnalysisSubmission");

    private static final SchemaGenerator GENERATOR = new SchemaGenerator(CONTRACT, Map.of());

    @Test
    void validInstancesSatisfyTheirSchema() {
        SplittableRandom random = new SplittableRandom(42);
        for (int i = 0; i < 300; i++) {
            String name = REQUEST_SCHEMAS.get(i % REQUEST_SCHEMAS.size());
            JsonNode instance = GENERATOR.valid(ref(name), random);
            assertEquals(List.of(), VALIDATOR.violations(instance, ref(name)), name + ": " + instance);
        }
    }

    @Test
    void droppingARequiredPropertyOrAddingAnUnknownOneIsCaught() {
        SplittableRandom random = new SplittableRandom(42);
        for (int i = 0; i < 200; i++) {
            String name = REQUEST_SCHEMAS.get(i % REQUEST_SCHEMAS.size());
            JsonNode schema = CONTRACT.resolve(ref(name));
            JsonNode instance = GENERATOR.valid(ref(name), random);
            if (schema.path("required").size() > 0) {
                JsonNode copy = instance.deepCopy();
                ((ObjectNode) copy).remove(schema.get("required").get(0).asText());
                assertFalse(VALIDATOR.violations(copy, schema).isEmpty());
            }
            JsonNode extended = ((ObjectNode) instance.deepCopy()).put("zz", 1);
            assertFalse(VALIDATOR.violations(extended, schema).isEmpty(), "additionalProperties: false is enforced");
        }
    }

    @Test
    void theSameSeedGivesTheSameInstancesAndMutations() {
        SplittableRandom first = new SplittableRandom(7);
        SplittableRandom second = new SplittableRandom(7);
        for (String name : REQUEST_SCHEMAS) {
            assertEquals(GENERATOR.valid(ref(name), first), GENERATOR.valid(ref(name), second));
            assertEquals(GENERATOR.mutated(ref(name), first).preview(), GENERATOR.mutated(ref(name), second).preview());
        }
    }

    private static JsonNode ref(String schema) {
        return JSON.createObjectNode().put("$ref", "#/components/schemas/" + schema);
    }
}
