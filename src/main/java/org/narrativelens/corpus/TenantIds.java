package org.narrativelens.corpus;

import io.quarkus.hibernate.orm.panache.Panache;
import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import java.util.UUID;

/**
 * Numbers the documents and passages a tenant sees from that tenant's own counters (table {@code tenant_ids}), so
 * that its ids say nothing of what other tenants store; the global keys stay internal.
 */
@ApplicationScoped
public class TenantIds {

    /** Numbers reserved for one ingestion, handed out in order. */
    static final class Block {
        private long nextDocument;
        private long nextPassage;

        Block(long firstDocument, long firstPassage) {
            this.nextDocument = firstDocument;
            this.nextPassage = firstPassage;
        }

        long document() {
            return nextDocument++;
        }

        long passage() {
            return nextPassage++;
        }
    }

    /**
     * Reserves numbers for the corpus's tenant in a short transaction of its own, committed at once: an ingestion
     * that then fails or finds duplicates leaves a gap in its own tenant's numbers only.
     */
    Block reserve(UUID corpusId, long documents, long passages) {
        if (documents == 0) {
            return new Block(0, 0); // every document is a duplicate: nothing to number
        }
        try {
            return QuarkusTransaction.requiringNew().call(() -> reserveNow(corpusId, documents, passages));
        } catch (RuntimeException firstRowRace) {
            // two first ingestions of a new tenant inserted its row at once: the row is there now
            return QuarkusTransaction.requiringNew().call(() -> reserveNow(corpusId, documents, passages));
        }
    }

    private static Block reserveNow(UUID corpusId, long documents, long passages) {
        EntityManager em = Panache.getEntityManager();
        String tenant = em.find(Corpus.class, corpusId).tenant;
        int updated = em.createNativeQuery("UPDATE tenant_ids SET next_document = next_document + ?1,"
                        + " next_passage = next_passage + ?2 WHERE tenant = ?3")
                .setParameter(1, documents).setParameter(2, passages).setParameter(3, tenant).executeUpdate();
        if (updated == 0) {
            em.createNativeQuery("INSERT INTO tenant_ids (tenant, next_document, next_passage) VALUES (?1, ?2, ?3)")
                    .setParameter(1, tenant).setParameter(2, 1 + documents).setParameter(3, 1 + passages)
                    .executeUpdate();
            return new Block(1, 1);
        }
        Object[] next = (Object[]) em.createNativeQuery(
                        "SELECT next_document, next_passage FROM tenant_ids WHERE tenant = ?1")
                .setParameter(1, tenant).getSingleResult();
        return new Block(((Number) next[0]).longValue() - documents, ((Number) next[1]).longValue() - passages);
    }
}
