package org.narrativelens.analysis;

import java.util.UUID;

/** Where an analysis job is: status, stage, passages done of the total, starts so far, and the failure reason. */
public record JobState(UUID id, AnalysisStatus status, String stage, int done, int total, int attempts,
                       String error) {
}
