package org.narrativelens.security;

import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** A streamed (chunked) body without a valid API key is refused before it is read: the body never has to end. */
@QuarkusTest
@TestProfile(TenantKeysProfile.class)
class StreamedBodyKeyTest {

    @TestHTTPResource("/")
    URL server;

    @Test
    void aChunkedBodyWithoutAValidKeyIsRefusedBeforeItEnds() throws IOException {
        for (String key : new String[] {null, "not-a-key-of-this-service-123"}) {
            try (Socket socket = new Socket(server.getHost(), server.getPort())) {
                socket.setSoTimeout(10_000);
                OutputStream out = socket.getOutputStream();
                out.write(("POST /v1/corpora/" + UUID.randomUUID() + "/documents HTTP/1.1\r\nHost: localhost\r\n"
                        + (key == null ? "" : ApiKeyFilter.HEADER + ": " + key + "\r\n")
                        + "Content-Type: application/json\r\nTransfer-Encoding: chunked\r\n\r\n"
                        + "400\r\n" + "[".repeat(1024) + "\r\n").getBytes(StandardCharsets.US_ASCII));
                out.flush();
                // the body is left unfinished: an answer can only come if the server did not wait for it
                InputStream in = socket.getInputStream();
                String answer = new String(in.readNBytes(12), StandardCharsets.US_ASCII);
                assertTrue(answer.equals("HTTP/1.1 401"), "key " + key + ": " + answer);
            }
        }
    }
}
