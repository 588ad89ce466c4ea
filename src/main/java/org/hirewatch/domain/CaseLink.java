package org.hirewatch.domain;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * A confirmed link between two cases: only a person makes one, with a type and a reason. {@code identifiers} lists
 * the shared values that led to it, as "KIND: value" lines, so the link still explains itself after evidence changes.
 */
public record CaseLink(UUID id, UUID caseA, String referenceA, UUID caseB, String referenceB, LinkType type,
                       String reason, List<String> identifiers, String createdBy, Instant createdAt) {

    public CaseLink {
        identifiers = identifiers == null ? List.of() : List.copyOf(identifiers);
    }

    /** The case at the other end, seen from {@code caseId}. */
    public UUID other(UUID caseId) {
        return caseA.equals(caseId) ? caseB : caseA;
    }

    public String otherReference(UUID caseId) {
        return caseA.equals(caseId) ? referenceB : referenceA;
    }
}
