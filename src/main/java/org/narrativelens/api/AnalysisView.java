package org.narrativelens.api;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonRawValue;
import java.time.OffsetDateTime;
import java.util.UUID;
import org.narrativelens.analysis.AnalysisStatus;
import org.narrativelens.analysis.StoredAnalysis;

/** An analysis as clients see it: state, progress, and the stored result verbatim. */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record AnalysisView(UUID id, UUID corpusId, AnalysisStatus status, Progress progress, int attempts,
                           String error, OffsetDateTime createdAt, OffsetDateTime startedAt,
                           OffsetDateTime finishedAt, @JsonRawValue String result) {

    /** Where a job is: its stage and the passages done of the total. */
    public record Progress(String stage, int done, int total) {

        static Progress of(String stage, int done, int total) {
            return new Progress(stage == null ? "queued" : stage, done, total);
        }
    }

    static AnalysisView of(StoredAnalysis analysis) {
        return new AnalysisView(analysis.id(), analysis.corpusId(), analysis.status(),
                Progress.of(analysis.stage(), analysis.progressDone(), analysis.progressTotal()), analysis.attempts(),
                analysis.error(), analysis.createdAt(), analysis.startedAt(), analysis.finishedAt(),
                analysis.result());
    }
}
