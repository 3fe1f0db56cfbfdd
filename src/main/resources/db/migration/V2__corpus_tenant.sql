-- Every corpus, and every analysis of it, belongs to the tenant of the API key that created it. Rows stored before
-- tenants existed, and every row of a service run without keys, belong to 'default'.
ALTER TABLE corpus ADD COLUMN tenant VARCHAR(64) DEFAULT 'default' NOT NULL;
CREATE INDEX corpus_tenant ON corpus (tenant, created_at);

-- The analysis keeps its corpus's tenant, so that looking one up by id checks the tenant on the same row.
ALTER TABLE analysis ADD COLUMN tenant VARCHAR(64) DEFAULT 'default' NOT NULL;
CREATE INDEX analysis_tenant ON analysis (tenant, created_at);
