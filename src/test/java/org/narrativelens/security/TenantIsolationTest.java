package org.narrativelens.security;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import org.narrativelens.api.Problem;

/**
 * For every /v1 operation of the contract: beta, given alpha's ids, gets exactly what an unknown id gets (404, same
 * body), changes nothing of alpha's and never sees alpha's data; alpha, with the same ids, succeeds.
 */
@QuarkusTest
@TestProfile(TenantKeysProfile.class)
class TenantIsolationTest {

    private final String alphaCorpusName = "alpha-private-" + UUID.randomUUID();
    private final Map<String, String> alphaIds = new HashMap<>();

    /** Runs inside the test (Quarkus points RestAssured at the application only then). */
    private void alphaHasACorpusWithAFinishedAnalysis() throws IOException {
        String corpus = given().header(ApiKeyFilter.HEADER, TenantKeysProfile.ALPHA_KEY)
                .contentType(ContentType.JSON).body("{\"name\": \"" + alphaCorpusName + "\"}")
                .post("/v1/corpora").then().statusCode(201).extract().path("id");
        given().header(ApiKeyFilter.HEADER, TenantKeysProfile.ALPHA_KEY)
                .contentType(ContentType.JSON).body(resource("/fixtures/riverton-bike-lane.json"))
                .post("/v1/corpora/" + corpus + "/documents").then().statusCode(200);
        io.restassured.path.json.JsonPath analysis = given().header(ApiKeyFilter.HEADER, TenantKeysProfile.ALPHA_KEY)
                .contentType(ContentType.JSON).body(SampleRequests.of(operation("startAnalysis")).body())
                .queryParam("wait", true)
                .post("/v1/corpora/" + corpus + "/analyses").then().statusCode(200).extract().jsonPath();
        alphaIds.put("corpusId", corpus);
        alphaIds.put("analysisId", analysis.getString("id"));
        alphaIds.put("documentId", analysis.getString("result.documents[0].id"));
    }

    @TestFactory
    Stream<DynamicTest> betaCannotReachAlphasDataThroughAnyOperation() throws IOException {
        alphaHasACorpusWithAFinishedAnalysis();
        return ContractOperations.v1().stream()
                .map(operation -> DynamicTest.dynamicTest(operation.toString(), () -> check(operation)));
    }

    private void check(ContractOperations.Operation operation) {
        String alphaBefore = alphaState();
        Response asBeta = SampleRequests.call(operation, alphaIds, TenantKeysProfile.BETA_KEY);
        String betaBody = asBeta.asString();
        String shown = betaBody.length() > 300 ? betaBody.substring(0, 300) + "..." : betaBody;

        assertFalse(betaBody.contains(alphaCorpusName), operation + " showed beta alpha's corpus: " + shown);
        // A 404 may repeat the id beta sent; any other id of alpha's would be a leak.
        alphaIds.forEach((name, id) -> assertTrue(operation.pathParameters().contains(name) || !idIn(id).matcher(betaBody).find(),
                operation + " showed beta alpha's " + name + ": " + shown));
        assertTrue(asBeta.statusCode() < 500, operation + " failed for beta: " + shown);
        assertEquals(alphaBefore, alphaState(), operation + " by beta changed alpha's data");

        if (!operation.pathParameters().isEmpty()) {
            assertEquals(404, asBeta.statusCode(), operation + " with alpha's ids, as beta: " + shown);
            assertEquals(Problem.MEDIA_TYPE, asBeta.contentType());
            Map<String, String> unknownIds = new HashMap<>();
            operation.pathParameters().forEach(name -> unknownIds.put(name, UUID.randomUUID().toString()));
            Response unknown = SampleRequests.call(operation, unknownIds, TenantKeysProfile.BETA_KEY);
            assertEquals(404, unknown.statusCode());
            assertEquals(withoutIds(unknown.asString(), unknownIds), withoutIds(betaBody, alphaIds),
                    operation + ": another tenant's id must answer exactly like an unknown id");
            assertEquals(unknown.headers().asList().stream().map(h -> h.getName()).sorted().toList(),
                    asBeta.headers().asList().stream().map(h -> h.getName()).sorted().toList());

            Response asAlpha = SampleRequests.call(operation, alphaIds, TenantKeysProfile.ALPHA_KEY);
            assertTrue(asAlpha.statusCode() / 100 == 2,
                    operation + " with alpha's ids, as alpha, must succeed: " + asAlpha.asString());
        }
    }

    /** What alpha's corpus and analysis look like to alpha. */
    private String alphaState() {
        return given().header(ApiKeyFilter.HEADER, TenantKeysProfile.ALPHA_KEY)
                .get("/v1/corpora/" + alphaIds.get("corpusId")).then().statusCode(200).extract().asString()
                + given().header(ApiKeyFilter.HEADER, TenantKeysProfile.ALPHA_KEY)
                .get("/v1/analyses/" + alphaIds.get("analysisId")).then().statusCode(200).extract().asString();
    }

    private static String withoutIds(String body, Map<String, String> ids) {
        String result = body;
        for (Map.Entry<String, String> id : ids.entrySet()) {
            result = idIn(id.getValue()).matcher(result).replaceAll("{" + id.getKey() + "}");
        }
        return result;
    }

    /** An id as a whole token: a numeric document id such as 86 must not match inside a UUID or a count. */
    private static java.util.regex.Pattern idIn(String id) {
        return java.util.regex.Pattern.compile("(?<![0-9A-Za-z-])" + java.util.regex.Pattern.quote(id) + "(?![0-9A-Za-z-])");
    }

    private static ContractOperations.Operation operation(String operationId) {
        List<ContractOperations.Operation> all = ContractOperations.v1();
        return all.stream().filter(o -> o.operationId().equals(operationId)).findFirst().orElseThrow();
    }

    private static String resource(String path) throws IOException {
        try (InputStream in = TenantIsolationTest.class.getResourceAsStream(path)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }
}
