package org.narrativelens.analysis;

import io.quarkus.hibernate.orm.panache.Panache;
import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.narrativelens.corpus.CorpusDocument;
import org.narrativelens.corpus.CorpusPassage;

/** Loads every passage of a corpus with its text, source and document, in a stable order. */
@ApplicationScoped
public class CorpusPassages {

    public List<LoadedPassage> load(UUID corpusId) {
        return QuarkusTransaction.requiringNew().call(() -> {
            Map<Long, CorpusDocument> documents = new HashMap<>();
            CorpusDocument.<CorpusDocument>list("corpusId", corpusId).forEach(d -> documents.put(d.id, d));
            List<CorpusPassage> passages = Panache.getEntityManager().createQuery(
                            "select p from CorpusPassage p where p.documentId in "
                                    + "(select d.id from CorpusDocument d where d.corpusId = ?1) order by p.id",
                            CorpusPassage.class)
                    .setParameter(1, corpusId).getResultList();
            List<LoadedPassage> loaded = new ArrayList<>(passages.size());
            for (CorpusPassage passage : passages) {
                CorpusDocument document = documents.get(passage.documentId);
                if (document == null) {
                    // stored (with all its passages, in one transaction) after the documents were read: the analysis
                    // covers the corpus as it was when it started
                    continue;
                }
                loaded.add(new LoadedPassage(passage.id, document.id, document.externalId, document.source,
                        passage.start, passage.end, document.text.substring(passage.start, passage.end),
                        passage.textHash, document.title, document.publishedAt));
            }
            return loaded;
        });
    }

    /** A passage with what an analysis needs to know of it. */
    public record LoadedPassage(long passageId, long documentId, String externalId, String source, int start, int end,
                                String text, String textHash, String title, OffsetDateTime publishedAt) {
    }
}
