-- Embedding work queued at ingestion: each task is one chunk of a corpus's new passages (and of what their speakers
-- say), claimed by any replica's worker under a lease, as analyses are; every write of a run is fenced by the owner
-- and the attempt of its claim. Portable between H2 2.x and PostgreSQL.
CREATE SEQUENCE embedding_task_seq START WITH 1 INCREMENT BY 50;

CREATE TABLE embedding_task (
    id           BIGINT PRIMARY KEY,
    corpus_id    UUID NOT NULL REFERENCES corpus (id),
    model        VARCHAR(100) NOT NULL,
    passages     INTEGER NOT NULL,
    texts        INTEGER NOT NULL,
    status       VARCHAR(16) NOT NULL,
    owner        VARCHAR(200),
    lease_until  TIMESTAMP WITH TIME ZONE,
    attempts     INTEGER NOT NULL,
    created_at   TIMESTAMP WITH TIME ZONE NOT NULL,
    finished_at  TIMESTAMP WITH TIME ZONE,
    finished_by  VARCHAR(200),
    embedded     INTEGER,
    error        VARCHAR
);
CREATE INDEX embedding_task_claim ON embedding_task (status, id);
CREATE INDEX embedding_task_corpus ON embedding_task (corpus_id, status);

-- The task a passage was queued in; null for passages stored before tasks existed or with embedding at ingestion off.
ALTER TABLE passage ADD COLUMN embedding_task BIGINT;
CREATE INDEX passage_embedding_task ON passage (embedding_task);
