package org.narrativelens.corpus;

import io.quarkus.hibernate.orm.panache.Panache;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.narrativelens.InvalidInputException;

/**
 * Creates corpora and reports what they hold. Every look-up is scoped to a tenant: another tenant's corpus is
 * indistinguishable from one that does not exist.
 */
@ApplicationScoped
public class CorpusService {

    private final IngestionLimits limits;
    private final String model;

    public CorpusService(IngestionLimits limits, @ConfigProperty(name = "narrative-lens.model.name") String model) {
        this.limits = limits;
        this.model = model;
    }

    @Transactional
    public CorpusSummary create(String tenant, String name) {
        if (name == null || name.isBlank()) {
            throw new InvalidInputException("name", "name: is required and must not be empty");
        }
        if (name.length() > limits.maxNameLength()) {
            throw new InvalidInputException("name",
                    "name: " + name.length() + " characters exceeds the limit of " + limits.maxNameLength());
        }
        TextCharacters.problem("name", name, false).ifPresent(problem -> {
            throw new InvalidInputException("name", problem);
        });
        Corpus corpus = new Corpus();
        corpus.id = UUID.randomUUID();
        corpus.name = name.strip();
        corpus.tenant = tenant;
        corpus.createdAt = OffsetDateTime.now();
        corpus.persist();
        return new CorpusSummary(corpus.id, corpus.name, 0, 0, 0);
    }

    /** The tenant's corpus with this id; empty when there is none or it belongs to another tenant. */
    @Transactional
    public Optional<Corpus> find(String tenant, UUID id) {
        return Corpus.<Corpus>find("id = ?1 and tenant = ?2", id, tenant).firstResultOptional();
    }

    @Transactional
    public Optional<CorpusSummary> summary(String tenant, UUID id) {
        return find(tenant, id).map(corpus -> new CorpusSummary(corpus.id, corpus.name,
                CorpusDocument.count("corpusId", id),
                CorpusPassage.count("documentId in (select d.id from CorpusDocument d where d.corpusId = ?1)", id),
                embedded(id)));
    }

    /** Passages of the corpus whose vectors are stored for the service's model (joined on the whole key). */
    private long embedded(UUID corpusId) {
        return ((Number) Panache.getEntityManager().createNativeQuery("SELECT COUNT(*) FROM passage p"
                        + " JOIN document d ON d.id = p.document_id"
                        + " JOIN embedding e ON e.model = ?1 AND e.text_hash = p.text_hash WHERE d.corpus_id = ?2")
                .setParameter(1, model).setParameter(2, corpusId).getSingleResult()).longValue();
    }

    /** The tenant's corpora with exactly this name (after trimming), or all when it is null, oldest first. */
    @Transactional
    public List<CorpusSummary> list(String tenant, String name) {
        List<Corpus> found = name == null ? Corpus.list("tenant = ?1 order by createdAt, id", tenant)
                : Corpus.list("tenant = ?1 and name = ?2 order by createdAt, id", tenant, name.strip());
        return found.stream()
                .map(corpus -> summary(tenant, corpus.id).orElseThrow())
                .toList();
    }

    /** A document of the tenant's corpus; empty when it is not there (or the corpus is not the tenant's). */
    @Transactional
    public Optional<StoredDocument> document(String tenant, UUID corpusId, long documentId) {
        return find(tenant, corpusId).flatMap(corpus -> CorpusDocument.<CorpusDocument>findByIdOptional(documentId)
                .filter(document -> document.corpusId.equals(corpusId)).map(StoredDocument::of));
    }

    public boolean exists(String tenant, UUID id) {
        return find(tenant, id).isPresent();
    }

    /** The distinct source names in the tenant's corpus, sorted; empty when the corpus is not the tenant's. */
    @Transactional
    public List<String> sources(String tenant, UUID corpusId) {
        return Panache.getEntityManager().createQuery(
                        "select distinct d.source from CorpusDocument d, Corpus c"
                                + " where d.corpusId = ?1 and c.id = d.corpusId and c.tenant = ?2 order by d.source",
                        String.class)
                .setParameter(1, corpusId).setParameter(2, tenant).getResultList();
    }
}
