package org.narrativelens.scoring;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.narrativelens.corpus.IngestionReport;
import org.narrativelens.embed.ModelInfo;
import org.narrativelens.stance.Interval;

/**
 * New documents placed on a saved analysis: per document and per source stance, frame shares and evidence whose
 * offsets point into the submitted text, with the model and parameters that produced them.
 */
public record ScoreReport(UUID analysisId, ModelInfo model, Map<String, Object> parameters,
                          List<DocumentPlacement> documents, List<SourcePlacement> sources,
                          List<IngestionReport.Rejection> rejected) {

    /** One submitted document; {@code index} is its position in the request; no stance when it has no passage. */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record DocumentPlacement(int index, String externalId, String source, String publishedAt, Double stance,
                                    Interval interval, Map<String, Double> frameScores, int passages,
                                    List<PlacedEvidence> evidence) {
    }

    /** The submitted documents of one source together. */
    public record SourcePlacement(String source, double stance, Interval interval, Map<String, Double> frameScores,
                                  int passages, List<PlacedEvidence> evidence) {
    }

    /** A passage that moved its document or source: offsets into document {@code document} of the request. */
    public record PlacedEvidence(int document, int start, int end, String text, double stance, double weight) {
    }
}
