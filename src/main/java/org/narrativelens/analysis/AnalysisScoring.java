package org.narrativelens.analysis;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.util.UUID;

/** The scoring model of a succeeded analysis (a {@link org.narrativelens.frames.ScoringModel} as JSON). */
@Entity
@Table(name = "analysis_scoring")
public class AnalysisScoring extends PanacheEntityBase {

    @Id
    @Column(name = "analysis_id")
    public UUID analysisId;

    @Column(name = "model_name", nullable = false)
    public String modelName;

    @Column(nullable = false)
    public String scoring;

    /** Stores or replaces the scoring model of an analysis; call inside a transaction. */
    static void save(UUID analysisId, String modelName, String scoringJson) {
        AnalysisScoring row = new AnalysisScoring();
        row.analysisId = analysisId;
        row.modelName = modelName;
        row.scoring = scoringJson;
        getEntityManager().merge(row);
    }
}
