package org.narrativelens.observability;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.smallrye.config.PropertiesConfigSource;
import io.smallrye.config.SmallRyeConfig;
import io.smallrye.config.SmallRyeConfigBuilder;
import java.io.IOException;
import java.io.InputStream;
import java.net.URL;
import org.junit.jupiter.api.Test;

/** Logs are JSON in prod and readable lines in dev and test, through a property the extension still honours. */
class LoggingConfigTest {

    private static final String JSON_ENABLED = "quarkus.log.console.json.enabled";

    @Test
    void jsonInProdOnly() throws IOException {
        assertTrue(profile("prod").getValue(JSON_ENABLED, Boolean.class), "prod logs JSON");
        assertEquals("narrative-lens",
                profile("prod").getValue("quarkus.log.console.json.additional-field.service.value", String.class));
        assertFalse(profile("dev").getValue(JSON_ENABLED, Boolean.class), "dev logs readable lines");
        assertFalse(profile("test").getValue(JSON_ENABLED, Boolean.class), "test logs readable lines");
        assertFalse(profile("pgtest").getValue(JSON_ENABLED, Boolean.class), "pgtest inherits test");
    }

    @Test
    void thePropertyIsTheExtensionsCurrentOneNotADeprecatedName() throws IOException {
        URL model = null;
        for (URL candidate : java.util.Collections.list(getClass().getClassLoader()
                .getResources("META-INF/quarkus-config-doc/quarkus-config-model.json"))) {
            if (candidate.toString().contains("quarkus-logging-json")) {
                model = candidate;
            }
        }
        assertNotNull(model, "quarkus-logging-json's config model is on the class path");
        JsonNode property = null;
        try (InputStream in = model.openStream()) {
            for (JsonNode node : new ObjectMapper().readTree(in).findParents("path")) {
                if (JSON_ENABLED.equals(node.path("path").path("property").asText())) {
                    property = node;
                }
            }
        }
        assertNotNull(property, JSON_ENABLED + " is a property of the extension");
        assertTrue(property.path("deprecation").isMissingNode(), JSON_ENABLED + " is not deprecated");
    }

    private static SmallRyeConfig profile(String profile) throws IOException {
        URL properties = LoggingConfigTest.class.getClassLoader().getResource("application.properties");
        return new SmallRyeConfigBuilder()
                .withProfile(profile)
                .withSources(new PropertiesConfigSource(properties, 250))
                .addDefaultInterceptors()
                .build();
    }
}
