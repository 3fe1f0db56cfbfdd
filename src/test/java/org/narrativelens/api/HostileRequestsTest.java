package org.narrativelens.api;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import io.restassured.http.ContentType;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/** Hostile input at the HTTP layer, with small limits: streamed bodies and long URIs are refused as problem+json. */
@QuarkusTest
@TestProfile(LimitsTest.SmallLimits.class)
class HostileRequestsTest {

    @TestHTTPResource("/")
    URL server;

    @Test
    void aChunkedBodyOverTheLimitIs413AsSoonAsItPassesIt() throws IOException {
        String id = Fixtures.createCorpus("chunked");
        try (Socket socket = new Socket(server.getHost(), server.getPort())) {
            socket.setSoTimeout(10_000);
            OutputStream out = socket.getOutputStream();
            out.write(("POST /v1/corpora/" + id + "/documents HTTP/1.1\r\nHost: localhost\r\n"
                    + "Content-Type: application/json\r\nTransfer-Encoding: chunked\r\n\r\n")
                    .getBytes(StandardCharsets.US_ASCII));
            byte[] chunk = ("400\r\n" + "x".repeat(1024) + "\r\n").getBytes(StandardCharsets.US_ASCII);
            InputStream in = socket.getInputStream();
            int sent = 0;
            try {
                // up to 64 MB against a limit of 4 KB: the answer must come long before, and the writes then fail
                for (; sent < 65_536 && in.available() == 0; sent++) {
                    out.write(chunk);
                }
            } catch (IOException closedByServer) {
                // the server answered and closed the connection
            }
            assertTrue(sent < 65_536, "the server read the whole 64 MB before answering");
            String answer = new String(in.readAllBytes(), StandardCharsets.UTF_8);
            assertTrue(answer.startsWith("HTTP/1.1 413"), answer);
            assertTrue(answer.contains(Problem.MEDIA_TYPE), answer);
            assertTrue(answer.contains("exceeds the limit of 4096 bytes") && answer.contains("\"field\":\"body\""), answer);
        }
        given().get("/v1/corpora/" + id).then().body("documents", equalTo(0));
    }

    @Test
    void aChunkedBodyUnderTheLimitIsServed() {
        String id = Fixtures.createCorpus("chunked-small");
        given().contentType(ContentType.JSON)
                .body(new java.io.ByteArrayInputStream("[{\"source\": \"a\", \"text\": \"Streamed text.\"}]"
                        .getBytes(StandardCharsets.UTF_8)))
                .post("/v1/corpora/" + id + "/documents").then().statusCode(200).body("accepted", equalTo(1));
    }

    @Test
    void aUriOverTheLimitIs414() {
        given().get("/v1/corpora?name=" + "n".repeat(5000))
                .then().statusCode(414).contentType(Problem.MEDIA_TYPE)
                .body("field", equalTo("uri")).body("detail", containsString("exceeds the limit of 4096"));
    }
}
