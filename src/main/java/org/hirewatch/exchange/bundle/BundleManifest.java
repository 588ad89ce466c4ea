package org.hirewatch.exchange.bundle;

import java.time.Instant;
import java.util.List;

/**
 * The first entry of a bundle: what it holds, and the SHA-256 and size of every other entry. The GCM tag already
 * authenticates the file as a whole; the per-entry hashes catch a writer that packed something other than it listed.
 * {@code sourceAuditIntact} and {@code sourceAuditEntries} say whether the exporting workspace's whole chain verified.
 */
record BundleManifest(String format, int formatVersion, Instant createdAt, String createdBy, int schemaVersion,
                      boolean sourceAuditIntact, long sourceAuditEntries, List<CaseInfo> cases, List<Entry> entries) {
    static final String FORMAT = "hirewatch-case-bundle";

    BundleManifest {
        cases = cases == null ? List.of() : List.copyOf(cases);
        entries = entries == null ? List.of() : List.copyOf(entries);
    }

    record Entry(String path, String sha256, long size) {
    }

    /** One case: where its entries are and what it holds, for the import preview. */
    record CaseInfo(String id, String reference, String title, String subjectName, String folder, int evidence,
                    int attachments, int findings, int notes, int auditEntries) {
    }
}
