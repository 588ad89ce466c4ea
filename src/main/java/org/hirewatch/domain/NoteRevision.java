package org.hirewatch.domain;

import java.time.Instant;
import java.util.UUID;

/** One earlier or current text of a note. Revision 1 is the original. */
public record NoteRevision(UUID noteId, int revision, String body, Instant writtenAt, String writtenBy) {
}
