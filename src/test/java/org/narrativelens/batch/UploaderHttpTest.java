package org.narrativelens.batch;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.narrativelens.client.ApiClient;
import org.narrativelens.client.ApiException;
import org.narrativelens.client.api.CorporaApi;
import org.narrativelens.client.model.DocumentSubmission;

/**
 * Retries and idempotency keys of uploads, over real HTTP against a loopback server that fails on purpose
 * (the service itself never answers 503 on demand).
 */
class UploaderHttpTest {

    private static final UUID CORPUS = UUID.fromString("6f1c1f7e-8d0e-4a39-9d5b-000000000001");

    private HttpServer server;
    private final List<String> keys = Collections.synchronizedList(new ArrayList<>());
    private final List<Duration> waits = new ArrayList<>();

    @AfterEach
    void stop() {
        if (server != null) {
            server.stop(0);
        }
    }

    @Test
    void aFailedChunkIsSentAgainWithTheSameKeyAndTheServersRetryAfter() throws Exception {
        AtomicInteger calls = new AtomicInteger();
        start(exchange -> {
            keys.add(exchange.getRequestHeaders().getFirst("Idempotency-Key"));
            if (calls.incrementAndGet() == 1) {
                exchange.getResponseHeaders().add("Retry-After", "2");
                answer(exchange, 503, "application/problem+json", "{\"status\":503,\"detail\":\"busy\"}");
            } else {
                answer(exchange, 200, "application/json", "{\"accepted\":2,\"duplicates\":0,\"rejected\":[]}");
            }
        });

        Uploader.Totals totals = uploader().upload(CORPUS, documents(3), 2, 1_000_000);

        assertEquals(3, keys.size(), "chunk 1 twice, chunk 2 once");
        assertEquals(keys.get(0), keys.get(1), "a retry carries the same key");
        assertNotEquals(keys.get(0), keys.get(2), "another chunk has another key");
        assertTrue(keys.get(0).matches("batch-[0-9a-f]{32}"), keys.get(0));
        assertEquals(List.of(Duration.ofSeconds(2)), waits);
        assertEquals(4, totals.accepted());
        assertEquals(2, totals.chunks());
    }

    @Test
    void theSameDocumentsGetTheSameKeysOnAnotherRun() throws Exception {
        start(exchange -> {
            keys.add(exchange.getRequestHeaders().getFirst("Idempotency-Key"));
            answer(exchange, 200, "application/json", "{\"accepted\":1,\"duplicates\":0,\"rejected\":[]}");
        });
        uploader().upload(CORPUS, documents(2), 1, 1_000_000);
        uploader().upload(CORPUS, documents(2), 1, 1_000_000);
        assertEquals(keys.subList(0, 2), keys.subList(2, 4));
    }

    @Test
    void aRefusalAboutTheRequestIsNotRetriedAndAfterTheLastRetryTheFailureStands() throws Exception {
        start(exchange -> {
            keys.add(exchange.getRequestHeaders().getFirst("Idempotency-Key"));
            answer(exchange, 400, "application/problem+json", "{\"status\":400,\"detail\":\"bad\"}");
        });
        ApiException refused = assertThrows(ApiException.class, () -> uploader().upload(CORPUS, documents(1), 1, 1000));
        assertEquals(400, refused.getCode());
        assertEquals(1, keys.size());

        server.removeContext("/");
        keys.clear();
        server.createContext("/", exchange -> {
            keys.add(exchange.getRequestHeaders().getFirst("Idempotency-Key"));
            answer(exchange, 502, "text/plain", "gateway");
        });
        ApiException failed = assertThrows(ApiException.class, () -> uploader().upload(CORPUS, documents(1), 1, 1000));
        assertEquals(502, failed.getCode());
        assertEquals(4, keys.size(), "the first try and three retries");
        assertEquals(List.of(Duration.ofMillis(100), Duration.ofMillis(200), Duration.ofMillis(400)), waits);
    }

    @Test
    void chunksRespectCountAndBytes() {
        assertEquals(List.of(List.of(1, 2), List.of(3, 4), List.of(5)),
                Chunks.split(List.of(1, 2, 3, 4, 5), 2, 1000, i -> 10));
        assertEquals(List.of(List.of(1), List.of(50), List.of(2, 3)),
                Chunks.split(List.of(1, 50, 2, 3), 10, 40, i -> i));
    }

    private Uploader uploader() {
        ApiClient client = new ApiClient();
        client.updateBaseUri("http://127.0.0.1:" + server.getAddress().getPort());
        PrintStream log = new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8);
        Retrying retrying = new Retrying(3, Duration.ofMillis(100), Duration.ofSeconds(5), waits::add, log);
        return new Uploader(new CorporaApi(client), client.getObjectMapper(), retrying, log);
    }

    private static List<DocumentSubmission> documents(int count) {
        List<DocumentSubmission> documents = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            documents.add(new DocumentSubmission().source("outlet").externalId("doc-" + i).text("Text number " + i + "."));
        }
        return documents;
    }

    private void start(com.sun.net.httpserver.HttpHandler handler) throws IOException {
        server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        server.createContext("/", handler);
        server.start();
    }

    private static void answer(HttpExchange exchange, int status, String type, String body) throws IOException {
        exchange.getRequestBody().readAllBytes();
        byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
        exchange.getResponseHeaders().add("Content-Type", type);
        exchange.sendResponseHeaders(status, bytes.length);
        exchange.getResponseBody().write(bytes);
        exchange.close();
    }
}
