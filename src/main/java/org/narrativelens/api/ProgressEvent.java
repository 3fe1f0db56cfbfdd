package org.narrativelens.api;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.UUID;
import org.narrativelens.analysis.AnalysisStatus;
import org.narrativelens.analysis.JobState;

/** The data of one server-sent event about an analysis: its state and progress, without the result. */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record ProgressEvent(UUID id, AnalysisStatus status, AnalysisView.Progress progress, int attempts,
                            String error) {

    static ProgressEvent of(JobState state) {
        return new ProgressEvent(state.id(), state.status(),
                AnalysisView.Progress.of(state.stage(), state.done(), state.total()), state.attempts(), state.error());
    }
}
