package org.hirewatch.domain;

import java.util.UUID;

/** One place a case holds an identifier: the case (reference, subject name), the evidence item and its field. */
public record IdentifierOccurrence(UUID caseId, String caseReference, String subjectName, UUID evidenceId, String field,
                                   IdentifierKind kind, String normalized) {
}
