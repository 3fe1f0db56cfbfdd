package org.narrativelens.api;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.narrativelens.embed.ModelManifest;

/** The probe endpoints the Kubernetes manifests point at, and what readiness is made of. */
@QuarkusTest
class HealthApiTest {

    @Test
    void readinessReportsTheVerifiedModelAndTheDatabase() {
        JsonPath ready = given().when().get("/q/health/ready")
                .then().statusCode(200).body("status", equalTo("UP"))
                .body("checks.name", hasItem("embedding-model"))
                .body("checks.name", hasItem("Database connections health check"))
                .extract().jsonPath();

        String expectedSha = ModelManifest.read(Path.of("models/manifest.json")).find("all-minilm-l6-v2")
                .orElseThrow().sha256();
        assertEquals("UP", ready.getString("checks.find { it.name == 'embedding-model' }.status"));
        assertEquals("ready", ready.getString("checks.find { it.name == 'embedding-model' }.data.phase"));
        assertEquals("all-minilm-l6-v2", ready.getString("checks.find { it.name == 'embedding-model' }.data.model"));
        assertEquals(expectedSha, ready.getString("checks.find { it.name == 'embedding-model' }.data.sha256"));
        assertEquals("UP", ready.getString("checks.find { it.name == 'Database connections health check' }.status"));
    }

    @Test
    void livenessAndStartupAnswer() {
        given().when().get("/q/health/live").then().statusCode(200).body("status", equalTo("UP"));
        given().when().get("/q/health/started").then().statusCode(200).body("status", equalTo("UP"));
    }
}
