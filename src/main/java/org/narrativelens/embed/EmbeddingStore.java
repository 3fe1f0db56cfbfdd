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
import java.util.TreeMap;
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
    /**
     * On PostgreSQL the check above does not see a concurrent transaction's uncommitted row, and the second insert
     * of a text fails on the key when two replicas store it at once (chunks of one corpus may share a text).
     */
    private static final String INSERT_POSTGRESQL = "INSERT INTO embedding (model, text_hash, vector)"
            + " VALUES (?, ?, ?) ON CONFLICT DO NOTHING";
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

    /**
     * Stores the vectors and runs {@code fence} in one transaction; when the fence does not hold, nothing is stored
     * and -1 is returned, else the number of vectors newly stored (texts stored earlier are skipped).
     */
    public int storeFenced(String model, Map<String, float[]> vectors, Fence fence) {
        int[] stored = {-1};
        try {
            inTransaction(connection -> {
                int inserted = insert(connection, model, vectors);
                if (!fence.holds(connection, inserted)) {
                    throw new FenceRefused();
                }
                stored[0] = inserted;
            });
        } catch (FenceRefused refused) {
            return -1;
        }
        return stored[0];
    }

    /** A conditional write that the vectors are stored with, given how many were new; false refuses them all. */
    @FunctionalInterface
    public interface Fence {
        boolean holds(Connection connection, int stored) throws SQLException;
    }

    /** Rolls back a write whose fence did not hold. */
    private static final class FenceRefused extends RuntimeException {
        FenceRefused() {
            super("fence refused", null, false, false);
        }
    }

    /**
     * One batch of inserts on {@code connection}, in the caller's transaction; stored texts are skipped. Returns how
     * many were newly stored.
     */
    public static int insert(Connection connection, String model, Map<String, float[]> vectors) throws SQLException {
        boolean postgresql = "PostgreSQL".equals(connection.getMetaData().getDatabaseProductName());
        try (PreparedStatement insert = connection.prepareStatement(postgresql ? INSERT_POSTGRESQL : INSERT)) {
            // in hash order: two writers of overlapping texts then take the keys' locks in one order, not a deadlock
            for (Map.Entry<String, float[]> entry : new TreeMap<>(vectors).entrySet()) {
                insert.setString(1, model);
                insert.setString(2, entry.getKey());
                insert.setBytes(3, VectorCodec.encode(entry.getValue()));
                if (!postgresql) {
                    insert.setString(4, model);
                    insert.setString(5, entry.getKey());
                }
                insert.addBatch();
            }
            int inserted = 0;
            for (int count : insert.executeBatch()) {
                inserted += count == PreparedStatement.SUCCESS_NO_INFO ? 1 : Math.max(0, count);
            }
            return inserted;
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
