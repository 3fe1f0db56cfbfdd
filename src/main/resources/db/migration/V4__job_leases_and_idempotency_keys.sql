-- Analysis jobs are claimed by a worker for a lease that its heartbeats renew; a job whose lease ran out
-- (its worker died) is claimed again. Portable between H2 2.x and PostgreSQL.
ALTER TABLE analysis ADD COLUMN owner VARCHAR(200);
ALTER TABLE analysis ADD COLUMN lease_until TIMESTAMP WITH TIME ZONE;

-- The answer to an ingestion request sent with an Idempotency-Key, stored in the same transaction as the
-- documents it reports, so that a retry is answered the same and stores nothing twice.
CREATE TABLE ingestion_receipt (
    corpus_id        UUID NOT NULL REFERENCES corpus (id),
    idempotency_key  VARCHAR(200) NOT NULL,
    request_hash     CHAR(64) NOT NULL,
    response         VARCHAR NOT NULL,
    created_at       TIMESTAMP WITH TIME ZONE NOT NULL,
    PRIMARY KEY (corpus_id, idempotency_key)
);
