-- Portable between H2 2.x and PostgreSQL: VARCHAR without a length and BYTEA are unbounded on both.
CREATE SEQUENCE document_seq START WITH 1 INCREMENT BY 50;
CREATE SEQUENCE passage_seq START WITH 1 INCREMENT BY 50;

CREATE TABLE corpus (
    id          UUID PRIMARY KEY,
    name        VARCHAR(200) NOT NULL,
    created_at  TIMESTAMP WITH TIME ZONE NOT NULL
);

CREATE TABLE document (
    id                  BIGINT PRIMARY KEY,
    corpus_id           UUID NOT NULL REFERENCES corpus (id),
    external_id         VARCHAR(200),
    source              VARCHAR(200) NOT NULL,
    title               VARCHAR(1000),
    url                 VARCHAR(2000),
    published_at        TIMESTAMP WITH TIME ZONE,
    language            VARCHAR(16),
    text                VARCHAR NOT NULL,
    content_hash        CHAR(64) NOT NULL,
    boilerplate_dropped INTEGER NOT NULL,
    created_at          TIMESTAMP WITH TIME ZONE NOT NULL,
    CONSTRAINT document_content_unique UNIQUE (corpus_id, content_hash)
);
CREATE INDEX document_corpus_source ON document (corpus_id, source);

CREATE TABLE passage (
    id           BIGINT PRIMARY KEY,
    document_id  BIGINT NOT NULL REFERENCES document (id),
    ordinal      INTEGER NOT NULL,
    paragraph    INTEGER NOT NULL,
    start_offset INTEGER NOT NULL,
    end_offset   INTEGER NOT NULL,
    text_hash    CHAR(64) NOT NULL
);
CREATE INDEX passage_document ON passage (document_id);

-- Embeddings are keyed by model and passage text, so identical passages are embedded once, across corpora.
CREATE TABLE embedding (
    model      VARCHAR(100) NOT NULL,
    text_hash  CHAR(64) NOT NULL,
    vector     BYTEA NOT NULL,
    PRIMARY KEY (model, text_hash)
);

CREATE TABLE analysis (
    id              UUID PRIMARY KEY,
    corpus_id       UUID NOT NULL REFERENCES corpus (id),
    status          VARCHAR(16) NOT NULL,
    stage           VARCHAR(32),
    progress_done   INTEGER NOT NULL,
    progress_total  INTEGER NOT NULL,
    request         VARCHAR NOT NULL,
    result          VARCHAR,
    error           VARCHAR,
    model_name      VARCHAR(100),
    model_sha256    CHAR(64),
    attempts        INTEGER NOT NULL,
    created_at      TIMESTAMP WITH TIME ZONE NOT NULL,
    started_at      TIMESTAMP WITH TIME ZONE,
    finished_at     TIMESTAMP WITH TIME ZONE
);
CREATE INDEX analysis_status ON analysis (status, created_at);
