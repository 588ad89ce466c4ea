-- A run over all cases stores a hash of each case's results (findings raised, evaluations, settings): the next run
-- leaves a case whose results hash the same as they are instead of rewriting its findings and assessment. No row when
-- unknown (a run of some indicators only, or a case checked before this table): the next full run then merges as
-- usual. A table of its own, narrow, because every run over all cases reads all of it.
CREATE TABLE case_result_hash (
    case_id     UUID PRIMARY KEY REFERENCES hw_case (id) ON DELETE CASCADE,
    result_hash VARCHAR(64) NOT NULL
);
