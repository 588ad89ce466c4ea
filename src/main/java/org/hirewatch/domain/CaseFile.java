package org.hirewatch.domain;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/**
 * One case: the investigation of one applicant (the subject).
 * {@code version} guards against two edits overwriting each other.
 */
public record CaseFile(
        UUID id,
        String reference,
        String title,
        CaseStatus status,
        Decision decision,
        String decisionRationale,
        Priority priority,
        String assignee,
        List<String> tags,
        LocalDate retentionDate,
        boolean legalHold,
        Subject subject,
        Instant createdAt,
        Instant updatedAt,
        int version) {

    public CaseFile {
        tags = tags == null ? List.of() : List.copyOf(tags);
        decision = decision == null ? Decision.UNDECIDED : decision;
        decisionRationale = decisionRationale == null ? "" : decisionRationale;
        assignee = assignee == null ? "" : assignee;
        subject = subject == null ? Subject.empty() : subject;
    }

    public CaseDetails details() {
        return new CaseDetails(title, status, decision, decisionRationale, priority, assignee, tags,
                retentionDate, legalHold, subject);
    }
}
