package org.narrativelens.scoring;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.Collectors;
import org.narrativelens.CpuGate;
import org.narrativelens.Deadline;
import org.narrativelens.InvalidInputException;
import org.narrativelens.analysis.AnalysisNotReadyException;
import org.narrativelens.analysis.AnalysisResult;
import org.narrativelens.analysis.AnalysisService;
import org.narrativelens.corpus.DocumentSubmission;
import org.narrativelens.corpus.DocumentValidator;
import org.narrativelens.corpus.IngestionLimits;
import org.narrativelens.corpus.IngestionReport;
import org.narrativelens.corpus.Windows1252;
import org.narrativelens.embed.EmbeddingCache;
import org.narrativelens.frames.PassageVector;
import org.narrativelens.frames.ScoredPassage;
import org.narrativelens.frames.ScoringModel;
import org.narrativelens.narratives.ClaimLeans.Lean;
import org.narrativelens.narratives.ClaimRule;
import org.narrativelens.narratives.ClaimStance;
import org.narrativelens.pipeline.PassageText;
import org.narrativelens.pipeline.Pipeline;
import org.narrativelens.pipeline.ScoredClaims;
import org.narrativelens.scoring.ScoreReport.DocumentPlacement;
import org.narrativelens.scoring.ScoreReport.PlacedEvidence;
import org.narrativelens.scoring.ScoreReport.SourcePlacement;
import org.narrativelens.stance.Aggregate;
import org.narrativelens.stance.DocumentScore;
import org.narrativelens.stance.Evidence;
import org.narrativelens.stance.SourceScore;
import org.narrativelens.text.Passage;

/**
 * Scores new documents against a succeeded analysis without recomputing it, through the same {@link Pipeline} as the
 * analysis: segments and embeds them (through the embedding cache, so a document scored and later ingested is
 * embedded once), places their passages with the analysis's saved {@link ScoringModel} and aggregates them with its
 * voice setting, so a document the analysis holds scores as the analysis scored it. Nothing is stored but the
 * embeddings.
 */
@ApplicationScoped
public class ScoringService {

    private final Pipeline pipeline;
    private final AnalysisService analyses;
    private final CpuGate cpu;
    private final EmbeddingCache embeddings;
    private final IngestionLimits limits;
    private final ObjectMapper json;
    private final DocumentValidator validator;

    public ScoringService(Pipeline pipeline, AnalysisService analyses, EmbeddingCache embeddings,
                          IngestionLimits limits, ObjectMapper json, CpuGate cpu) {
        this.pipeline = pipeline;
        this.analyses = analyses;
        this.cpu = cpu;
        this.embeddings = embeddings;
        this.limits = limits;
        this.json = json;
        this.validator = new DocumentValidator(limits.maxCharactersPerDocument(), limits.maxNameLength());
    }

    /** Empty when the tenant has no such analysis (another tenant's is no different from one that does not exist). */
    public Optional<ScoreReport> score(String tenant, UUID analysisId, List<DocumentSubmission> submissions) {
        Optional<Saved> saved = load(tenant, analysisId);
        if (saved.isEmpty()) {
            return Optional.empty();
        }
        Deadline deadline = Deadline.after(limits.requestTimeout());
        // no array is refused by validate as an empty one is
        List<DocumentSubmission> repaired = submissions == null ? List.of()
                : submissions.stream().map(Windows1252::repair).toList();
        List<Integer> valid = validate(repaired);
        List<IngestionReport.Rejection> rejected = rejections(repaired);
        List<PassageText> texts = segment(repaired, valid, deadline);
        List<PassageVector> passages = cpu.run(deadline, "embedding passages", () -> pipeline.embed(texts,
                done -> deadline.check("embedding passages (" + done + " done)")));
        Pipeline.Placed placed = pipeline.place(saved.get().model(), passages);
        ScoredClaims.Leans leans = cpu.run(deadline, "reading statements", () -> pipeline.claims(saved.get().claims(),
                saved.get().entities(), texts, done -> deadline.check("reading statements (" + done
                        + " passages done)")));
        return Optional.of(new ScoreReport(analysisId, embeddings.model(), saved.get().parameters(),
                documents(repaired, valid, placed, leans.documents()), sources(placed.aggregate(), leans.sources()),
                rejected));
    }

    /**
     * What scoring needs of a finished analysis: its scoring model, the parameters it recorded, its claim axis as a
     * rule (null when none stood for the axis) and its entities with their aliases.
     */
    private record Saved(ScoringModel model, Map<String, Object> parameters, ClaimRule claims,
                         Map<String, List<String>> entities) {
    }

    private Optional<Saved> load(String tenant, UUID analysisId) {
        Optional<AnalysisService.Finished> finished = analyses.finished(tenant, analysisId, "can score documents");
        if (finished.isEmpty()) {
            return Optional.empty();
        }
        AnalysisService.SavedScoring scoring = finished.get().scoring();
        if (scoring == null) {
            throw new AnalysisNotReadyException("analysis " + analysisId + " kept no scoring model (it was empty, "
                    + "or made before scoring existed): run the analysis again");
        }
        if (!scoring.modelName().equals(embeddings.model().name())) {
            throw new AnalysisNotReadyException("analysis " + analysisId + " was made with model '"
                    + scoring.modelName() + "' but this service embeds with '" + embeddings.model().name() + "'");
        }
        ScoringModel model = read(scoring.json(), ScoringModel.class);
        Map<String, Object> parameters = new LinkedHashMap<>();
        Map<?, ?> result = read(finished.get().result(), Map.class);
        Map<?, ?> stored = (Map<?, ?>) result.get("parameters");
        if (stored != null) {
            stored.forEach((key, value) -> parameters.put(String.valueOf(key), value));
        }
        Object claimAxis = parameters.get(AnalysisResult.CLAIM_AXIS);
        ClaimRule claims = claimAxis == null ? null : json.convertValue(claimAxis, ClaimRule.class);
        Map<String, List<String>> entities = new LinkedHashMap<>();
        if (result.get("entities") instanceof List<?> list) {
            for (Object item : list) {
                Map<?, ?> entity = (Map<?, ?>) item;
                List<String> aliases = new ArrayList<>();
                if (entity.get("aliases") instanceof List<?> names) {
                    names.forEach(name -> aliases.add(String.valueOf(name)));
                }
                entities.put(String.valueOf(entity.get("name")), aliases);
            }
        }
        parameters.put("scoring", Map.of("method", model.method(), "scale", model.scale(),
                "sideThreshold", model.sideThreshold(), "topics", model.topicCentroids().length));
        return Optional.of(new Saved(model, parameters, claims, entities));
    }

    private <T> T read(String stored, Class<T> type) {
        try {
            return json.readValue(stored, type);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("a stored analysis does not parse: " + e.getOriginalMessage(), e);
        }
    }

    /** Indices of the valid documents; a request with none is refused, naming each problem. */
    private List<Integer> validate(List<DocumentSubmission> submissions) {
        if (submissions == null || submissions.isEmpty()) {
            throw new InvalidInputException("documents", "documents: give a JSON array of at least one document");
        }
        IngestionLimits.checkDocumentsPerRequest(submissions.size(), limits);
        List<Integer> valid = new ArrayList<>();
        for (int i = 0; i < submissions.size(); i++) {
            if (validator.problem(submissions.get(i)).isEmpty()) {
                valid.add(i);
            }
        }
        if (valid.isEmpty()) {
            List<IngestionReport.Rejection> rejected = rejections(submissions);
            IngestionReport.Rejection first = rejected.get(0);
            throw new InvalidInputException(rejected.size() == 1
                    ? "[" + first.index() + "]." + first.reason().substring(0, first.reason().indexOf(':'))
                    : "documents",
                    "no document can be scored: " + rejected.stream().map(r -> "[" + r.index() + "] " + r.reason())
                            .collect(Collectors.joining("; ")));
        }
        return valid;
    }

    private List<IngestionReport.Rejection> rejections(List<DocumentSubmission> submissions) {
        List<IngestionReport.Rejection> rejected = new ArrayList<>();
        for (int i = 0; i < submissions.size(); i++) {
            int index = i;
            validator.problem(submissions.get(i)).ifPresent(reason ->
                    rejected.add(new IngestionReport.Rejection(index, reason)));
        }
        return rejected;
    }

    /** Passages of the valid documents with their voices; documentId is the document's index in the request. */
    private List<PassageText> segment(List<DocumentSubmission> submissions, List<Integer> valid, Deadline deadline) {
        List<PassageText> passages = new ArrayList<>();
        for (int index : valid) {
            deadline.check("segmenting document " + index);
            String source = submissions.get(index).source().strip();
            String text = submissions.get(index).text();
            for (Passage passage : cpu.run(deadline, "segmenting document " + index, () -> pipeline.segment(text))) {
                passages.add(PassageText.of(passages.size(), index, source, passage));
            }
        }
        return passages;
    }

    /** Each placed document, its stance combined with its claims on the analysis's claim axis. */
    private static List<DocumentPlacement> documents(List<DocumentSubmission> submissions, List<Integer> valid,
                                                     Pipeline.Placed placed, Map<Long, Lean> leans) {
        Map<Long, DocumentScore> scores = new LinkedHashMap<>();
        ClaimStance.documents(placed.aggregate().documents(), leans).forEach(d -> scores.put(d.documentId(), d));
        // Each document scored as its own group (over the passages that count for it) gives its interval and
        // evidence the way a source gets them.
        Map<String, SourceScore> asGroups = new LinkedHashMap<>();
        placed.scorer().sources(placed.aggregate().selection().forDocuments().stream()
                .map(p -> new ScoredPassage(p.passageId(), p.documentId(), String.valueOf(p.documentId()), p.start(),
                        p.end(), p.text(), p.frameId(), p.stance(), p.relevance(), p.voice(), p.speechStance(),
                        p.speechRelevance()))
                .toList()).forEach(s -> asGroups.put(s.source(), s));
        List<DocumentPlacement> documents = new ArrayList<>();
        for (int index : valid) {
            DocumentSubmission submission = submissions.get(index);
            DocumentScore score = scores.get((long) index);
            SourceScore group = asGroups.get(String.valueOf(index));
            String externalId = submission.externalId() == null || submission.externalId().isBlank()
                    ? null : submission.externalId().strip();
            String publishedAt = submission.publishedAt() == null || submission.publishedAt().isBlank()
                    ? null : submission.publishedAt().strip();
            documents.add(score == null
                    ? new DocumentPlacement(index, externalId, submission.source().strip(), publishedAt, null, null,
                            Map.of(), 0, List.of())
                    : new DocumentPlacement(index, externalId, score.source(), publishedAt, score.stance(),
                            ClaimStance.interval(group.interval(), leans.get((long) index)), score.frameScores(),
                            group.passages(), evidence(group.evidence())));
        }
        return documents;
    }

    private static List<SourcePlacement> sources(Aggregate aggregate, Map<String, Lean> leans) {
        return ClaimStance.sources(aggregate.sources(), leans).stream().map(s -> new SourcePlacement(s.source(),
                s.stance(), s.interval(), s.frameScores(), s.passages(), evidence(s.evidence()))).toList();
    }

    private static List<PlacedEvidence> evidence(List<Evidence> evidence) {
        return evidence.stream().map(e -> new PlacedEvidence((int) e.documentId(), e.start(), e.end(), e.text(),
                e.stance(), e.weight())).toList();
    }
}
