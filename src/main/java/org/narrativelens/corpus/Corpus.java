package org.narrativelens.corpus;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.OffsetDateTime;
import java.util.UUID;

/** A named collection of documents on one story, analysed together. */
@Entity
@Table(name = "corpus")
public class Corpus extends PanacheEntityBase {

    @Id
    public UUID id;

    @Column(nullable = false)
    public String name;

    /** The tenant of the API key that created it; only that tenant sees it. */
    @Column(nullable = false)
    public String tenant;

    @Column(name = "created_at", nullable = false)
    public OffsetDateTime createdAt;
}
