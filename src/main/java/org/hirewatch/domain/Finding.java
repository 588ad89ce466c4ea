package org.hirewatch.domain;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * A red flag raised for a case: which indicator, an explanation (a bundle key and the actual values), the evidence
 * items behind it, the catalogue version that raised it, and its human review.
 * <p>
 * {@code hitKey} tells apart several findings of one indicator on one case (e.g. two mismatched names);
 * {@code evidenceFingerprint} is a hash of the cited evidence and its versions: when it changes, an earlier review
 * no longer applies and the finding is reopened ({@code reopened} says so). A finding the latest run no longer
 * raises is inactive: kept, with its review, in case the same evidence raises it again.
 */
public record Finding(
        UUID id,
        UUID caseId,
        String indicatorId,
        String hitKey,
        Severity severity,
        CheckMode mode,
        String messageKey,
        List<String> args,
        List<UUID> evidenceIds,
        String evidenceFingerprint,
        String catalogueVersion,
        FindingState state,
        String reviewReason,
        String reviewedBy,
        Instant reviewedAt,
        boolean reopened,
        Instant raisedAt,
        int version,
        boolean active) {

    public Finding {
        args = args == null ? List.of() : List.copyOf(args);
        evidenceIds = evidenceIds == null ? List.of() : List.copyOf(evidenceIds);
        reviewReason = reviewReason == null ? "" : reviewReason;
        reviewedBy = reviewedBy == null ? "" : reviewedBy;
    }

    public boolean isOpen() {
        return state == FindingState.OPEN;
    }
}
