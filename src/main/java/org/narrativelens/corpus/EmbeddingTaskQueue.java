package org.narrativelens.corpus;

import io.quarkus.hibernate.orm.panache.Panache;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.panache.common.Parameters;
import jakarta.enterprise.context.ApplicationScoped;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.narrativelens.DatabaseClock;
import org.narrativelens.corpus.EmbeddingTask.Status;

/**
 * The embedding tasks as a queue that every replica shares, with the discipline of the analysis queue: a task is
 * claimed with one conditional UPDATE (queued, or running under a lease that ran out), which the database grants to
 * one claimant only, and every later write of the run is fenced by the owner and attempt of its claim; the write
 * that stores the vectors and marks the task done is one transaction, so a worker that lost its lease stores
 * nothing. Leases are set and judged on the database's clock.
 */
@ApplicationScoped
public class EmbeddingTaskQueue {

    private static final String CLAIMABLE = "model = :model and attempts < :maxAttempts and (status = :queued"
            + " or (status = :running and (leaseUntil is null or leaseUntil < :now)))";
    private static final String HELD = "id = :id and owner = :owner and attempts = :attempt and status = :running";
    /** Still to be embedded by a task: queued, or held (or abandoned) with an attempt left. */
    private static final String PENDING = "(status = :queued or (status = :running"
            + " and (attempts < :maxAttempts or leaseUntil >= :now)))";
    private static final String DONE = "UPDATE embedding_task SET status = 'done', owner = NULL, lease_until = NULL,"
            + " finished_at = CURRENT_TIMESTAMP, finished_by = ?, embedded = ?, error = NULL"
            + " WHERE id = ? AND owner = ? AND attempts = ? AND status = 'running'";
    /** Candidates read per claim: other workers may win some of them. */
    private static final int CANDIDATES = 8;

    private final EmbeddingQueueConfig config;
    private final DatabaseClock clock;
    private final String model;

    public EmbeddingTaskQueue(EmbeddingQueueConfig config, DatabaseClock clock,
                              @ConfigProperty(name = "narrative-lens.model.name") String model) {
        this.config = config;
        this.clock = clock;
        this.model = model;
    }

    /** A task held by one worker for one attempt; every write of the run names it. */
    public record Claim(long id, UUID corpusId, String owner, int attempt) {
    }

    /** The unfinished work of a corpus: tasks and the texts they hold. */
    public record Pending(long tasks, long texts) {
    }

    /** Claims the oldest claimable task of this model (of one corpus when {@code corpusId} is set) for {@code owner}. */
    public Optional<Claim> claim(String owner, UUID corpusId) {
        String corpus = corpusId == null ? "" : " and corpusId = :corpus";
        List<Long> candidates = QuarkusTransaction.requiringNew().call(() -> {
            var query = Panache.getEntityManager().createQuery("select t.id from EmbeddingTask t where "
                    + CLAIMABLE + corpus + " order by t.id", Long.class);
            claimable(clock.now()).map().forEach(query::setParameter);
            if (corpusId != null) {
                query.setParameter("corpus", corpusId);
            }
            return query.setMaxResults(CANDIDATES).getResultList();
        });
        for (Long id : candidates) {
            Claim claim = QuarkusTransaction.requiringNew().call(() -> {
                OffsetDateTime now = clock.now();
                int updated = EmbeddingTask.update("status = :running, owner = :owner, leaseUntil = :lease,"
                        + " attempts = attempts + 1 where id = :id and " + CLAIMABLE, claimable(now)
                        .and("owner", owner).and("lease", now.plus(config.lease())).and("id", id));
                if (updated != 1) {
                    return null;
                }
                // the row is locked by this transaction now: its attempt number is this claim's
                EmbeddingTask task = EmbeddingTask.findById(id);
                return new Claim(id, task.corpusId, owner, task.attempts);
            });
            if (claim != null) {
                return Optional.of(claim);
            }
        }
        return Optional.empty();
    }

    /** Fails every task whose worker died on its last allowed attempt; returns how many. */
    public int failExhausted() {
        return QuarkusTransaction.requiringNew().call(() -> EmbeddingTask.update("status = :failed, owner = null,"
                + " leaseUntil = null, error = 'interrupted on every allowed attempt' where model = :model"
                + " and status = :running and attempts >= :maxAttempts and (leaseUntil is null or leaseUntil < :now)",
                Parameters.with("failed", Status.failed.name()).and("running", Status.running.name())
                        .and("model", model).and("maxAttempts", config.maxAttempts()).and("now", clock.now())));
    }

    /** The newest task of the corpus so far (0 for none): an analysis waits for the tasks up to it. */
    public long newestTask(UUID corpusId) {
        Long newest = QuarkusTransaction.requiringNew().call(() -> Panache.getEntityManager()
                .createQuery("select max(t.id) from EmbeddingTask t where t.corpusId = :corpus and t.model = :model",
                        Long.class)
                .setParameter("corpus", corpusId).setParameter("model", model).getSingleResult());
        return newest == null ? 0 : newest;
    }

    /** What is still to be embedded among the corpus's tasks up to {@code upTo}. */
    public Pending pending(UUID corpusId, long upTo) {
        Object[] row = QuarkusTransaction.requiringNew().call(() -> {
            var query = Panache.getEntityManager().createQuery("select count(t), coalesce(sum(t.texts), 0)"
                    + " from EmbeddingTask t where t.corpusId = :corpus and t.id <= :upTo and t.model = :model and "
                    + PENDING, Object[].class);
            Parameters.with("corpus", corpusId).and("upTo", upTo).and("model", model)
                    .and("queued", Status.queued.name()).and("running", Status.running.name())
                    .and("maxAttempts", config.maxAttempts()).and("now", clock.now()).map()
                    .forEach(query::setParameter);
            return query.getSingleResult();
        });
        return new Pending(((Number) row[0]).longValue(), ((Number) row[1]).longValue());
    }

    /** Pushes the lease forward; false when the claim no longer holds the task. */
    public boolean renew(Claim claim) {
        return QuarkusTransaction.requiringNew().call(() -> update(claim, "leaseUntil = :lease",
                Parameters.with("lease", clock.now().plus(config.lease()))));
    }

    /**
     * The fence of the write that stores a task's vectors: marks the task done by its owner, with how many vectors
     * it newly stored, on the write's connection; false when the claim no longer holds the task.
     */
    public static boolean finish(Connection connection, Claim claim, int embedded) throws SQLException {
        try (PreparedStatement done = connection.prepareStatement(DONE)) {
            done.setString(1, claim.owner());
            done.setInt(2, embedded);
            done.setLong(3, claim.id());
            done.setString(4, claim.owner());
            done.setInt(5, claim.attempt());
            return done.executeUpdate() == 1;
        }
    }

    /** After a failure: the task is queued again, or failed on its last attempt, with the reason. */
    public boolean giveUp(Claim claim, String reason) {
        Status next = claim.attempt() >= config.maxAttempts() ? Status.failed : Status.queued;
        return QuarkusTransaction.requiringNew().call(() -> update(claim,
                "status = :next, owner = null, leaseUntil = null, error = :error",
                Parameters.with("next", next.name()).and("error", reason)));
    }

    /** Hands a task back when its process stops in an orderly way; the attempt is not counted. */
    public boolean release(Claim claim) {
        return QuarkusTransaction.requiringNew().call(() -> update(claim,
                "status = :queued, owner = null, leaseUntil = null, attempts = attempts - 1",
                Parameters.with("queued", Status.queued.name())));
    }

    private Parameters claimable(OffsetDateTime now) {
        return Parameters.with("model", model).and("maxAttempts", config.maxAttempts())
                .and("queued", Status.queued.name()).and("running", Status.running.name()).and("now", now);
    }

    private static boolean update(Claim claim, String set, Parameters values) {
        return EmbeddingTask.update(set + " where " + HELD, values.and("id", claim.id()).and("owner", claim.owner())
                .and("attempt", claim.attempt()).and("running", Status.running.name())) == 1;
    }
}
