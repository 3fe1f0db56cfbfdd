package org.narrativelens.corpus;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;

/** A passage of a stored document, by character offsets into the document's text. */
@Entity
@Table(name = "passage")
public class CorpusPassage extends PanacheEntityBase {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "passage_seq")
    @SequenceGenerator(name = "passage_seq", sequenceName = "passage_seq", allocationSize = 50)
    public Long id;

    @Column(name = "document_id", nullable = false)
    public Long documentId;

    @Column(nullable = false)
    public int ordinal;

    @Column(nullable = false)
    public int paragraph;

    @Column(name = "start_offset", nullable = false)
    public int start;

    @Column(name = "end_offset", nullable = false)
    public int end;

    /** SHA-256 of the passage text: the key of its cached embedding. */
    @Column(name = "text_hash", nullable = false)
    public String textHash;
}
