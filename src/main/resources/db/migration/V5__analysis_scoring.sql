-- What a succeeded analysis keeps to score new documents on its frames and axis without recomputing it:
-- the axis projection, stance scale, topic centroids and aggregation parameters, as JSON.
CREATE TABLE analysis_scoring (
    analysis_id  UUID PRIMARY KEY REFERENCES analysis (id),
    model_name   VARCHAR(100) NOT NULL,
    scoring      VARCHAR NOT NULL
);
