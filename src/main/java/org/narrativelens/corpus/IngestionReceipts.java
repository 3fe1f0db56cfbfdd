package org.narrativelens.corpus;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.Optional;
import java.util.UUID;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.narrativelens.InvalidInputException;

/**
 * Keeps the report of each ingestion request sent with an Idempotency-Key and gives it back on a retry, for as long
 * as {@code narrative-lens.idempotency.retention}. Forgetting a key is safe: documents are deduplicated by content,
 * so a request retried after that is answered with duplicates, never stored twice.
 */
@ApplicationScoped
class IngestionReceipts {

    private final ObjectMapper json;
    private final Duration retention;

    IngestionReceipts(ObjectMapper json,
                      @ConfigProperty(name = "narrative-lens.idempotency.retention", defaultValue = "P1D")
                      Duration retention) {
        this.json = json;
        this.retention = retention;
    }

    /** The report first given for this key, unless it has expired; 422 when the key was used for other documents. */
    Optional<IngestionReport> find(UUID corpusId, IdempotencyKey key) {
        OffsetDateTime oldestKept = OffsetDateTime.now().minus(retention);
        return QuarkusTransaction.requiringNew().call(() -> IngestionReceipt
                .<IngestionReceipt>findByIdOptional(new IngestionReceipt.Key(corpusId, key.value())))
                .filter(receipt -> !receipt.createdAt.isBefore(oldestKept))
                .map(receipt -> {
                    if (!receipt.requestHash.strip().equals(key.requestHash())) {
                        throw new InvalidInputException(IdempotencyKey.HEADER, IdempotencyKey.HEADER + ": '"
                                + key.value() + "' was already used in this corpus with different documents; "
                                + "send a new key with a new request");
                    }
                    return read(receipt.response);
                });
    }

    /**
     * Stores the report under the key, after deleting the corpus's expired receipts (which keeps the table as small as
     * the retention allows, and frees an expired key for reuse); call in the transaction that stores the documents.
     */
    void record(UUID corpusId, IdempotencyKey key, IngestionReport report) {
        IngestionReceipt.delete("id.corpusId = ?1 and createdAt < ?2", corpusId, OffsetDateTime.now().minus(retention));
        IngestionReceipt.flush();
        IngestionReceipt receipt = new IngestionReceipt();
        receipt.id = new IngestionReceipt.Key(corpusId, key.value());
        receipt.requestHash = key.requestHash();
        receipt.createdAt = OffsetDateTime.now();
        try {
            receipt.response = json.writeValueAsString(report);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("An ingestion report always serialises", e);
        }
        receipt.persist();
    }

    private IngestionReport read(String response) {
        try {
            return json.readValue(response, IngestionReport.class);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("A stored ingestion report is unreadable", e);
        }
    }
}
