package org.narrativelens.api.contract;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;
import org.narrativelens.api.contract.OpenApiContract.Operation;
import org.narrativelens.api.contract.OpenApiContract.Parameter;
import org.narrativelens.api.contract.SchemaGenerator.FuzzBody;

/**
 * Generates requests for every operation of openapi.yaml from its schemas (valid ones, and mutated ones: wrong types,
 * missing or unknown properties, huge strings, odd characters, extreme numbers, truncated JSON, garbage bytes, garbage
 * path and query values), sends them over HTTP to the running service, and checks each answer against the contract:
 * no 5xx, the status is documented for the operation, every 4xx is problem+json, and every body matches its schema.
 * Tries are bounded and seeded, so a run is repeatable and takes seconds.
 */
@QuarkusTest
class ContractFuzzTest {

    private static final long SEED = Long.getLong("fuzz.seed", 20260101L);
    private static final int VALID_TRIES = Integer.getInteger("fuzz.valid-tries", 20);
    private static final int MUTATED_TRIES = Integer.getInteger("fuzz.mutated-tries", 30);
    private static final ObjectMapper JSON = new ObjectMapper();

    private final OpenApiContract contract = OpenApiContract.load(Path.of("openapi.yaml"));
    private final SchemaValidator validator = new SchemaValidator(contract);

    @Test
    void everyOperationAnswersWithinTheContract() throws Exception {
        Map<String, Map<String, List<String>>> knownIds = knownIds();
        SchemaGenerator generator = new SchemaGenerator(contract, Map.of(
                "publishedAt", random -> random.nextBoolean()
                        ? pick(List.of("2025-07-24", "2025-07-24T10:15:00+02:00", "1999-12-31T23:59:59Z"), random)
                        : SchemaGenerator.letters(random.nextInt(31), "0123456789-:TZ+ abcxyz", random),
                "source", random -> pick(List.of("s1", "s2", "s3"), random)));
        SplittableRandom random = new SplittableRandom(SEED);
        List<String> failures = new ArrayList<>();
        Map<String, Map<Integer, Integer>> statuses = new java.util.TreeMap<>();
        Map<String, Long> millis = new java.util.TreeMap<>();
        int requests = 0;
        for (Operation operation : contract.operations()) {
            Map<String, List<String>> ids = knownIds.getOrDefault(operation.id(), Map.of());
            long start = System.nanoTime();
            for (int i = 0; i < VALID_TRIES + MUTATED_TRIES; i++) {
                FuzzRequest request = request(operation, generator, ids, i >= VALID_TRIES, random);
                failures.addAll(check(operation, request, statuses.computeIfAbsent(operation.id(), k -> new java.util.TreeMap<>())));
                requests++;
            }
            millis.put(operation.id(), (System.nanoTime() - start) / 1_000_000);
        }
        System.out.printf("ContractFuzzTest: %d requests over %d operations (seed %d), %d violations; statuses %s; ms %s%n",
                requests, contract.operations().size(), SEED, failures.size(), statuses, millis);
        assertTrue(failures.isEmpty(), failures.size() + " contract violations (seed " + SEED + "), first ones:\n"
                + String.join("\n\n", failures.subList(0, Math.min(10, failures.size()))));
    }

    /** Ids that exist, per operation and path parameter, so that valid requests reach more than a 404. */
    private Map<String, Map<String, List<String>>> knownIds() {
        String ingestCorpus = createCorpus("fuzz-ingest");
        String analysisCorpus = createCorpus("fuzz-analysis");
        String emptyCorpus = createCorpus("fuzz-empty");
        given().contentType("application/json").body("""
                        [{"source": "s1", "text": "The harbour plan protects the town from floods. Engineers back it."},
                         {"source": "s1", "text": "Flood defences save lives, the council says, and the plan is sound."},
                         {"source": "s2", "text": "The harbour plan costs too much. Fishermen lose their moorings."},
                         {"source": "s2", "text": "Taxes will rise to pay for the harbour wall, shop owners warn."}]""")
                .post("/v1/corpora/" + analysisCorpus + "/documents").then().statusCode(200);
        String analysis = given().contentType("application/json").body("{}")
                .post("/v1/corpora/" + analysisCorpus + "/analyses").then().statusCode(202).extract().path("id");
        return Map.of(
                "getCorpus", Map.of("corpusId", List.of(ingestCorpus, analysisCorpus, emptyCorpus)),
                "addDocuments", Map.of("corpusId", List.of(ingestCorpus, emptyCorpus)),
                "startAnalysis", Map.of("corpusId", List.of(analysisCorpus, emptyCorpus)),
                "getAnalysis", Map.of("analysisId", List.of(analysis)));
    }

    private static String createCorpus(String name) {
        return given().contentType("application/json").body("{\"name\": \"" + name + "\"}")
                .post("/v1/corpora").then().statusCode(201).extract().path("id");
    }

    private static FuzzRequest request(Operation operation, SchemaGenerator generator, Map<String, List<String>> ids,
                                       boolean mutate, SplittableRandom random) {
        Map<Parameter, String> parameters = new LinkedHashMap<>();
        for (Parameter parameter : operation.parameters()) {
            parameters.put(parameter, parameterValue(parameter, generator,
                    ids.getOrDefault(parameter.name(), List.of()), mutate, random));
        }
        FuzzBody body = null;
        if (operation.bodySchema() != null) {
            if (mutate && random.nextInt(5) < 4) {
                body = generator.mutated(operation.bodySchema(), random);
            } else if (mutate || operation.bodyRequired() || random.nextInt(10) > 0) {
                body = FuzzBody.json("valid", generator.valid(operation.bodySchema(), random));
            }
        }
        return new FuzzRequest(parameters, body);
    }

    /** Known ids (4 in 5) or fresh values from the schema; when mutating, also garbage of any kind, 1 in 4. */
    private static String parameterValue(Parameter parameter, SchemaGenerator generator, List<String> known,
                                         boolean mutate, SplittableRandom random) {
        if (mutate && random.nextInt(4) == 0) {
            if (random.nextBoolean()) {
                return pick(List.of("..", "%", "%00", "null", "-1", "00000000-0000-0000-0000-000000000000",
                        "x".repeat(3000)), random);
            }
            StringBuilder any = new StringBuilder();
            for (int i = 1 + random.nextInt(40); i > 0; i--) {
                char c;
                do {
                    c = (char) random.nextInt(Character.MAX_VALUE + 1);
                } while (Character.isSurrogate(c));
                any.append(c);
            }
            return any.toString();
        }
        if (!known.isEmpty() && random.nextInt(5) < 4) {
            return pick(known, random);
        }
        return generator.valid(parameter.schema(), random).asText();
    }

    private static <T> T pick(List<T> values, SplittableRandom random) {
        return values.get(random.nextInt(values.size()));
    }

    private List<String> check(Operation operation, FuzzRequest request, Map<Integer, Integer> statuses) {
        RequestSpecification spec = given().urlEncodingEnabled(true);
        String path = operation.path();
        for (Map.Entry<Parameter, String> parameter : request.parameters().entrySet()) {
            if (parameter.getKey().in().equals("path")) {
                spec = spec.pathParam(parameter.getKey().name(), parameter.getValue());
            } else if (parameter.getKey().in().equals("query")) {
                spec = spec.queryParam(parameter.getKey().name(), parameter.getValue());
            }
        }
        if (request.body() != null) {
            spec = spec.contentType("application/json").body(request.body().bytes());
        } else if (operation.bodySchema() != null) {
            spec = spec.contentType("application/json");
        }
        Response response = spec.request(operation.method(), path);
        statuses.merge(response.statusCode(), 1, Integer::sum);
        List<String> problems = problems(operation, response);
        if (problems.isEmpty()) {
            return List.of();
        }
        String body = response.asString();
        return List.of(operation.method() + " " + path + " " + request.describe() + "\n  -> " + response.statusCode()
                + " " + response.contentType() + " " + (body.length() > 400 ? body.substring(0, 400) + "..." : body)
                + "\n  " + String.join("\n  ", problems));
    }

    private List<String> problems(Operation operation, Response response) {
        List<String> problems = new ArrayList<>();
        int status = response.statusCode();
        if (status >= 500) {
            problems.add("server error " + status);
        }
        OpenApiContract.Response documented = operation.responses().get(status);
        if (documented == null) {
            problems.add("status " + status + " is not documented for " + operation.id() + " (documented: "
                    + operation.responses().keySet() + ")");
            return problems;
        }
        String contentType = response.contentType() == null ? "" : response.contentType().split(";")[0].strip();
        if (status >= 400 && !contentType.equals("application/problem+json")) {
            problems.add("a " + status + " must be application/problem+json, was '" + contentType + "'");
        }
        JsonNode schema = documented.content().get(contentType);
        if (schema == null) {
            problems.add("content type '" + contentType + "' is not documented for " + status + " (documented: "
                    + documented.content().keySet() + ")");
            return problems;
        }
        try {
            problems.addAll(validator.violations(JSON.readTree(response.asByteArray()), schema));
        } catch (Exception e) {
            problems.add("the body is not JSON: " + e.getMessage());
        }
        documented.headers().fieldNames().forEachRemaining(header -> {
            boolean required = documented.headers().path(header).path("required").asBoolean(false);
            if (required && response.header(header) == null) {
                problems.add("documented header " + header + " is missing");
            }
        });
        return problems;
    }

    /** One generated request: a value per parameter and the body (null for none). */
    record FuzzRequest(Map<Parameter, String> parameters, FuzzBody body) {

        String describe() {
            StringBuilder text = new StringBuilder();
            parameters.forEach((parameter, value) -> text.append(parameter.name()).append('=')
                    .append(value.length() > 60 ? value.substring(0, 60) + "..." : value).append(' '));
            return text + (body == null ? "(no body)" : body.preview());
        }
    }
}
