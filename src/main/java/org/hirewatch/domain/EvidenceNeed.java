package org.hirewatch.domain;

/**
 * Evidence an indicator needs and did not find: an evidence kind (or {@code SUBJECT} for the claimed identity) and,
 * optionally, the field within it. Coverage lists these as "collect next".
 */
public record EvidenceNeed(String kind, String field) {
    public static final String SUBJECT = "SUBJECT";

    public EvidenceNeed {
        field = field == null ? "" : field;
    }

    public static EvidenceNeed of(EvidenceKind kind) {
        return new EvidenceNeed(kind.name(), "");
    }

    public static EvidenceNeed of(EvidenceKind kind, String field) {
        return new EvidenceNeed(kind.name(), field);
    }

    public static EvidenceNeed subject(String field) {
        return new EvidenceNeed(SUBJECT, field);
    }

    public boolean isSubject() {
        return SUBJECT.equals(kind);
    }
}
