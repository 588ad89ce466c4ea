package org.hirewatch.domain;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * One row of the case list. {@code band} is null for a case never checked; {@code openFindings} and
 * {@code coveragePercent} then read 0 and mean nothing.
 */
public record CaseSummary(UUID id, String reference, String title, String subjectName, CaseStatus status,
                          Priority priority, String assignee, List<String> tags, int evidenceCount,
                          Instant updatedAt, boolean legalHold, RiskBand band, int openFindings,
                          int coveragePercent) {
    public CaseSummary {
        tags = tags == null ? List.of() : List.copyOf(tags);
    }

    public boolean checked() {
        return band != null;
    }
}
