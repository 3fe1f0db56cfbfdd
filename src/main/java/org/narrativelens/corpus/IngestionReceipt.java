package org.narrativelens.corpus;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EmbeddedId;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import java.time.OffsetDateTime;
import java.util.UUID;

/** The answer given to an ingestion request with an Idempotency-Key, kept to answer its retries the same. */
@Entity
@Table(name = "ingestion_receipt")
public class IngestionReceipt extends PanacheEntityBase {

    @EmbeddedId
    public Key id;

    /** The fingerprint of the documents the key was first used with. */
    @Column(name = "request_hash", nullable = false)
    public String requestHash;

    /** The report, as JSON. */
    @Column(nullable = false)
    public String response;

    @Column(name = "created_at", nullable = false)
    public OffsetDateTime createdAt;

    /** A key is the client's per corpus. */
    @Embeddable
    public record Key(@Column(name = "corpus_id") UUID corpusId, @Column(name = "idempotency_key") String key) {
    }
}
