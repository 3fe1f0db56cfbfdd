package org.narrativelens.timeline;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * An analysis's source x frame shares and stance by publication date. Every bucket between the first and the last
 * dated document is listed, empty ones too, and each carries its document and passage counts, so a thin slice
 * shows as thin. Documents without {@code publishedAt} are summed in {@code undated}.
 */
public record Timeline(UUID analysisId, TimeBucket bucket, List<String> frames, List<Slice> buckets, Slice undated) {

    /**
     * One bucket (or the undated documents): counts, the passage-weighted mean of its documents' stances (null when
     * empty), its share of passages per frame, and the same per source.
     */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record Slice(LocalDate start, LocalDate end, int documents, int passages, Double stance,
                        Map<String, Double> frameScores, List<SourceSlice> sources) {
    }

    /** One source within a bucket. */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record SourceSlice(String source, int documents, int passages, Double stance,
                              Map<String, Double> frameScores) {
    }
}
