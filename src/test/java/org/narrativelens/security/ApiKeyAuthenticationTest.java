package org.narrativelens.security;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import io.restassured.response.Response;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.logging.Handler;
import java.util.logging.Level;
import java.util.logging.LogRecord;
import java.util.logging.Logger;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.narrativelens.api.Problem;

/** With keys configured, every /v1 operation of the contract needs a valid key; health and the contract do not. */
@QuarkusTest
@TestProfile(TenantKeysProfile.class)
class ApiKeyAuthenticationTest {

    private static final String NEAR_MISS = TenantKeysProfile.ALPHA_KEY.substring(0,
            TenantKeysProfile.ALPHA_KEY.length() - 1) + "X";

    private final ConcurrentLinkedQueue<String> logged = new ConcurrentLinkedQueue<>();
    private final Handler capture = new Handler() {
        @Override
        public void publish(LogRecord record) {
            logged.add(record.getLoggerName() + " " + record.getMessage() + " " + record.getThrown());
        }

        @Override
        public void flush() {
        }

        @Override
        public void close() {
        }
    };

    @BeforeEach
    void captureLogs() {
        capture.setLevel(Level.ALL);
        Logger.getLogger("").addHandler(capture);
    }

    @AfterEach
    void keysAreNeverLogged() {
        Logger.getLogger("").removeHandler(capture);
        for (String line : logged) {
            assertFalse(line.contains(TenantKeysProfile.ALPHA_KEY) || line.contains(TenantKeysProfile.BETA_KEY)
                    || line.contains(NEAR_MISS), "a key was logged: " + line);
        }
    }

    @TestFactory
    Stream<DynamicTest> everyOperationNeedsAValidKey() {
        return ContractOperations.v1().stream().map(operation -> DynamicTest.dynamicTest(operation.toString(), () -> {
            Map<String, String> ids = new HashMap<>();
            operation.pathParameters().forEach(name -> ids.put(name, UUID.randomUUID().toString()));
            for (String key : new String[] {null, "", NEAR_MISS, TenantKeysProfile.ALPHA_KEY.substring(1),
                    TenantKeysProfile.ALPHA_KEY.toUpperCase()}) {
                Response response = SampleRequests.call(operation, ids, key);
                assertEquals(401, response.statusCode(), operation + " with key " + (key == null ? "none" : "'" + key + "'"));
                assertEquals(Problem.MEDIA_TYPE, response.contentType());
                assertEquals("ApiKey header=\"X-API-Key\"", response.header("WWW-Authenticate"));
                assertEquals(401, (int) response.path("status"));
            }
            Response valid = SampleRequests.call(operation, ids, TenantKeysProfile.ALPHA_KEY);
            assertNotEquals(401, valid.statusCode(), operation + " with a valid key: " + valid.asString());
        }));
    }

    @Test
    void missingAndWrongKeysAreToldApart() {
        given().get("/v1/corpora/" + UUID.randomUUID()).then().statusCode(401)
                .body("detail", equalTo("This call needs an API key in the X-API-Key header"));
        given().header(ApiKeyFilter.HEADER, NEAR_MISS).get("/v1/corpora/" + UUID.randomUUID()).then().statusCode(401)
                .body("detail", equalTo("The API key in the X-API-Key header is not valid"));
    }

    @Test
    void refusalsAreLoggedWithoutTheKey() {
        given().header(ApiKeyFilter.HEADER, NEAR_MISS).get("/v1/corpora/" + UUID.randomUUID()).then().statusCode(401);
        // The capture works: the refusal is there (and, checked after each test, no key is).
        assertFalse(logged.stream().noneMatch(line -> line.contains("Refused GET")), String.join("\n", logged));
    }

    @Test
    void aKeyIsReadOnlyFromItsHeader() {
        given().queryParam("X-API-Key", TenantKeysProfile.ALPHA_KEY).get("/v1/corpora/" + UUID.randomUUID())
                .then().statusCode(401);
        given().header("Authorization", "Bearer " + TenantKeysProfile.ALPHA_KEY).get("/v1/corpora/" + UUID.randomUUID())
                .then().statusCode(401);
    }

    @Test
    void pathsOutsideTheContractAlsoNeedAKey() {
        given().get("/v1/no-such-resource").then().statusCode(401).contentType(Problem.MEDIA_TYPE);
        given().get("/no-such-resource").then().statusCode(401).contentType(Problem.MEDIA_TYPE);
        given().header(ApiKeyFilter.HEADER, TenantKeysProfile.ALPHA_KEY).get("/v1/no-such-resource")
                .then().statusCode(404);
    }

    @Test
    void healthMetricsAndTheContractStayOpen() {
        given().get("/q/health/ready").then().statusCode(200);
        given().get("/q/health/live").then().statusCode(200);
        given().queryParam("format", "json").get("/q/openapi").then().statusCode(200)
                .body("components.securitySchemes.ApiKey.name", equalTo(ApiKeyFilter.HEADER))
                .body("components.securitySchemes.ApiKey.in", equalTo("header"));
        given().get("/v1/corpora/" + UUID.randomUUID()).then().statusCode(401);
        given().header(ApiKeyFilter.HEADER, NEAR_MISS).get("/v1/corpora/" + UUID.randomUUID()).then().statusCode(401);
        given().get("/q/metrics").then().statusCode(200)
                .body(containsString("narrative_lens_api_key_refusals_total{reason=\"missing\"}"))
                .body(containsString("narrative_lens_api_key_refusals_total{reason=\"invalid\"}"));
    }
}
