package org.hirewatch.domain;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/** One row of the case list. */
public record CaseSummary(UUID id, String reference, String title, String subjectName, CaseStatus status,
                          Priority priority, String assignee, List<String> tags, int evidenceCount,
                          Instant updatedAt, boolean legalHold) {
    public CaseSummary {
        tags = tags == null ? List.of() : List.copyOf(tags);
    }
}
