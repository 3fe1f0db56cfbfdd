package org.narrativelens.timeline;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.hibernate.orm.panache.Panache;
import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.narrativelens.InvalidInputException;
import org.narrativelens.analysis.AnalysisService;
import org.narrativelens.timeline.TimelineBuilder.DatedDocument;

/** Breaks a succeeded analysis down by the publication dates of its documents. */
@ApplicationScoped
public class TimelineService {

    private final ObjectMapper json;
    private final AnalysisService analyses;

    public TimelineService(ObjectMapper json, AnalysisService analyses) {
        this.json = json;
        this.analyses = analyses;
    }

    /** Empty when the tenant has no such analysis (another tenant's is no different from one that does not exist). */
    public Optional<Timeline> timeline(String tenant, UUID analysisId, String bucketName) {
        TimeBucket bucket = TimeBucket.parse(bucketName);
        if (bucket == null) {
            throw new InvalidInputException("bucket", "bucket: '" + bucketName + "' is not one of day, week, month");
        }
        return QuarkusTransaction.requiringNew().call(() -> {
            Optional<AnalysisService.Finished> analysis = analyses.finished(tenant, analysisId, "has a timeline");
            if (analysis.isEmpty()) {
                return Optional.<Timeline>empty();
            }
            JsonNode result = json.readTree(analysis.get().result());
            List<String> frames = new ArrayList<>();
            result.path("frames").forEach(f -> frames.add(f.path("id").asText()));
            Map<Long, LocalDate> published = new HashMap<>();
            Map<Long, Integer> passages = new HashMap<>();
            load(analysis.get().corpusId(), published, passages);
            List<DatedDocument> documents = new ArrayList<>();
            for (JsonNode d : result.path("documents")) {
                long id = d.path("id").asLong();
                Map<String, Double> shares = new LinkedHashMap<>();
                d.path("frameScores").fields().forEachRemaining(e -> shares.put(e.getKey(), e.getValue().asDouble()));
                documents.add(new DatedDocument(d.path("source").asText(), published.get(id),
                        passages.getOrDefault(id, 0), d.path("stance").asDouble(), shares));
            }
            try {
                return Optional.of(TimelineBuilder.build(analysisId, bucket, frames, documents));
            } catch (IllegalArgumentException e) {
                throw new InvalidInputException("bucket", e.getMessage());
            }
        });
    }

    private static void load(UUID corpusId, Map<Long, LocalDate> published, Map<Long, Integer> passages) {
        var em = Panache.getEntityManager();
        for (Object[] row : em.createQuery("select d.publicId, d.publishedAt from CorpusDocument d where d.corpusId = ?1",
                Object[].class).setParameter(1, corpusId).getResultList()) {
            if (row[1] != null) {
                published.put((Long) row[0], ((OffsetDateTime) row[1]).atZoneSameInstant(ZoneOffset.UTC).toLocalDate());
            }
        }
        for (Object[] row : em.createQuery("select d.publicId, count(p) from CorpusPassage p, CorpusDocument d"
                + " where p.documentId = d.id and d.corpusId = ?1 group by d.publicId", Object[].class)
                .setParameter(1, corpusId).getResultList()) {
            passages.put((Long) row[0], ((Number) row[1]).intValue());
        }
    }
}
