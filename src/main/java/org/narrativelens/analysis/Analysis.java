package org.narrativelens.analysis;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.OffsetDateTime;
import java.util.UUID;

/** A persisted analysis job: its request, state, progress and, once finished, its result as JSON. */
@Entity
@Table(name = "analysis")
public class Analysis extends PanacheEntityBase {

    @Id
    public UUID id;

    @Column(name = "corpus_id", nullable = false)
    public UUID corpusId;

    /** The tenant of its corpus; only that tenant sees it. */
    @Column(nullable = false)
    public String tenant;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public AnalysisStatus status;

    public String stage;

    @Column(name = "progress_done", nullable = false)
    public int progressDone;

    @Column(name = "progress_total", nullable = false)
    public int progressTotal;

    /** The submitted request, as JSON. */
    @Column(nullable = false)
    public String request;

    /** The result, as JSON, once succeeded. */
    public String result;

    public String error;

    @Column(name = "model_name")
    public String modelName;

    @Column(name = "model_sha256")
    public String modelSha256;

    /** How many times a worker has started this job; bounds re-runs after crashes. */
    @Column(nullable = false)
    public int attempts;

    @Column(name = "created_at", nullable = false)
    public OffsetDateTime createdAt;

    @Column(name = "started_at")
    public OffsetDateTime startedAt;

    @Column(name = "finished_at")
    public OffsetDateTime finishedAt;
}
