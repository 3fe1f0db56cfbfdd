package org.narrativelens.embed;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;
import org.narrativelens.corpus.ContentHash;

/**
 * The embedding look-up is an index look-up per hash on both model and hash, whatever the table holds: the plan of
 * the store's own statement, on the database the tests run on (H2, or PostgreSQL with -Ppostgresql).
 */
@QuarkusTest
class EmbeddingLookupPlanTest {

    /**
     * Vectors stored before the plan is taken. PostgreSQL plans by cost and rightly scans a small table whole (below
     * about 150,000 rows for 500 hashes), so its check needs a large one; H2's choice does not depend on the size.
     */
    private static int stored(boolean postgres) {
        return postgres ? 300_000 : 20_000;
    }

    @Inject
    DataSource dataSource;

    @Inject
    EmbeddingStore store;

    @Test
    void theLookupUsesTheWholePrimaryKey() throws SQLException {
        String model = "plan-test-" + UUID.randomUUID();
        try (Connection connection = dataSource.getConnection()) {
            boolean postgres = connection.getMetaData().getDatabaseProductName().startsWith("PostgreSQL");
            fill(connection, model, postgres);
            String plan = plan(connection, model);
            if (postgres) {
                assertTrue(plan.contains("Index Cond: (((model)::text = ") && plan.contains("(text_hash = t.h)"),
                        "an index condition on model and hash:\n" + plan);
                assertTrue(!plan.contains("Seq Scan on embedding"), "no scan of the table:\n" + plan);
            } else {
                assertTrue(plan.matches("(?s).*PRIMARY_KEY_\\w+: MODEL = \\?2\\s+AND TEXT_HASH = T.H.*"),
                        "the primary key on model and hash:\n" + plan);
            }
        } finally {
            try (Connection connection = dataSource.getConnection();
                 PreparedStatement delete = connection.prepareStatement("DELETE FROM embedding WHERE model = ?")) {
                delete.setString(1, model);
                delete.executeUpdate();
            }
        }
    }

    @Test
    void storedVectorsAreFoundByHashAndModelOnly() {
        String model = "lookup-test-" + UUID.randomUUID();
        Map<String, float[]> vectors = new LinkedHashMap<>();
        for (int i = 0; i < 3; i++) {
            vectors.put(ContentHash.sha256(model + i), new float[] {i, 0.5f});
        }
        store.store(model, vectors);
        store.store(model, vectors);
        List<String> asked = new ArrayList<>(vectors.keySet());
        asked.add(ContentHash.sha256("never stored"));
        asked.add(asked.get(0));
        Map<String, float[]> found = store.find(model, asked);
        assertEquals(vectors.keySet(), found.keySet());
        assertEquals(2.0f, found.get(ContentHash.sha256(model + 2))[0]);
        assertTrue(store.find("other-" + model, asked).isEmpty(), "vectors of different models never mix");
    }

    /** Fills the table on the server side: JDBC round trips would take minutes at this size. */
    private static void fill(Connection connection, String model, boolean postgres) throws SQLException {
        String insert = postgres
                ? "INSERT INTO embedding (model, text_hash, vector) SELECT ?, encode(sha256(x::text::bytea), 'hex'),"
                        + " '\\x01'::bytea FROM generate_series(1, " + stored(postgres) + ") AS x"
                : "INSERT INTO embedding (model, text_hash, vector) SELECT ?, LOWER(RAWTOHEX(HASH('SHA-256',"
                        + " CAST(X AS VARCHAR)))), X'01' FROM SYSTEM_RANGE(1, " + stored(postgres) + ")";
        try (PreparedStatement fill = connection.prepareStatement(insert)) {
            fill.setString(1, model);
            assertEquals(stored(postgres), fill.executeUpdate());
        }
        try (Statement analyze = connection.createStatement()) {
            analyze.execute(postgres ? "ANALYZE embedding" : "ANALYZE TABLE embedding");
        }
    }

    private static String plan(Connection connection, String model) throws SQLException {
        List<String> hashes = new ArrayList<>();
        for (int i = 0; i < EmbeddingStore.LOOKUP_CHUNK; i++) {
            hashes.add(ContentHash.sha256(model + i * 7));
        }
        try (PreparedStatement explain = connection.prepareStatement("EXPLAIN " + EmbeddingStore.LOOKUP)) {
            explain.setArray(1, connection.createArrayOf("VARCHAR", hashes.toArray()));
            explain.setString(2, model);
            StringBuilder plan = new StringBuilder();
            try (ResultSet rows = explain.executeQuery()) {
                while (rows.next()) {
                    plan.append(rows.getString(1)).append('\n');
                }
            }
            return plan.toString();
        }
    }
}
