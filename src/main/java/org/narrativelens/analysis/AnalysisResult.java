package org.narrativelens.analysis;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.time.OffsetDateTime;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.narrativelens.analysis.CorpusPassages.LoadedPassage;
import org.narrativelens.embed.ModelInfo;
import org.narrativelens.frames.Axis;
import org.narrativelens.frames.Frame;
import org.narrativelens.frames.NarrativeMap;
import org.narrativelens.stance.DocumentScore;
import org.narrativelens.stance.PassageScore;
import org.narrativelens.stance.SourceScore;
import org.narrativelens.stance.SpeakerScore;

/** The stored and served result: the narrative map with the model and parameters that produced it. */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record AnalysisResult(ModelInfo model, Map<String, Object> parameters, List<Frame> frames, List<Axis> axes,
                             List<SourceScore> sources, List<SpeakerScore> speakers, List<DocumentResult> documents,
                             List<PassageScore> passages, List<String> notes) {

    /** A document's stance and frame shares, with the client's own id, title and date for it. */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record DocumentResult(long id, String externalId, String source, String title, OffsetDateTime publishedAt,
                                 double stance, Map<String, Double> frameScores) {
    }

    static AnalysisResult of(ModelInfo model, AnalysisParameters parameters, NarrativeMap map,
                             List<LoadedPassage> passages) {
        Map<Long, LoadedPassage> firstPassages = new HashMap<>();
        passages.forEach(p -> firstPassages.putIfAbsent(p.documentId(), p));
        List<DocumentResult> documents = map.documents().stream()
                .map((DocumentScore d) -> {
                    LoadedPassage first = firstPassages.get(d.documentId());
                    return new DocumentResult(d.documentId(), first == null ? null : first.externalId(), d.source(),
                            first == null ? null : first.title(), first == null ? null : first.publishedAt(),
                            d.stance(), d.frameScores());
                })
                .toList();
        return new AnalysisResult(model, parameters.asMap(), map.frames(), map.axes(), map.sources(), map.speakers(),
                documents, map.passages().isEmpty() ? null : map.passages(), map.notes());
    }
}
