-- HireWatch core schema. Portable SQL: it runs on H2 (PostgreSQL mode) and on PostgreSQL, except BINARY LARGE OBJECT,
-- which a PostgreSQL port maps to BYTEA.

CREATE TABLE workspace_info (
    info_key   VARCHAR(100) PRIMARY KEY,
    info_value VARCHAR(1000) NOT NULL
);

CREATE TABLE case_reference_counter (
    ref_year    INTEGER PRIMARY KEY,
    last_number INTEGER NOT NULL
);

CREATE TABLE hw_case (
    id                 UUID PRIMARY KEY,
    reference          VARCHAR(32) NOT NULL UNIQUE,
    title              VARCHAR(500) NOT NULL,
    status             VARCHAR(20) NOT NULL,
    decision           VARCHAR(40) NOT NULL,
    decision_rationale TEXT NOT NULL,
    priority           VARCHAR(20) NOT NULL,
    assignee           VARCHAR(500) NOT NULL,
    retention_date     DATE,
    legal_hold         BOOLEAN NOT NULL,
    created_at         TIMESTAMP WITH TIME ZONE NOT NULL,
    updated_at         TIMESTAMP WITH TIME ZONE NOT NULL,
    version            INTEGER NOT NULL
);
CREATE INDEX hw_case_status ON hw_case (status);
CREATE INDEX hw_case_assignee ON hw_case (assignee);

CREATE TABLE case_tag (
    case_id UUID NOT NULL REFERENCES hw_case (id) ON DELETE CASCADE,
    tag     VARCHAR(60) NOT NULL,
    PRIMARY KEY (case_id, tag)
);
CREATE INDEX case_tag_tag ON case_tag (tag);

-- The applicant's claimed identity, one row per case. Name spellings per source are a JSON list;
-- names_text holds them one per line for searching.
CREATE TABLE subject (
    case_id             UUID PRIMARY KEY REFERENCES hw_case (id) ON DELETE CASCADE,
    primary_name        VARCHAR(500) NOT NULL,
    names_json          TEXT NOT NULL,
    names_text          TEXT NOT NULL,
    claimed_country     VARCHAR(500) NOT NULL,
    claimed_city        VARCHAR(500) NOT NULL,
    claimed_time_zone   VARCHAR(100) NOT NULL,
    claimed_nationality VARCHAR(500) NOT NULL,
    job_role            VARCHAR(500) NOT NULL,
    hiring_channel      VARCHAR(500) NOT NULL,
    staffing_firm       VARCHAR(500) NOT NULL
);

-- Evidence payloads are JSON so that new fields need no migration; what checks and links query
-- (times, identifiers) has its own indexed columns.
CREATE TABLE evidence (
    id          UUID PRIMARY KEY,
    case_id     UUID NOT NULL REFERENCES hw_case (id) ON DELETE CASCADE,
    kind        VARCHAR(40) NOT NULL,
    observed_at TIMESTAMP WITH TIME ZONE NOT NULL,
    recorded_at TIMESTAMP WITH TIME ZONE NOT NULL,
    recorded_by VARCHAR(200) NOT NULL,
    source      VARCHAR(500) NOT NULL,
    payload     TEXT NOT NULL,
    version     INTEGER NOT NULL
);
CREATE INDEX evidence_case ON evidence (case_id, kind);
CREATE INDEX evidence_observed ON evidence (observed_at);

CREATE TABLE evidence_identifier (
    evidence_id UUID NOT NULL REFERENCES evidence (id) ON DELETE CASCADE,
    case_id     UUID NOT NULL REFERENCES hw_case (id) ON DELETE CASCADE,
    kind        VARCHAR(40) NOT NULL,
    field       VARCHAR(100) NOT NULL,
    raw_value   VARCHAR(20000) NOT NULL,
    norm_value  VARCHAR(20000) NOT NULL,
    PRIMARY KEY (evidence_id, field)
);
CREATE INDEX evidence_identifier_value ON evidence_identifier (kind, norm_value);
CREATE INDEX evidence_identifier_case ON evidence_identifier (case_id);

CREATE TABLE attachment (
    id          UUID PRIMARY KEY,
    evidence_id UUID NOT NULL REFERENCES evidence (id) ON DELETE CASCADE,
    case_id     UUID NOT NULL REFERENCES hw_case (id) ON DELETE CASCADE,
    file_name   VARCHAR(500) NOT NULL,
    media_type  VARCHAR(200) NOT NULL,
    size_bytes  BIGINT NOT NULL,
    sha256      VARCHAR(64) NOT NULL,
    content     BINARY LARGE OBJECT NOT NULL,
    added_at    TIMESTAMP WITH TIME ZONE NOT NULL,
    added_by    VARCHAR(200) NOT NULL
);
CREATE INDEX attachment_evidence ON attachment (evidence_id);

CREATE TABLE note (
    id          UUID PRIMARY KEY,
    case_id     UUID NOT NULL REFERENCES hw_case (id) ON DELETE CASCADE,
    target_type VARCHAR(20) NOT NULL,
    target_id   UUID NOT NULL,
    body        TEXT NOT NULL,
    created_at  TIMESTAMP WITH TIME ZONE NOT NULL,
    created_by  VARCHAR(200) NOT NULL,
    updated_at  TIMESTAMP WITH TIME ZONE NOT NULL,
    updated_by  VARCHAR(200) NOT NULL,
    version     INTEGER NOT NULL
);
CREATE INDEX note_case ON note (case_id);
CREATE INDEX note_target ON note (target_id);

CREATE TABLE note_revision (
    note_id    UUID NOT NULL REFERENCES note (id) ON DELETE CASCADE,
    revision   INTEGER NOT NULL,
    body       TEXT NOT NULL,
    written_at TIMESTAMP WITH TIME ZONE NOT NULL,
    written_by VARCHAR(200) NOT NULL,
    PRIMARY KEY (note_id, revision)
);

-- Append-only and hash-chained: each hash covers the entry and the previous hash. No foreign keys,
-- so that the trail outlives what it describes.
CREATE TABLE audit_log (
    seq          BIGINT PRIMARY KEY,
    at           TIMESTAMP WITH TIME ZONE NOT NULL,
    actor        VARCHAR(200) NOT NULL,
    action       VARCHAR(60) NOT NULL,
    entity_type  VARCHAR(40) NOT NULL,
    entity_id    UUID,
    case_id      UUID,
    before_state TEXT,
    after_state  TEXT,
    prev_hash    VARCHAR(64) NOT NULL,
    hash         VARCHAR(64) NOT NULL
);
CREATE INDEX audit_log_case ON audit_log (case_id);
