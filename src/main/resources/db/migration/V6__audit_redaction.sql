-- A retention purge deletes a case and blanks the snapshots of its audit entries (they hold the applicant's personal
-- data). The entry itself, its hash and its link stay, so the chain still verifies; this flag tells the verifier
-- that the content can no longer be re-hashed and must be accounted for by a later purge entry.
ALTER TABLE audit_log ADD COLUMN redacted BOOLEAN DEFAULT FALSE NOT NULL;
