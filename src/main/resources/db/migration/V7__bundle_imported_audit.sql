-- Audit history that arrived with a case bundle. It cannot join this workspace's audit chain (its hashes chain to
-- entries of another workspace), so it is kept beside it, exactly as exported, so that each entry's hash can still be
-- recomputed. The "bundle.import" entry in this workspace's own chain records the bundle's hash and a digest of these
-- rows, so a later change to them shows.

CREATE TABLE imported_audit (
    case_id        UUID NOT NULL REFERENCES hw_case (id) ON DELETE CASCADE,
    bundle_sha256  VARCHAR(64) NOT NULL,
    position       INTEGER NOT NULL,
    seq            BIGINT NOT NULL,
    at             TIMESTAMP WITH TIME ZONE NOT NULL,
    actor          VARCHAR(200) NOT NULL,
    action         VARCHAR(60) NOT NULL,
    entity_type    VARCHAR(40) NOT NULL,
    entity_id      UUID,
    source_case_id UUID,
    before_state   TEXT,
    after_state    TEXT,
    prev_hash      VARCHAR(64) NOT NULL,
    hash           VARCHAR(64) NOT NULL,
    imported_at    TIMESTAMP WITH TIME ZONE NOT NULL,
    PRIMARY KEY (case_id, bundle_sha256, position)
);
