package org.narrativelens.jobs;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;

/**
 * Two packaged services on one PostgreSQL database share the embedding of one corpus queued at ingestion: both
 * embed some of its chunks and none is embedded twice (counted from the task table and from each process's log of
 * the writes it committed); kill -9 of one mid-way loses nothing, as the other takes over the chunk it held once
 * its lease runs out and finishes the rest. H2's file database is opened by one process only: skipped there.
 */
class SharedEmbeddingIT {

    private static final int CHUNK = 10;
    private final String run = Long.toString(System.currentTimeMillis(), 36);
    private final String nameA = "shared-a-" + run;
    private final String nameB = "shared-b-" + run;
    private final ServiceClient a = new ServiceClient("shared-it", settings(nameA));
    private final ServiceClient b = a.replica("shared-it", settings(nameB));

    /** Small chunks and short leases, so that the corpus is spread over many tasks and a dead holder's is retaken fast. */
    private static List<String> settings(String name) {
        return List.of("narrative-lens.analysis.worker-id=" + name, "narrative-lens.embedding.workers=1",
                "narrative-lens.embedding.chunk-size=" + CHUNK, "narrative-lens.embedding.lease=3s",
                "narrative-lens.embedding.heartbeat=500ms", "narrative-lens.embedding.poll-interval=200ms",
                "narrative-lens.model.intra-op-threads=1");
    }

    @AfterEach
    void stopServices() throws InterruptedException {
        a.stop();
        b.stop();
    }

    @Test
    void twoProcessesShareOneCorpusAndTheSurvivorOfAKillFinishesIt() throws Exception {
        Assumptions.assumeTrue("postgresql".equals(System.getProperty("narrative-lens.it.database")),
                "two processes share one database only on PostgreSQL (-Ppostgresql); H2's file is one process's");
        CompletableFuture<Void> startingB = CompletableFuture.runAsync(() -> {
            try {
                b.start("b");
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
        });
        a.start("a");
        startingB.join();

        String corpus = a.post("/v1/corpora", "{\"name\": \"shared\"}", null).path("id").asText();
        JsonNode accepted = a.post("/v1/corpora/" + corpus + "/documents", InventedNews.batch(run, 1, 24, 10), null);
        assertEquals(24, accepted.path("accepted").asInt(), accepted.toString());
        int passages = a.get("/v1/corpora/" + corpus).path("passages").asInt();

        try (Connection db = database()) {
            List<Task> tasks = tasks(db, corpus);
            assertEquals((passages + CHUNK - 1) / CHUNK, tasks.size(), "the corpus's passages in chunks of " + CHUNK);
            Instant deadline = Instant.now().plus(Duration.ofSeconds(120));
            // both have stored some chunks: then A dies in the middle of the next
            while (done(tasks, nameA) < 2 || done(tasks, nameB) < 2) {
                assertTrue(Instant.now().isBefore(deadline), "the two processes never both embedded: " + tasks);
                assertTrue(tasks.stream().anyMatch(t -> !t.status().equals("done")),
                        "every chunk was done before the kill; make the corpus larger: " + tasks);
                Thread.sleep(50);
                tasks = tasks(db, corpus);
            }
            a.service().kill();
            Set<Long> heldByA = new TreeSet<>();
            tasks(db, corpus).stream().filter(t -> t.status().equals("running") && nameA.equals(t.owner()))
                    .forEach(t -> heldByA.add(t.id()));
            System.out.printf("killed %s holding %s; done so far: %d by A, %d by B, of %d chunks%n", nameA, heldByA,
                    done(tasks, nameA), done(tasks, nameB), tasks.size());

            while (tasks.stream().anyMatch(t -> !t.status().equals("done"))) {
                assertTrue(Instant.now().isBefore(deadline), "B did not finish the corpus: " + tasks + "\n"
                        + b.service().logTail());
                Thread.sleep(200);
                tasks = tasks(db, corpus);
            }
            long byA = done(tasks, nameA);
            long byB = done(tasks, nameB);
            System.out.printf("all %d chunks done: %d by A (before the kill), %d by B%n", tasks.size(), byA, byB);
            assertEquals(tasks.size(), byA + byB, "every chunk finished by one of the two: " + tasks);
            assertTrue(byA > 0 && byB > 0, "both processes embedded chunks: A " + byA + ", B " + byB);
            for (Task task : tasks) {
                if (heldByA.contains(task.id())) {
                    assertEquals(nameB, task.finishedBy(), "the chunk A held when killed was taken over: " + task);
                    assertTrue(task.attempts() >= 2, "and counted a second attempt: " + task);
                }
            }
            // none twice: each chunk's committed write appears in exactly one process's log
            Map<Long, List<String>> writers = new TreeMap<>();
            committed(a, corpus).forEach(id -> writers.computeIfAbsent(id, k -> new ArrayList<>()).add(nameA));
            committed(b, corpus).forEach(id -> writers.computeIfAbsent(id, k -> new ArrayList<>()).add(nameB));
            for (Task task : tasks) {
                List<String> logged = writers.getOrDefault(task.id(), List.of());
                // A may have died between its commit and its log line
                boolean unloggedByA = logged.isEmpty() && task.finishedBy().equals(nameA);
                assertTrue(unloggedByA || logged.equals(List.of(task.finishedBy())), "chunk " + task.id()
                        + " stored once, by the process the table names: " + logged + ", table: " + task);
            }
        }
        JsonNode summary = b.get("/v1/corpora/" + corpus);
        assertEquals(passages, summary.path("embedded").asInt(), "nothing lost: every passage's vector is stored");
    }

    private record Task(long id, String status, String owner, String finishedBy, int attempts) {
    }

    private static long done(List<Task> tasks, String owner) {
        return tasks.stream().filter(t -> t.status().equals("done") && owner.equals(t.finishedBy())).count();
    }

    private static List<Task> tasks(Connection db, String corpus) throws SQLException {
        List<Task> tasks = new ArrayList<>();
        try (PreparedStatement select = db.prepareStatement("SELECT id, status, owner, finished_by, attempts"
                + " FROM embedding_task WHERE corpus_id = ? ORDER BY id")) {
            select.setObject(1, UUID.fromString(corpus));
            try (ResultSet rows = select.executeQuery()) {
                while (rows.next()) {
                    tasks.add(new Task(rows.getLong(1), rows.getString(2), rows.getString(3), rows.getString(4),
                            rows.getInt(5)));
                }
            }
        }
        return tasks;
    }

    /** The chunks whose vectors this process's writes stored, from its log. */
    private static List<Long> committed(ServiceClient client, String corpus) {
        String marker = " of corpus " + corpus + ":";
        List<Long> ids = new ArrayList<>();
        for (String line : client.service().logLines()) {
            int at = line.indexOf(marker);
            int start = line.lastIndexOf("Embedding task ", at);
            if (at > 0 && start >= 0) {
                ids.add(Long.parseLong(line.substring(start + "Embedding task ".length(), at)));
            }
        }
        return ids;
    }

    private static Connection database() throws SQLException {
        return DriverManager.getConnection(env("NARRATIVE_LENS_TEST_PG_URL",
                "jdbc:postgresql://localhost:5432/narrative_lens_test"), env("NARRATIVE_LENS_TEST_PG_USER",
                "narrative_lens"), env("NARRATIVE_LENS_TEST_PG_PASSWORD", "narrative_lens"));
    }

    private static String env(String name, String fallback) {
        String value = System.getenv(name);
        return value == null || value.isBlank() ? fallback : value;
    }
}
