package org.hirewatch.domain;

import java.time.Instant;
import java.util.UUID;

/** One link of the append-only audit chain. {@code hash} covers every other field and the previous hash. */
public record AuditEntry(long seq, Instant at, String actor, String action, String entityType, UUID entityId,
                         UUID caseId, String before, String after, String prevHash, String hash) {
}
