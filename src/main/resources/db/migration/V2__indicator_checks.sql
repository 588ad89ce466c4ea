-- Indicator checks: findings with their reviews, checklist answers, per-workspace indicator settings, custom
-- indicators, and one assessment row per case (risk and coverage) that the case list reads.

CREATE TABLE finding (
    id                   UUID PRIMARY KEY,
    case_id              UUID NOT NULL REFERENCES hw_case (id) ON DELETE CASCADE,
    indicator_id         VARCHAR(40) NOT NULL,
    hit_key              VARCHAR(400) NOT NULL,
    severity             VARCHAR(20) NOT NULL,
    check_mode           VARCHAR(20) NOT NULL,
    message_key          VARCHAR(200) NOT NULL,
    args_json            TEXT NOT NULL,
    evidence_json        TEXT NOT NULL,
    evidence_fingerprint VARCHAR(64) NOT NULL,
    catalogue_version    VARCHAR(40) NOT NULL,
    state                VARCHAR(20) NOT NULL,
    review_reason        TEXT NOT NULL,
    reviewed_by          VARCHAR(200) NOT NULL,
    reviewed_at          TIMESTAMP WITH TIME ZONE,
    reopened             BOOLEAN NOT NULL,
    -- A finding the latest run no longer raises is kept (inactive) so that its review can return with it.
    active               BOOLEAN NOT NULL,
    raised_at            TIMESTAMP WITH TIME ZONE NOT NULL,
    version              INTEGER NOT NULL
);
CREATE INDEX finding_case ON finding (case_id, indicator_id);

CREATE TABLE checklist_answer (
    case_id      UUID NOT NULL REFERENCES hw_case (id) ON DELETE CASCADE,
    indicator_id VARCHAR(40) NOT NULL,
    answer       VARCHAR(20) NOT NULL,
    comment_text TEXT NOT NULL,
    answered_by  VARCHAR(200) NOT NULL,
    answered_at  TIMESTAMP WITH TIME ZONE NOT NULL,
    PRIMARY KEY (case_id, indicator_id)
);

CREATE TABLE indicator_setting (
    indicator_id VARCHAR(40) PRIMARY KEY,
    enabled      BOOLEAN NOT NULL,
    weight       DOUBLE PRECISION,
    params_json  TEXT NOT NULL,
    updated_at   TIMESTAMP WITH TIME ZONE NOT NULL,
    updated_by   VARCHAR(200) NOT NULL
);

CREATE TABLE custom_indicator (
    id              VARCHAR(40) PRIMARY KEY,
    definition_json TEXT NOT NULL,
    created_at      TIMESTAMP WITH TIME ZONE NOT NULL,
    updated_at      TIMESTAMP WITH TIME ZONE NOT NULL,
    version         INTEGER NOT NULL
);

CREATE TABLE case_assessment (
    case_id            UUID PRIMARY KEY REFERENCES hw_case (id) ON DELETE CASCADE,
    score              DOUBLE PRECISION NOT NULL,
    band               VARCHAR(20) NOT NULL,
    open_findings      INTEGER NOT NULL,
    confirmed_findings INTEGER NOT NULL,
    evaluated          INTEGER NOT NULL,
    applicable         INTEGER NOT NULL,
    coverage_pct       INTEGER NOT NULL,
    -- Per indicator: evaluated or not, and the evidence missing; the contributions to the score.
    evaluations_json   TEXT NOT NULL,
    contributions_json TEXT NOT NULL,
    catalogue_version  VARCHAR(40) NOT NULL,
    assessed_at        TIMESTAMP WITH TIME ZONE NOT NULL
);
CREATE INDEX case_assessment_band ON case_assessment (band);
