package org.hirewatch.domain;

import java.time.Instant;
import java.util.UUID;

/** A file kept inside the database. The app stores and hands back its bytes but never opens or runs it. */
public record AttachmentInfo(UUID id, UUID evidenceId, String fileName, String mediaType, long sizeBytes,
                             String sha256, Instant addedAt, String addedBy) {
}
