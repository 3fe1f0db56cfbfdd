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

/**
 * One chunk of a corpus's passages to embed, queued by ingestion in the transaction that stores them; its passages
 * name it ({@link CorpusPassage#embeddingTask}). Claimed by a worker under a lease (see {@code embedqueue}).
 */
@Entity
@Table(name = "embedding_task")
public class EmbeddingTask extends PanacheEntityBase {

    /** Where a task is: waiting, held by a worker, its vectors stored, or given up after its last attempt. */
    public enum Status { queued, running, done, failed }

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "embedding_task_seq")
    @SequenceGenerator(name = "embedding_task_seq", sequenceName = "embedding_task_seq", allocationSize = 50)
    public Long id;

    @Column(name = "corpus_id", nullable = false)
    public UUID corpusId;

    /** The model whose vectors the task stores (the ingesting replica's); other models' workers leave it. */
    @Column(nullable = false)
    public String model;

    @Column(nullable = false)
    public int passages;

    /** Texts to embed: each passage, and what its speaker says where that is embedded on its own. */
    @Column(nullable = false)
    public int texts;

    @Column(nullable = false)
    public String status;

    public String owner;

    @Column(name = "lease_until")
    public OffsetDateTime leaseUntil;

    @Column(nullable = false)
    public int attempts;

    @Column(name = "created_at", nullable = false)
    public OffsetDateTime createdAt;

    @Column(name = "finished_at")
    public OffsetDateTime finishedAt;

    /** The worker whose write stored the vectors. */
    @Column(name = "finished_by")
    public String finishedBy;

    /** Vectors this task newly stored (texts already stored, by another corpus or chunk, are not counted). */
    public Integer embedded;

    public String error;
}
