-- Ids a tenant sees are numbered per tenant: documents and passages keep their internal key (id, a global
-- sequence, never shown) and get a public_id, the next number of their tenant's own counter, so that a tenant's ids
-- reveal nothing of what other tenants store. Rows stored before this keep the id they were shown by (public_id =
-- id): stored results, links and clients' files that hold them stay valid. Each tenant's counters continue after
-- the largest id it was shown.
ALTER TABLE document ADD COLUMN public_id BIGINT;
UPDATE document SET public_id = id;
ALTER TABLE document ALTER COLUMN public_id SET NOT NULL;
CREATE UNIQUE INDEX document_corpus_public_id ON document (corpus_id, public_id);

ALTER TABLE passage ADD COLUMN public_id BIGINT;
UPDATE passage SET public_id = id;
ALTER TABLE passage ALTER COLUMN public_id SET NOT NULL;

CREATE TABLE tenant_ids (
    tenant         VARCHAR(64) PRIMARY KEY,
    next_document  BIGINT NOT NULL,
    next_passage   BIGINT NOT NULL
);
INSERT INTO tenant_ids (tenant, next_document, next_passage)
SELECT c.tenant, COALESCE(MAX(d.id), 0) + 1, COALESCE(MAX(p.id), 0) + 1
FROM corpus c LEFT JOIN document d ON d.corpus_id = c.id LEFT JOIN passage p ON p.document_id = d.id
GROUP BY c.tenant;
