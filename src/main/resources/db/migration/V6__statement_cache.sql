-- Statements read from one sentence by one version of the parser and rules (StatementExtractor.VERSION), kept so
-- that a sentence is parsed once across analyses and corpora. Keyed by the sentence's SHA-256 first, so a lookup
-- of many hashes for one version uses the primary key. statements: JSON array, offsets relative to the sentence.
CREATE TABLE statement_cache (
    sentence_hash  CHAR(64)     NOT NULL,
    rules_version  VARCHAR(200) NOT NULL,
    statements     VARCHAR      NOT NULL,
    PRIMARY KEY (sentence_hash, rules_version)
);
