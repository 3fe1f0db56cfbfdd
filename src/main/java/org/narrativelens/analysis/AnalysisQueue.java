package org.narrativelens.analysis;

import io.quarkus.hibernate.orm.panache.Panache;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.panache.common.Parameters;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.narrativelens.DatabaseClock;
import org.narrativelens.embed.ModelInfo;

/**
 * The analysis table as a job queue that several processes share. A worker claims a job with one conditional UPDATE
 * (queued, or running under a lease that ran out), which the database grants to one claimant only: both PostgreSQL
 * and H2 re-check the condition on the locked row when two updates race. Every later write of a run is fenced by
 * the owner and the attempt number of its claim, so a worker that lost its lease can no longer change the job.
 * Leases are set and judged on the database's clock ({@link DatabaseClock}), which every replica shares.
 */
@ApplicationScoped
public class AnalysisQueue {

    /** Conditions of a job that may be claimed: waiting, or abandoned by a worker whose lease ran out. */
    private static final String CLAIMABLE = "(status = :queued or (status = :running"
            + " and (leaseUntil is null or leaseUntil < :now) and attempts < :maxAttempts))";
    /** A run's own job, still held by it. */
    private static final String HELD = "id = :id and owner = :owner and attempts = :attempt and status = :running";

    private final AnalysisConfig config;
    private final DatabaseClock clock;

    public AnalysisQueue(AnalysisConfig config, DatabaseClock clock) {
        this.config = config;
        this.clock = clock;
    }

    /** A job held by one worker for one attempt; every write of the run names it. */
    public record Claim(UUID id, String owner, int attempt) {
    }

    /** Claims up to {@code max} jobs for {@code owner}, oldest first. */
    public List<Claim> claim(String owner, int max) {
        if (max <= 0) {
            return List.of();
        }
        // A few more candidates than needed: other workers may win some of them.
        List<UUID> candidates = QuarkusTransaction.requiringNew().call(() -> Panache.getEntityManager()
                .createQuery("select a.id from Analysis a where " + CLAIMABLE + " order by a.createdAt, a.id",
                        UUID.class)
                .setParameter("queued", AnalysisStatus.queued)
                .setParameter("running", AnalysisStatus.running)
                .setParameter("now", clock.now())
                .setParameter("maxAttempts", config.maxAttempts())
                .setMaxResults(max * 2)
                .getResultList());
        List<Claim> claimed = new ArrayList<>();
        for (UUID id : candidates) {
            if (claimed.size() == max) {
                break;
            }
            Integer attempt = QuarkusTransaction.requiringNew().call(() -> {
                OffsetDateTime at = clock.now();
                int updated = Analysis.update("status = :running, owner = :owner, leaseUntil = :lease,"
                                + " attempts = attempts + 1, startedAt = :now, stage = 'starting', progressDone = 0,"
                                + " progressTotal = 0, error = null where id = :id and " + CLAIMABLE,
                        Parameters.with("running", AnalysisStatus.running).and("queued", AnalysisStatus.queued)
                                .and("owner", owner).and("lease", at.plus(config.lease())).and("now", at)
                                .and("maxAttempts", config.maxAttempts()).and("id", id));
                // The row is locked by this transaction now: its attempt number is this claim's.
                return updated == 1 ? Analysis.<Analysis>findById(id).attempts : null;
            });
            if (attempt != null) {
                claimed.add(new Claim(id, owner, attempt));
            }
        }
        return claimed;
    }

    /** Fails, with the reason, every job whose worker died on its last allowed attempt. Returns how many. */
    public int failExhausted() {
        OffsetDateTime now = QuarkusTransaction.requiringNew().call(clock::now);
        List<Object[]> exhausted = QuarkusTransaction.requiringNew().call(() -> Panache.getEntityManager()
                .createQuery("select a.id, a.attempts from Analysis a where a.status = :running"
                        + " and (a.leaseUntil is null or a.leaseUntil < :now) and a.attempts >= :maxAttempts",
                        Object[].class)
                .setParameter("running", AnalysisStatus.running)
                .setParameter("now", now)
                .setParameter("maxAttempts", config.maxAttempts())
                .getResultList());
        int failed = 0;
        for (Object[] row : exhausted) {
            UUID id = (UUID) row[0];
            int attempts = ((Number) row[1]).intValue();
            failed += QuarkusTransaction.requiringNew().call(() -> Analysis.update(
                    "status = :failed, error = :error, finishedAt = :now, owner = null, leaseUntil = null"
                            + " where id = :id and status = :running and attempts = :attempts"
                            + " and (leaseUntil is null or leaseUntil < :now)",
                    Parameters.with("failed", AnalysisStatus.failed)
                            .and("error", "interrupted " + attempts + " times before finishing; not retried")
                            .and("now", now).and("id", id).and("running", AnalysisStatus.running)
                            .and("attempts", attempts)));
        }
        return failed;
    }

    /** Pushes the lease forward; false when the claim no longer holds the job. */
    public boolean renew(Claim claim) {
        return QuarkusTransaction.requiringNew().call(() -> update(claim, "leaseUntil = :lease",
                Parameters.with("lease", clock.now().plus(config.lease()))));
    }

    /** Records where the run is; false when the claim no longer holds the job. */
    public boolean progress(Claim claim, String stage, int done, int total) {
        return write(claim, "stage = :stage, progressDone = :done, progressTotal = :total",
                Parameters.with("stage", stage).and("done", done).and("total", total));
    }

    /**
     * After a failure that may pass (a database briefly unreachable or slow): the job is left without an owner under
     * a lease that runs out after the backoff, so that any worker claims it again then as its next attempt; the cause
     * stays in {@code error} meanwhile. False when this was the last allowed attempt or the claim no longer holds
     * the job.
     */
    public boolean retryLater(Claim claim, String cause) {
        if (claim.attempt() >= config.maxAttempts()) {
            return false;
        }
        return QuarkusTransaction.requiringNew().call(() -> update(claim,
                "owner = null, leaseUntil = :lease, stage = 'retrying', error = :error",
                Parameters.with("lease", clock.now().plus(TransientFailure.backoff(config.retryBackoff(),
                        claim.attempt()))).and("error", cause)));
    }

    /** Stores the result and ends the job; false when the claim no longer holds the job. */
    public boolean succeed(Claim claim, String result, ModelInfo model, String scoring) {
        Parameters values = Parameters.with("succeeded", AnalysisStatus.succeeded).and("result", result)
                .and("model", model.name()).and("sha", model.sha256()).and("now", OffsetDateTime.now());
        // the scoring model commits with the result, so a succeeded analysis can always score new documents
        return QuarkusTransaction.requiringNew().call(() -> {
            boolean held = update(claim, "status = :succeeded, stage = 'done', result = :result, modelName = :model,"
                    + " modelSha256 = :sha, finishedAt = :now, owner = null, leaseUntil = null", values);
            if (held && scoring != null) {
                AnalysisScoring.save(claim.id(), model.name(), scoring);
            }
            return held;
        });
    }

    /** Ends the job as failed with the reason; false when the claim no longer holds the job. */
    public boolean fail(Claim claim, String reason) {
        return write(claim, "status = :failed, error = :error, finishedAt = :now, owner = null, leaseUntil = null",
                Parameters.with("failed", AnalysisStatus.failed).and("error", reason)
                        .and("now", OffsetDateTime.now()));
    }

    /**
     * Hands a job back to the queue when its worker stops in an orderly way; the attempt is not counted, since the
     * job did nothing wrong. False when the claim no longer holds the job.
     */
    public boolean release(Claim claim) {
        return write(claim, "status = :queued, owner = null, leaseUntil = null, attempts = attempts - 1,"
                        + " stage = null, progressDone = 0, progressTotal = 0",
                Parameters.with("queued", AnalysisStatus.queued));
    }

    private static boolean write(Claim claim, String set, Parameters values) {
        return QuarkusTransaction.requiringNew().call(() -> update(claim, set, values));
    }

    private static boolean update(Claim claim, String set, Parameters values) {
        Parameters parameters = values.and("id", claim.id()).and("owner", claim.owner())
                .and("attempt", claim.attempt()).and("running", AnalysisStatus.running);
        return Analysis.update(set + " where " + HELD, parameters) == 1;
    }
}
