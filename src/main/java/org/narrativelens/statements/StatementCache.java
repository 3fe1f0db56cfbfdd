package org.narrativelens.statements;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.hibernate.orm.panache.Panache;
import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The statements of each parsed sentence, by sentence hash and {@link StatementExtractor#VERSION}, in the
 * {@code statement_cache} table: a sentence is parsed once across analyses and corpora.
 */
@ApplicationScoped
public class StatementCache implements SentenceStore {

    private static final int LOOKUP_CHUNK = 500;
    private static final TypeReference<List<Statement>> LIST = new TypeReference<>() {
    };

    private final ObjectMapper json = new ObjectMapper();

    @Override
    public Map<String, List<Statement>> lookup(List<String> hashes) {
        List<String> distinct = hashes.stream().distinct().toList();
        Map<String, List<Statement>> found = new HashMap<>();
        QuarkusTransaction.requiringNew().run(() -> {
            EntityManager em = Panache.getEntityManager();
            for (int from = 0; from < distinct.size(); from += LOOKUP_CHUNK) {
                @SuppressWarnings("unchecked")
                List<Object[]> rows = em.createNativeQuery("SELECT sentence_hash, statements FROM statement_cache "
                                + "WHERE sentence_hash IN (?1) AND rules_version = ?2")
                        .setParameter(1, distinct.subList(from, Math.min(distinct.size(), from + LOOKUP_CHUNK)))
                        .setParameter(2, StatementExtractor.VERSION)
                        .getResultList();
                for (Object[] row : rows) {
                    found.put(((String) row[0]).strip(), decode((String) row[1]));
                }
            }
        });
        return found;
    }

    /** Stores one chunk's fresh parses in one transaction; a row another analysis stored meanwhile is kept. */
    @Override
    public void store(Map<String, List<Statement>> parsed) {
        QuarkusTransaction.requiringNew().run(() -> {
            EntityManager em = Panache.getEntityManager();
            for (Map.Entry<String, List<Statement>> entry : parsed.entrySet()) {
                em.createNativeQuery("INSERT INTO statement_cache (sentence_hash, rules_version, statements) "
                                + "SELECT ?1, ?2, ?3 WHERE NOT EXISTS (SELECT 1 FROM statement_cache "
                                + "WHERE sentence_hash = ?1 AND rules_version = ?2)")
                        .setParameter(1, entry.getKey())
                        .setParameter(2, StatementExtractor.VERSION)
                        .setParameter(3, encode(entry.getValue()))
                        .executeUpdate();
            }
        });
    }

    String encode(List<Statement> statements) {
        try {
            return json.writeValueAsString(statements);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("statements must serialise", e);
        }
    }

    List<Statement> decode(String text) {
        try {
            return json.readValue(text, LIST);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("unreadable cached statements: " + e.getMessage(), e);
        }
    }
}
