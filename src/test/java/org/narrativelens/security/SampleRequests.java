package org.narrativelens.security;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.fail;

import io.restassured.http.ContentType;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;
import java.util.Map;

/**
 * A valid request for every /v1 operation of the contract, by operationId. An operation added to openapi.yaml with a
 * request body and no sample here makes the security tests fail, naming it: add its sample.
 */
final class SampleRequests {

    /** A request body and query parameters that the operation accepts. */
    record Sample(String body, Map<String, String> query) {
    }

    private static final Map<String, Sample> SAMPLES = Map.of(
            "createCorpus", new Sample("{\"name\": \"a sample corpus\"}", Map.of()),
            "addDocuments", new Sample("[{\"source\": \"sample-outlet\", \"text\": \"A sample document about "
                    + "the council's vote on the new bridge, sent by the security tests.\"}]", Map.of()),
            "startAnalysis", new Sample("{\"frames\": [{\"label\": \"safety\", \"description\": \"The bike lane "
                    + "makes the street safer.\"}, {\"label\": \"burden\", \"description\": \"The bike lane burdens "
                    + "shops and drivers.\"}], \"options\": {\"bootstrapSamples\": 20, \"permutations\": 19}}",
                    Map.of("wait", "true")),
            "scoreDocuments", new Sample("[{\"source\": \"sample-outlet\", \"text\": \"A new article on the bike "
                    + "lane: shops say parking is gone, parents say the street is safer.\"}]", Map.of()));

    private SampleRequests() {
    }

    static Sample of(ContractOperations.Operation operation) {
        Sample sample = SAMPLES.get(operation.operationId());
        if (sample == null && operation.hasRequestBody()) {
            fail(operation + " takes a request body, but SampleRequests has no sample for it: add one");
        }
        return sample == null ? new Sample(null, Map.of()) : sample;
    }

    /** Calls the operation with these path parameters, with the key when it is not null. */
    static Response call(ContractOperations.Operation operation, Map<String, String> pathParameters, String apiKey) {
        Sample sample = of(operation);
        RequestSpecification request = given().urlEncodingEnabled(true);
        if (apiKey != null) {
            request.header(ApiKeyFilter.HEADER, apiKey);
        }
        if (sample.body() != null) {
            request.contentType(ContentType.JSON).body(sample.body());
        }
        request.queryParams(sample.query());
        String path = operation.path();
        for (String parameter : operation.pathParameters()) {
            String value = pathParameters.get(parameter);
            if (value == null) {
                fail(operation + " has the path parameter '" + parameter
                        + "', for which the security tests have no id: add it");
            }
            path = path.replace("{" + parameter + "}", value);
        }
        return request.request(operation.method(), path);
    }
}
