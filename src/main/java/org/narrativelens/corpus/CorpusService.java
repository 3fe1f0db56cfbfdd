package org.narrativelens.corpus;

import io.quarkus.hibernate.orm.panache.Panache;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.narrativelens.InvalidInputException;

/** Creates corpora and reports what they hold. */
@ApplicationScoped
public class CorpusService {

    private final IngestionLimits limits;

    public CorpusService(IngestionLimits limits) {
        this.limits = limits;
    }

    @Transactional
    public Corpus create(String name) {
        if (name == null || name.isBlank()) {
            throw new InvalidInputException("name", "name: is required and must not be empty");
        }
        if (name.length() > limits.maxNameLength()) {
            throw new InvalidInputException("name",
                    "name: " + name.length() + " characters exceeds the limit of " + limits.maxNameLength());
        }
        Corpus corpus = new Corpus();
        corpus.id = UUID.randomUUID();
        corpus.name = name.strip();
        corpus.createdAt = OffsetDateTime.now();
        corpus.persist();
        return corpus;
    }

    @Transactional
    public Optional<CorpusSummary> summary(UUID id) {
        return Corpus.<Corpus>findByIdOptional(id).map(corpus -> new CorpusSummary(corpus.id, corpus.name,
                CorpusDocument.count("corpusId", id),
                CorpusPassage.count("documentId in (select d.id from CorpusDocument d where d.corpusId = ?1)", id)));
    }

    /** The corpora with exactly this name (after trimming), or all when it is null, oldest first, with sizes. */
    @Transactional
    public List<CorpusSummary> list(String name) {
        List<Corpus> found = name == null ? Corpus.list("order by createdAt, id")
                : Corpus.list("name = ?1 order by createdAt, id", name.strip());
        return found.stream()
                .map(corpus -> summary(corpus.id).orElseThrow())
                .toList();
    }

    /** A document of a corpus; empty when either does not exist or the document belongs to another corpus. */
    @Transactional
    public Optional<CorpusDocument> document(UUID corpusId, long documentId) {
        return CorpusDocument.<CorpusDocument>findByIdOptional(documentId)
                .filter(document -> document.corpusId.equals(corpusId));
    }

    public boolean exists(UUID id) {
        return Corpus.findByIdOptional(id).isPresent();
    }

    /** The distinct source names in a corpus, sorted. */
    @Transactional
    public List<String> sources(UUID corpusId) {
        return Panache.getEntityManager().createQuery(
                        "select distinct d.source from CorpusDocument d where d.corpusId = ?1 order by d.source",
                        String.class)
                .setParameter(1, corpusId).getResultList();
    }
}
