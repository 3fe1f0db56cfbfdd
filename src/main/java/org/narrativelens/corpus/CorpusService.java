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
        TextCharacters.problem("name", name, false).ifPresent(problem -> {
            throw new InvalidInputException("name", problem);
        });
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
