package org.narrativelens.corpus;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.time.OffsetDateTime;
import java.util.UUID;

/** A document as it was received, kept verbatim so that passage offsets point into it. */
@Entity
@Table(name = "document")
public class CorpusDocument extends PanacheEntityBase {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "document_seq")
    @SequenceGenerator(name = "document_seq", sequenceName = "document_seq", allocationSize = 50)
    public Long id;

    /** The id the tenant sees: numbered per tenant ({@link TenantIds}), unique within the corpus. */
    @Column(name = "public_id", nullable = false)
    public long publicId;

    @Column(name = "corpus_id", nullable = false)
    public UUID corpusId;

    @Column(name = "external_id")
    public String externalId;

    @Column(nullable = false)
    public String source;

    public String title;
    public String url;

    @Column(name = "published_at")
    public OffsetDateTime publishedAt;

    public String language;

    @Column(nullable = false)
    public String text;

    @Column(name = "content_hash", nullable = false)
    public String contentHash;

    @Column(name = "boilerplate_dropped", nullable = false)
    public int boilerplateDropped;

    @Column(name = "created_at", nullable = false)
    public OffsetDateTime createdAt;
}
