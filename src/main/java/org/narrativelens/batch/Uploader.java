package org.narrativelens.batch;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import java.util.UUID;
import org.narrativelens.client.ApiException;
import org.narrativelens.client.ApiResponse;
import org.narrativelens.client.api.CorporaApi;
import org.narrativelens.client.model.DocumentSubmission;
import org.narrativelens.client.model.IngestionReport;
import org.narrativelens.client.model.Rejection;

/**
 * Uploads documents in chunks, each with an {@code Idempotency-Key} derived from the corpus and the chunk's
 * content, so that a retried request, or the whole command run again, cannot store anything twice.
 */
public final class Uploader {

    /** What became of all documents: sums of the server's reports, rejections by their index in the input. */
    public record Totals(int accepted, int duplicates, List<String> rejected, int chunks) {
    }

    private final CorporaApi corpora;
    private final ObjectMapper json;
    private final Retrying retrying;
    private final PrintStream log;

    public Uploader(CorporaApi corpora, ObjectMapper json, Retrying retrying, PrintStream log) {
        this.corpora = corpora;
        this.json = json;
        this.retrying = retrying;
        this.log = log;
    }

    public Totals upload(UUID corpus, List<DocumentSubmission> documents, int chunkSize, long chunkBytes)
            throws ApiException, InterruptedException {
        List<List<DocumentSubmission>> chunks = Chunks.split(documents, chunkSize, chunkBytes, this::bytes);
        int accepted = 0;
        int duplicates = 0;
        List<String> rejected = new java.util.ArrayList<>();
        int offset = 0;
        for (int i = 0; i < chunks.size(); i++) {
            List<DocumentSubmission> chunk = chunks.get(i);
            String key = idempotencyKey(corpus, chunk);
            String what = "upload of chunk " + (i + 1) + "/" + chunks.size();
            ApiResponse<IngestionReport> response;
            try {
                response = retrying.call(what, () -> corpora.addDocumentsWithHttpInfo(
                        CorporaApi.APIAddDocumentsRequest.newBuilder()
                                .corpusId(corpus).documentSubmission(chunk).idempotencyKey(key).build()));
            } catch (ApiException e) {
                if (e.getCode() != 422) {
                    throw e;
                }
                // 422: nothing in this chunk could be accepted; its problem says why. Go on with the others.
                log.printf("%s: nothing accepted (%s)%n", what, e.getResponseBody());
                for (int d = 0; d < chunk.size(); d++) {
                    rejected.add("#" + (offset + d) + ": " + e.getResponseBody());
                }
                offset += chunk.size();
                continue;
            }
            IngestionReport report = response.getData();
            if (replayed(response)) {
                // the stored answer of an earlier run: what it accepted then is already in the corpus now
                duplicates += report.getAccepted() + report.getDuplicates();
            } else {
                accepted += report.getAccepted();
                duplicates += report.getDuplicates();
            }
            for (Rejection rejection : report.getRejected()) {
                rejected.add("#" + (offset + rejection.getIndex()) + ": " + rejection.getReason());
            }
            offset += chunk.size();
            log.printf("uploaded %d/%d documents (%d new, %d already there, %d rejected)%n", offset, documents.size(),
                    accepted, duplicates, rejected.size());
        }
        return new Totals(accepted, duplicates, List.copyOf(rejected), chunks.size());
    }

    private static boolean replayed(ApiResponse<?> response) {
        return response.getHeaders().entrySet().stream()
                .anyMatch(h -> h.getKey().equalsIgnoreCase("Idempotent-Replayed") && h.getValue().contains("true"));
    }

    String idempotencyKey(UUID corpus, List<DocumentSubmission> chunk) {
        try {
            MessageDigest sha = MessageDigest.getInstance("SHA-256");
            sha.update(corpus.toString().getBytes(StandardCharsets.UTF_8));
            sha.update(json.writeValueAsBytes(chunk));
            return "batch-" + HexFormat.of().formatHex(sha.digest(), 0, 16);
        } catch (NoSuchAlgorithmException | JsonProcessingException e) {
            throw new IllegalStateException("SHA-256 and JSON are always available", e);
        }
    }

    private long bytes(DocumentSubmission document) {
        try {
            return json.writeValueAsBytes(document).length + 1L;
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("A document always serialises", e);
        }
    }
}
