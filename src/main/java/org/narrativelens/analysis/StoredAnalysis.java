package org.narrativelens.analysis;

import java.time.OffsetDateTime;
import java.util.UUID;

/** An analysis job as its service hands it out: state, progress and the stored result (JSON), without the entity. */
public record StoredAnalysis(UUID id, UUID corpusId, AnalysisStatus status, String stage, int progressDone,
                             int progressTotal, int attempts, String error, OffsetDateTime createdAt,
                             OffsetDateTime startedAt, OffsetDateTime finishedAt, String result) {

    static StoredAnalysis of(Analysis a) {
        return new StoredAnalysis(a.id, a.corpusId, a.status, a.stage, a.progressDone, a.progressTotal, a.attempts,
                a.error, a.createdAt, a.startedAt, a.finishedAt, a.result);
    }
}
