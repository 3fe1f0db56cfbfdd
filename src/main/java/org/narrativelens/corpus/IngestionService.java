package org.narrativelens.corpus;

import io.quarkus.hibernate.orm.panache.Panache;
import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import org.hibernate.exception.ConstraintViolationException;
import org.narrativelens.InvalidInputException;
import org.narrativelens.observability.PipelineMetrics;
import org.narrativelens.text.Passage;
import org.narrativelens.text.PassageSegmenter;
import org.narrativelens.text.Segmentation;

/** Validates, deduplicates, segments and stores submitted documents. */
@ApplicationScoped
public class IngestionService {

    private final PassageSegmenter segmenter;
    private final IngestionLimits limits;
    private final DocumentValidator validator;
    private final PipelineMetrics metrics;

    public IngestionService(PassageSegmenter segmenter, IngestionLimits limits, PipelineMetrics metrics) {
        this.segmenter = segmenter;
        this.limits = limits;
        this.metrics = metrics;
        this.validator = new DocumentValidator(limits.maxCharactersPerDocument(), limits.maxNameLength());
    }

    /**
     * Stores every valid document that the corpus does not hold yet. The batch is stored in one transaction, so
     * a failure loses nothing that was reported as accepted; a concurrent upload of the same content is retried
     * once, when deduplication then sees it.
     */
    public IngestionReport ingest(UUID corpusId, List<DocumentSubmission> submissions) {
        if (submissions.size() > limits.maxDocumentsPerRequest()) {
            throw new InvalidInputException("documents", submissions.size()
                    + " documents exceeds the limit of " + limits.maxDocumentsPerRequest() + " per request");
        }
        List<Prepared> prepared = new ArrayList<>();
        List<IngestionReport.Rejection> rejected = new ArrayList<>();
        // Only content not seen yet is segmented: a re-sent batch costs a look-up, not CoreNLP. Documents are never
        // deleted, so what is known now is still known when the batch is stored.
        Set<String> seen = QuarkusTransaction.requiringNew().call(() -> knownHashes(corpusId));
        for (int i = 0; i < submissions.size(); i++) {
            DocumentSubmission submission = submissions.get(i);
            Optional<String> problem = validator.problem(submission);
            if (problem.isPresent()) {
                rejected.add(new IngestionReport.Rejection(i, problem.get()));
            } else {
                String hash = ContentHash.ofDocument(submission.text());
                prepared.add(new Prepared(submission, hash,
                        seen.add(hash) ? segmenter.segment(submission.text()) : null));
            }
        }
        if (!submissions.isEmpty() && prepared.isEmpty()) {
            metrics.documents("rejected", rejected.size());
            throw new InvalidInputException(rejected.size() == 1 ? fieldOf(rejected.get(0)) : "documents",
                    "no document was accepted: " + rejected.stream().map(r -> "[" + r.index() + "] " + r.reason())
                            .collect(Collectors.joining("; ")));
        }
        IngestionReport report = storeRetryingOnce(corpusId, prepared, rejected);
        metrics.documents("accepted", report.accepted());
        metrics.documents("duplicate", report.duplicates());
        metrics.documents("rejected", report.rejected().size());
        return report;
    }

    private IngestionReport storeRetryingOnce(UUID corpusId, List<Prepared> prepared,
            List<IngestionReport.Rejection> rejected) {
        try {
            return store(corpusId, prepared, rejected);
        } catch (RuntimeException e) {
            if (!causedByConstraintViolation(e)) {
                throw e;
            }
            return store(corpusId, prepared, rejected);
        }
    }

    private IngestionReport store(UUID corpusId, List<Prepared> prepared, List<IngestionReport.Rejection> rejected) {
        return QuarkusTransaction.requiringNew().call(() -> {
            Set<String> known = knownHashes(corpusId);
            int accepted = 0;
            int duplicates = 0;
            OffsetDateTime now = OffsetDateTime.now();
            for (Prepared document : prepared) {
                if (!known.add(document.contentHash())) {
                    duplicates++;
                    continue;
                }
                persist(corpusId, document, now);
                accepted++;
            }
            return new IngestionReport(accepted, duplicates, List.copyOf(rejected));
        });
    }

    private static Set<String> knownHashes(UUID corpusId) {
        return new HashSet<>(Panache.getEntityManager()
                .createQuery("select d.contentHash from CorpusDocument d where d.corpusId = ?1", String.class)
                .setParameter(1, corpusId).getResultList());
    }

    private static void persist(UUID corpusId, Prepared prepared, OffsetDateTime now) {
        DocumentSubmission submission = prepared.submission();
        CorpusDocument document = new CorpusDocument();
        document.corpusId = corpusId;
        document.externalId = blankToNull(submission.externalId());
        document.source = submission.source().strip();
        document.title = blankToNull(submission.title());
        document.url = blankToNull(submission.url());
        document.publishedAt = DocumentValidator.parseDate(submission.publishedAt()).orElse(null);
        document.language = blankToNull(submission.language());
        document.text = submission.text();
        document.contentHash = prepared.contentHash();
        document.boilerplateDropped = prepared.segmentation().boilerplateDropped();
        document.createdAt = now;
        document.persist();
        for (Passage passage : prepared.segmentation().passages()) {
            CorpusPassage stored = new CorpusPassage();
            stored.documentId = document.id;
            stored.ordinal = passage.ordinal();
            stored.paragraph = passage.paragraph();
            stored.start = passage.start();
            stored.end = passage.end();
            stored.textHash = ContentHash.sha256(passage.text());
            stored.persist();
        }
    }

    /** "[3].text" for a rejection whose reason starts with "text:". */
    private static String fieldOf(IngestionReport.Rejection rejection) {
        return "[" + rejection.index() + "]." + rejection.reason().substring(0, rejection.reason().indexOf(':'));
    }

    private static boolean causedByConstraintViolation(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof ConstraintViolationException) {
                return true;
            }
        }
        return false;
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }

    /** A valid submission; {@code segmentation} is null for content the corpus or the batch already holds. */
    private record Prepared(DocumentSubmission submission, String contentHash, Segmentation segmentation) {
    }
}
