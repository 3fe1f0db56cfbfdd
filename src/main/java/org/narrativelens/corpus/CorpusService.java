package org.narrativelens.corpus;

import io.quarkus.hibernate.orm.panache.Panache;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.Query;
import jakarta.transaction.Transactional;
import java.time.OffsetDateTime;
import java.util.ArrayList;
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
        return summaries(tenant, id, null).stream().findFirst();
    }

    /** The tenant's corpora with exactly this name (after trimming), or all when it is null, oldest first. */
    @Transactional
    public List<CorpusSummary> list(String tenant, String name) {
        return summaries(tenant, null, name == null ? null : name.strip());
    }

    /**
     * The tenant's corpora (one of them when {@code id} is set, those named {@code name} when it is set) with their
     * counts, in one query whatever their number: documents and passages counted per corpus with GROUP BY, and
     * {@code embedded} the passages whose vectors are stored for the service's model (joined on the whole key).
     */
    private List<CorpusSummary> summaries(String tenant, UUID id, String name) {
        String only = (id == null ? "" : " AND c.id = :id") + (name == null ? "" : " AND c.name = :name");
        Query query = Panache.getEntityManager().createNativeQuery("SELECT CAST(c.id AS VARCHAR), c.name,"
                + " COALESCE(dc.documents, 0), COALESCE(pc.passages, 0), COALESCE(pc.embedded, 0) FROM corpus c"
                + " LEFT JOIN (SELECT d.corpus_id AS corpus_id, COUNT(*) AS documents FROM document d"
                + "   JOIN corpus c ON c.id = d.corpus_id WHERE c.tenant = :tenant" + only
                + "   GROUP BY d.corpus_id) dc ON dc.corpus_id = c.id"
                + " LEFT JOIN (SELECT d.corpus_id AS corpus_id, COUNT(*) AS passages, COUNT(e.text_hash) AS embedded"
                + "   FROM passage p JOIN document d ON d.id = p.document_id JOIN corpus c ON c.id = d.corpus_id"
                + "   LEFT JOIN embedding e ON e.model = :model AND e.text_hash = p.text_hash"
                + "   WHERE c.tenant = :tenant" + only + " GROUP BY d.corpus_id) pc ON pc.corpus_id = c.id"
                + " WHERE c.tenant = :tenant" + only + " ORDER BY c.created_at, c.id");
        query.setParameter("tenant", tenant).setParameter("model", model);
        if (id != null) {
            query.setParameter("id", id);
        }
        if (name != null) {
            query.setParameter("name", name);
        }
        List<CorpusSummary> summaries = new ArrayList<>();
        for (Object row : query.getResultList()) {
            Object[] columns = (Object[]) row; // the id as text: H2 hands a native UUID back as bytes
            summaries.add(new CorpusSummary(UUID.fromString((String) columns[0]), (String) columns[1], count(columns[2]),
                    count(columns[3]), count(columns[4])));
        }
        return summaries;
    }

    private static long count(Object value) {
        return ((Number) value).longValue();
    }

    /**
     * A document of the tenant's corpus by the id the tenant sees; empty when it is not there (or the corpus is not
     * the tenant's).
     */
    @Transactional
    public Optional<StoredDocument> document(String tenant, UUID corpusId, long documentId) {
        return find(tenant, corpusId).flatMap(corpus -> CorpusDocument.<CorpusDocument>find(
                "corpusId = ?1 and publicId = ?2", corpusId, documentId).<CorpusDocument>firstResultOptional())
                .map(StoredDocument::of);
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
