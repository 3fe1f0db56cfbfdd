package org.narrativelens.analysis;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.narrativelens.corpus.CorpusPassages.LoadedPassage;
import org.narrativelens.embed.ModelInfo;
import org.narrativelens.frames.Axis;
import org.narrativelens.frames.Frame;
import org.narrativelens.narratives.ClaimRule;
import org.narrativelens.narratives.EntitySummary;
import org.narrativelens.narratives.Narrative;
import org.narrativelens.narratives.NarrativeOutcome;
import org.narrativelens.narratives.RoleScores;
import org.narrativelens.stance.DocumentScore;
import org.narrativelens.stance.NarrativeMap;
import org.narrativelens.stance.PassageScore;
import org.narrativelens.stance.SourceScore;
import org.narrativelens.stance.SpeakerScore;

/** The stored and served result: the narrative map with the model and parameters that produced it. */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record AnalysisResult(ModelInfo model, Map<String, Object> parameters, List<Frame> frames, List<Axis> axes,
                             List<SourceScore> sources, List<SpeakerScore> speakers, List<DocumentResult> documents,
                             List<PassageScore> passages, List<String> notes, List<Narrative> narratives,
                             List<EntityResult> entities) {

    /**
     * An entity of the corpus with the roles the sources cast it in: overall, by source, and each document's casts
     * with the mention's offsets (the rows of the {@code roles} table).
     */
    public record EntityResult(String id, String name, List<String> aliases, int mentions, RoleScores.Roles roles,
                               List<RoleScores.SourceRoles> bySource, List<Cast> casts) {
    }

    /** One role one document casts an entity in. */
    public record Cast(long documentId, String externalId, String source, String role, double score, int start,
                       int end) {
    }

    /** A document's stance and frame shares, with the client's own id, title and date for it. */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record DocumentResult(long id, String externalId, String source, String title, OffsetDateTime publishedAt,
                                 double stance, Map<String, Double> frameScores) {
    }

    /** The parameter under which the claim axis is recorded as a {@link ClaimRule}, when one stood for the axis. */
    public static final String CLAIM_AXIS = "claimAxis";

    static AnalysisResult of(ModelInfo model, AnalysisParameters parameters, NarrativeMap map,
                             List<LoadedPassage> passages, NarrativeOutcome narratives, List<EntitySummary> entities) {
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
        Map<String, Object> recorded = parameters.asMap();
        if (narratives.rule() != null) {
            recorded.put(CLAIM_AXIS, narratives.rule());
        }
        return new AnalysisResult(model, recorded, map.frames(), map.axes(), map.sources(), map.speakers(),
                documents, map.passages().isEmpty() ? null : map.passages(), map.notes(),
                narratives.narratives().narratives(), entityResults(entities, narratives.roles(), firstPassages));
    }

    /** Every entity, with its roles where a statement casts it; most mentioned first. */
    private static List<EntityResult> entityResults(List<EntitySummary> entities, List<RoleScores> roles,
                                                    Map<Long, LoadedPassage> firstPassages) {
        Map<String, RoleScores> byName = new HashMap<>();
        roles.forEach(r -> byName.put(r.entity(), r));
        List<EntityResult> results = new ArrayList<>();
        for (EntitySummary entity : entities) {
            RoleScores r = byName.get(entity.name());
            List<Cast> casts = r == null ? List.of() : r.casts().stream().map(c -> {
                LoadedPassage first = firstPassages.get(c.documentId());
                return new Cast(c.documentId(), first == null ? null : first.externalId(), c.source(),
                        c.role().code(), c.score(), c.start(), c.end());
            }).toList();
            results.add(new EntityResult(entity.id(), entity.name(), entity.aliases(), entity.mentions(),
                    r == null ? new RoleScores.Roles(0, 0, 0) : r.roles(), r == null ? List.of() : r.bySource(),
                    casts));
        }
        results.sort(Comparator.comparingInt((EntityResult e) -> -e.mentions()).thenComparing(EntityResult::name));
        return List.copyOf(results);
    }
}
