package org.hirewatch.domain;

import java.time.Instant;
import java.util.UUID;

/** A timestamped note. Edits keep every earlier text as a {@link NoteRevision}. */
public record Note(UUID id, UUID caseId, NoteTarget target, UUID targetId, String body, Instant createdAt,
                   String createdBy, Instant updatedAt, String updatedBy, int version) {

    public boolean edited() {
        return version > 1;
    }

    public static java.util.List<Violation> validateBody(String body) {
        java.util.List<Violation> out = new java.util.ArrayList<>();
        if (body == null || body.isBlank()) {
            out.add(new Violation("body", "validation.required"));
        } else {
            TextRules.checkMultiline("body", body, TextRules.NOTE_LIMIT, out);
        }
        return out;
    }
}
