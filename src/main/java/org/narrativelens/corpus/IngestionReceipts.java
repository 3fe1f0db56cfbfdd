package org.narrativelens.corpus;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.OffsetDateTime;
import java.util.Optional;
import java.util.UUID;
import org.narrativelens.InvalidInputException;

/** Keeps the report of each ingestion request sent with an Idempotency-Key and gives it back on a retry. */
@ApplicationScoped
class IngestionReceipts {

    private final ObjectMapper json;

    IngestionReceipts(ObjectMapper json) {
        this.json = json;
    }

    /** The report first given for this key; 422 when the key was used for different documents. */
    Optional<IngestionReport> find(UUID corpusId, IdempotencyKey key) {
        return QuarkusTransaction.requiringNew().call(() -> IngestionReceipt
                .<IngestionReceipt>findByIdOptional(new IngestionReceipt.Key(corpusId, key.value())))
                .map(receipt -> {
                    if (!receipt.requestHash.strip().equals(key.requestHash())) {
                        throw new InvalidInputException(IdempotencyKey.HEADER, IdempotencyKey.HEADER + ": '"
                                + key.value() + "' was already used in this corpus with different documents; "
                                + "send a new key with a new request");
                    }
                    return read(receipt.response);
                });
    }

    /** Stores the report under the key; call in the transaction that stores the documents it reports. */
    void record(UUID corpusId, IdempotencyKey key, IngestionReport report) {
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
