package org.hirewatch.domain;

/**
 * Filter for the case list. Empty or null parts do not filter. {@code text} matches the reference, title,
 * subject names, identifiers and note text; {@code risk} selects one risk band or the cases never checked.
 */
public record CaseQuery(String text, CaseStatus status, String tag, String assignee, int limit, RiskFilter risk) {
    public static final int DEFAULT_LIMIT = 500_000;

    public CaseQuery {
        text = text == null ? "" : text.strip();
        tag = tag == null ? "" : tag.strip();
        assignee = assignee == null ? "" : assignee.strip();
        limit = limit <= 0 ? DEFAULT_LIMIT : limit;
    }

    /** Without a risk filter (the command line and older callers filter by the other parts only). */
    public CaseQuery(String text, CaseStatus status, String tag, String assignee, int limit) {
        this(text, status, tag, assignee, limit, null);
    }

    public static CaseQuery all() {
        return new CaseQuery("", null, "", "", 0, null);
    }

    public CaseQuery withText(String t) {
        return new CaseQuery(t, status, tag, assignee, limit, risk);
    }

    public CaseQuery withRisk(RiskFilter r) {
        return new CaseQuery(text, status, tag, assignee, limit, r);
    }
}
