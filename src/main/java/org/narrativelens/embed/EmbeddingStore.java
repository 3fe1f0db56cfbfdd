package org.narrativelens.embed;

import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.enterprise.context.ApplicationScoped;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import javax.sql.DataSource;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The embedding table: vectors by (model, text hash). Each look-up and write runs in its own short transaction, so
 * no transaction spans an analysis and a failure loses at most one chunk's work.
 */
@ApplicationScoped
public class EmbeddingStore {

    /**
     * The hashes arrive as one array joined to the table on the whole primary key. H2 2.4 plans {@code model = ?
     * AND text_hash IN (...)} on {@code model} alone (it reads every vector of the model); this shape is an index
     * look-up per hash on H2 and PostgreSQL alike (EmbeddingLookupPlanTest checks both). The cast to CHAR(64) keeps
     * PostgreSQL from comparing as text, which would bypass the index.
     */
    static final String LOOKUP = "SELECT e.text_hash, e.vector FROM UNNEST(CAST(? AS CHAR(64) ARRAY)) AS t(h)"
            + " JOIN embedding e ON e.model = ? AND e.text_hash = t.h";
    /** Another process may have stored the same text meanwhile: skip it rather than fail. */
    private static final String INSERT = "INSERT INTO embedding (model, text_hash, vector) SELECT ?, ?, ?"
            + " WHERE NOT EXISTS (SELECT 1 FROM embedding WHERE model = ? AND text_hash = ?)";
    /** Hashes per look-up statement and transaction. */
    static final int LOOKUP_CHUNK = 500;

    private final DataSource dataSource;
    private final int transactionTimeoutSeconds;

    public EmbeddingStore(DataSource dataSource,
                          @ConfigProperty(name = "narrative-lens.embedding.transaction-timeout", defaultValue = "30s")
                          Duration transactionTimeout) {
        this.dataSource = dataSource;
        this.transactionTimeoutSeconds = (int) Math.max(1, transactionTimeout.toSeconds());
    }

    /** The stored vectors of {@code model} among {@code hashes}, by hash. */
    public Map<String, float[]> find(String model, List<String> hashes) {
        List<String> distinct = hashes.stream().distinct().toList();
        Map<String, float[]> found = new HashMap<>();
        for (int from = 0; from < distinct.size(); from += LOOKUP_CHUNK) {
            List<String> chunk = distinct.subList(from, Math.min(distinct.size(), from + LOOKUP_CHUNK));
            inTransaction(connection -> found.putAll(select(connection, model, chunk)));
        }
        return found;
    }

    /** Stores the vectors of {@code model} in one transaction and one batch of statements. */
    public void store(String model, Map<String, float[]> vectors) {
        if (vectors.isEmpty()) {
            return;
        }
        inTransaction(connection -> insert(connection, model, vectors));
    }

    /** One look-up statement on {@code connection}, in the caller's transaction. */
    public static Map<String, float[]> select(Connection connection, String model, List<String> hashes)
            throws SQLException {
        Map<String, float[]> found = new HashMap<>();
        try (PreparedStatement select = connection.prepareStatement(LOOKUP)) {
            select.setArray(1, connection.createArrayOf("VARCHAR", hashes.toArray()));
            select.setString(2, model);
            try (ResultSet rows = select.executeQuery()) {
                while (rows.next()) {
                    found.put(rows.getString(1).strip(), VectorCodec.decode(rows.getBytes(2)));
                }
            }
        }
        return found;
    }

    /** One batch of inserts on {@code connection}, in the caller's transaction; stored texts are skipped. */
    public static void insert(Connection connection, String model, Map<String, float[]> vectors) throws SQLException {
        try (PreparedStatement insert = connection.prepareStatement(INSERT)) {
            for (Map.Entry<String, float[]> entry : vectors.entrySet()) {
                insert.setString(1, model);
                insert.setString(2, entry.getKey());
                insert.setBytes(3, VectorCodec.encode(entry.getValue()));
                insert.setString(4, model);
                insert.setString(5, entry.getKey());
                insert.addBatch();
            }
            insert.executeBatch();
        }
    }

    /** Work on one JDBC connection inside its own bounded transaction. */
    @FunctionalInterface
    interface ConnectionWork {
        void run(Connection connection) throws SQLException;
    }

    private void inTransaction(ConnectionWork work) {
        QuarkusTransaction.requiringNew().timeout(transactionTimeoutSeconds).run(() -> {
            try (Connection connection = dataSource.getConnection()) {
                work.run(connection);
            } catch (SQLException e) {
                throw new EmbeddingStoreException(e);
            }
        });
    }

    /** A database failure of the embedding table; its cause is the driver's exception. */
    public static final class EmbeddingStoreException extends RuntimeException {
        EmbeddingStoreException(SQLException cause) {
            super(cause.getMessage(), cause);
        }
    }
}
