package org.narrativelens.corpus;

import io.quarkus.hibernate.orm.panache.Panache;
import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import org.hibernate.exception.ConstraintViolationException;
import org.narrativelens.CpuGate;
import org.narrativelens.Deadline;
import org.narrativelens.InvalidInputException;
import org.narrativelens.observability.PipelineMetrics;
import org.narrativelens.text.Passage;
import org.narrativelens.text.PassageSegmenter;
import org.narrativelens.text.Segmentation;

/** Validates, deduplicates, segments and stores submitted documents, and queues their embedding. */
@ApplicationScoped
public class IngestionService {

    private final PassageSegmenter segmenter;
    private final CpuGate cpu;
    private final TenantIds ids;
    private final IngestionLimits limits;
    private final DocumentValidator validator;
    private final PipelineMetrics metrics;
    private final IngestionReceipts receipts;
    private final EmbeddingBacklog backlog;

    public IngestionService(PassageSegmenter segmenter, IngestionLimits limits, PipelineMetrics metrics,
                            IngestionReceipts receipts, CpuGate cpu, TenantIds ids, EmbeddingBacklog backlog) {
        this.backlog = backlog;
        this.segmenter = segmenter;
        this.cpu = cpu;
        this.ids = ids;
        this.limits = limits;
        this.metrics = metrics;
        this.receipts = receipts;
        this.validator = new DocumentValidator(limits.maxCharactersPerDocument(), limits.maxNameLength());
    }

    /**
     * Stores every valid document that the corpus does not hold yet. The batch is stored in one transaction, so
     * a failure (or a killed process) stores either all of it or none, and loses nothing that was reported as
     * accepted; a concurrent upload of the same content is retried once, when deduplication then sees it.
     */
    public Optional<IngestionReport> ingest(String tenant, UUID corpusId, List<DocumentSubmission> submissions) {
        return ingest(tenant, corpusId, submissions, null).map(Ingestion::report);
    }

    /**
     * As {@link #ingest(String, UUID, List)}; with an Idempotency-Key, the report is stored with the documents in
     * one transaction, and a request that repeats the key gets that report back without storing anything. Empty
     * when the tenant has no such corpus (another tenant's is no different from one that does not exist).
     */
    public Optional<Ingestion> ingest(String tenant, UUID corpusId, List<DocumentSubmission> submissions,
                                      IdempotencyKey key) {
        boolean tenants = QuarkusTransaction.requiringNew().call(() ->
                Corpus.count("id = ?1 and tenant = ?2", corpusId, tenant) > 0);
        return tenants ? Optional.of(ingest(corpusId, submissions, key)) : Optional.empty();
    }

    private Ingestion ingest(UUID corpusId, List<DocumentSubmission> submissions, IdempotencyKey key) {
        if (key != null) {
            Optional<IngestionReport> earlier = receipts.find(corpusId, key);
            if (earlier.isPresent()) {
                return new Ingestion(earlier.get(), true);
            }
        }
        IngestionLimits.checkDocumentsPerRequest(submissions.size(), limits);
        Deadline deadline = Deadline.after(limits.requestTimeout());
        List<Prepared> prepared = new ArrayList<>();
        List<IngestionReport.Rejection> rejected = new ArrayList<>();
        // Only content not seen yet is segmented: a re-sent batch costs a look-up, not CoreNLP. Documents are never
        // deleted, so what is known now is still known when the batch is stored.
        Set<String> seen = QuarkusTransaction.requiringNew().call(() -> knownHashes(corpusId));
        Map<String, Integer> firstIndexOfExternalId = new HashMap<>();
        Map<Integer, String> hashAtIndex = new HashMap<>();
        for (int i = 0; i < submissions.size(); i++) {
            deadline.check("segmenting document " + i);
            DocumentSubmission submission = Windows1252.repair(submissions.get(i));
            Optional<String> problem = validator.problem(submission);
            if (problem.isPresent()) {
                rejected.add(new IngestionReport.Rejection(i, problem.get()));
                continue;
            }
            String hash = ContentHash.ofDocument(submission.text());
            Optional<String> reused = reusedExternalId(blankToNull(submission.externalId()), i, hash,
                    firstIndexOfExternalId, hashAtIndex);
            if (reused.isPresent()) {
                rejected.add(new IngestionReport.Rejection(i, reused.get()));
                continue;
            }
            hashAtIndex.put(i, hash);
            prepared.add(new Prepared(submission, hash, seen.add(hash)
                    ? cpu.run(deadline, "segmenting document " + i, () -> segmenter.segment(submission.text())) : null));
        }
        if (submissions.isEmpty()) {
            throw new InvalidInputException("documents", "documents: the array is empty; send at least one document");
        }
        if (prepared.isEmpty()) {
            metrics.documents("rejected", rejected.size());
            throw new InvalidInputException(rejected.size() == 1 ? fieldOf(rejected.get(0)) : "documents",
                    "no document was accepted: " + rejected.stream().map(r -> "[" + r.index() + "] " + r.reason())
                            .collect(Collectors.joining("; ")));
        }
        Ingestion ingestion = storeRetryingOnce(corpusId, prepared, rejected, key);
        if (!ingestion.replayed()) {
            IngestionReport report = ingestion.report();
            metrics.documents("accepted", report.accepted());
            metrics.documents("duplicate", report.duplicates());
            metrics.documents("rejected", report.rejected().size());
        }
        return ingestion;
    }

    /** The report of an ingestion request, and whether it is the stored answer to an earlier request. */
    public record Ingestion(IngestionReport report, boolean replayed) {
    }

    private Ingestion storeRetryingOnce(UUID corpusId, List<Prepared> prepared,
            List<IngestionReport.Rejection> rejected, IdempotencyKey key) {
        List<Prepared> segmented = prepared.stream().filter(p -> p.segmentation() != null).toList();
        TenantIds.Block numbers = ids.reserve(corpusId, segmented.size(),
                segmented.stream().mapToLong(p -> p.segmentation().passages().size()).sum());
        try {
            return new Ingestion(store(corpusId, prepared, rejected, key, numbers), false);
        } catch (RuntimeException e) {
            if (!causedByConstraintViolation(e)) {
                throw e;
            }
            // A concurrent request stored the same content or used the same key first.
            if (key != null) {
                Optional<IngestionReport> concurrent = receipts.find(corpusId, key);
                if (concurrent.isPresent()) {
                    return new Ingestion(concurrent.get(), true);
                }
            }
            return new Ingestion(store(corpusId, prepared, rejected, key, numbers), false);
        }
    }

    private IngestionReport store(UUID corpusId, List<Prepared> prepared, List<IngestionReport.Rejection> rejected,
                                  IdempotencyKey key, TenantIds.Block numbers) {
        return QuarkusTransaction.requiringNew().call(() -> {
            Set<String> known = knownHashes(corpusId);
            checkCorpusCapacity(known, prepared);
            OffsetDateTime now = OffsetDateTime.now();
            List<Prepared> fresh = new ArrayList<>();
            for (Prepared document : prepared) {
                if (known.add(document.contentHash())) {
                    fresh.add(document);
                }
            }
            EmbeddingBacklog.Plan embedding = backlog.queue(corpusId,
                    fresh.stream().map(document -> document.segmentation().passages()).toList(), now);
            int passages = 0;
            for (Prepared document : fresh) {
                persist(corpusId, document, now, numbers, embedding, passages);
                passages += document.segmentation().passages().size();
            }
            IngestionReport report = new IngestionReport(fresh.size(), prepared.size() - fresh.size(),
                    List.copyOf(rejected));
            if (key != null) {
                receipts.record(corpusId, key, report);
            }
            return report;
        });
    }

    /** The whole request is refused when its new documents would take the corpus past its limit. */
    private void checkCorpusCapacity(Set<String> known, List<Prepared> prepared) {
        long fresh = prepared.stream().map(Prepared::contentHash).filter(hash -> !known.contains(hash)).distinct().count();
        if (known.size() + fresh > limits.maxDocumentsPerCorpus()) {
            throw new InvalidInputException("documents", "documents: the corpus holds " + known.size()
                    + " documents and this request adds " + fresh + ", which exceeds the limit of "
                    + limits.maxDocumentsPerCorpus() + " documents per corpus (narrative-lens.limits.max-documents-per-corpus)");
        }
    }

    /**
     * An external id used earlier in the same request by a document with other content is a client error (which of
     * the two is meant?); with the same content it is an ordinary duplicate.
     */
    private static Optional<String> reusedExternalId(String externalId, int index, String hash,
                                                     Map<String, Integer> firstIndex, Map<Integer, String> hashAtIndex) {
        if (externalId == null) {
            return Optional.empty();
        }
        Integer first = firstIndex.putIfAbsent(externalId, index);
        if (first == null || hash.equals(hashAtIndex.get(first))) {
            return Optional.empty();
        }
        return Optional.of("externalId: '" + externalId + "' is already used in this request by the document at index "
                + first + ", whose text differs; external ids must be unique within a request");
    }

    private static Set<String> knownHashes(UUID corpusId) {
        return new HashSet<>(Panache.getEntityManager()
                .createQuery("select d.contentHash from CorpusDocument d where d.corpusId = ?1", String.class)
                .setParameter(1, corpusId).getResultList());
    }

    /** Stores the document and its passages; {@code first} is the position of its first passage in the plan. */
    private static void persist(UUID corpusId, Prepared prepared, OffsetDateTime now, TenantIds.Block numbers,
                                EmbeddingBacklog.Plan embedding, int first) {
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
        document.publicId = numbers.document();
        document.persist();
        List<Passage> passages = prepared.segmentation().passages();
        for (int i = 0; i < passages.size(); i++) {
            Passage passage = passages.get(i);
            CorpusPassage stored = new CorpusPassage();
            stored.embeddingTask = embedding.taskOf(first + i);
            stored.documentId = document.id;
            stored.publicId = numbers.passage();
            stored.ordinal = passage.ordinal();
            stored.paragraph = passage.paragraph();
            stored.start = passage.start();
            stored.end = passage.end();
            stored.textHash = ContentHash.sha256(passage.text());
            stored.assignVoice(passage.voice());
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
