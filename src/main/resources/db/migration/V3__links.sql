-- Links between cases: a looser key per identifier for weaker matches, per-workspace link settings, warning lists
-- (values that join cases without meaning anything, such as the firm's own office address), and the case-to-case
-- links a person confirmed.

ALTER TABLE evidence_identifier ADD COLUMN near_key VARCHAR(200);
CREATE INDEX evidence_identifier_near ON evidence_identifier (kind, near_key);

CREATE TABLE link_setting (
    setting_key   VARCHAR(100) PRIMARY KEY,
    setting_value VARCHAR(1000) NOT NULL
);

CREATE TABLE warning_entry (
    id         UUID PRIMARY KEY,
    list_name  VARCHAR(40) NOT NULL,
    -- an identifier kind (EMAIL, PHONE, ADDRESS, ...), or EMAIL_DOMAIN, or IP_RANGE (CIDR)
    match_kind VARCHAR(40) NOT NULL,
    raw_value  VARCHAR(1000) NOT NULL,
    norm_value VARCHAR(1000) NOT NULL,
    note       VARCHAR(1000) NOT NULL,
    added_by   VARCHAR(200) NOT NULL,
    added_at   TIMESTAMP WITH TIME ZONE NOT NULL,
    UNIQUE (match_kind, norm_value)
);

CREATE TABLE case_link (
    id               UUID PRIMARY KEY,
    case_a           UUID NOT NULL REFERENCES hw_case (id) ON DELETE CASCADE,
    case_b           UUID NOT NULL REFERENCES hw_case (id) ON DELETE CASCADE,
    link_type        VARCHAR(40) NOT NULL,
    reason           TEXT NOT NULL,
    identifiers_json TEXT NOT NULL,
    created_by       VARCHAR(200) NOT NULL,
    created_at       TIMESTAMP WITH TIME ZONE NOT NULL
);
CREATE INDEX case_link_a ON case_link (case_a);
CREATE INDEX case_link_b ON case_link (case_b);
