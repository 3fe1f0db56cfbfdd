package org.narrativelens.corpus;

import io.quarkus.hibernate.orm.panache.Panache;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.narrativelens.InvalidInputException;

/**
 * Creates corpora and reports what they hold. Every look-up is scoped to a tenant: another tenant's corpus is
 * indistinguishable from one that does not exist.
 */
@ApplicationScoped
public class CorpusService {

    private final IngestionLimits limits;

    public CorpusService(IngestionLimits limits) {
        this.limits = limits;
    }

    @Transactional
    public Corpus create(String tenant, String name) {
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
        corpus.tenant = tenant;
        corpus.createdAt = OffsetDateTime.now();
        corpus.persist();
        return corpus;
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
                CorpusPassage.count("documentId in (select d.id from CorpusDocument d where d.corpusId = ?1)", id)));
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
