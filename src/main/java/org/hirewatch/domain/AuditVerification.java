package org.hirewatch.domain;

/**
 * Result of checking the audit chain. When broken, {@code firstBrokenSeq} is the first entry whose hash or
 * link does not match, and {@code problem} a message key saying which.
 */
public record AuditVerification(boolean intact, long entriesChecked, Long firstBrokenSeq, String problem) {

    public static AuditVerification ok(long n) {
        return new AuditVerification(true, n, null, null);
    }

    public static AuditVerification broken(long n, long seq, String problem) {
        return new AuditVerification(false, n, seq, problem);
    }
}
