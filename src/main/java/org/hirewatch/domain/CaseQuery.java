package org.hirewatch.domain;

/**
 * Filter for the case list. Empty or null parts do not filter. {@code text} matches the reference, title,
 * subject names, identifiers and note text.
 */
public record CaseQuery(String text, CaseStatus status, String tag, String assignee, int limit) {
    public static final int DEFAULT_LIMIT = 500_000;

    public CaseQuery {
        text = text == null ? "" : text.strip();
        tag = tag == null ? "" : tag.strip();
        assignee = assignee == null ? "" : assignee.strip();
        limit = limit <= 0 ? DEFAULT_LIMIT : limit;
    }

    public static CaseQuery all() {
        return new CaseQuery("", null, "", "", 0);
    }

    public CaseQuery withText(String t) {
        return new CaseQuery(t, status, tag, assignee, limit);
    }
}
