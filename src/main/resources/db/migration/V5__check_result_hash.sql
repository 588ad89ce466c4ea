-- A run over all cases stores a hash of each case's results (findings raised, evaluations, settings): the next run
-- leaves a case whose results hash the same as they are instead of rewriting its findings and assessment. Empty when
-- unknown (a run of some indicators only, or a row from before this column): the next full run then merges as usual.
ALTER TABLE case_assessment ADD COLUMN result_hash VARCHAR(64) DEFAULT '' NOT NULL;
