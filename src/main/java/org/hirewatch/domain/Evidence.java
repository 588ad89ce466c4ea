package org.hirewatch.domain;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * A stored evidence item with its chain of custody: who recorded it, when, from which source.
 */
public record Evidence(
        UUID id,
        UUID caseId,
        EvidenceKind kind,
        Instant observedAt,
        Instant recordedAt,
        String recordedBy,
        String source,
        Map<String, String> fields,
        List<AttachmentInfo> attachments,
        int version) {

    public Evidence {
        fields = Map.copyOf(fields);
        attachments = attachments == null ? List.of() : List.copyOf(attachments);
    }

    public String value(String key) {
        return fields.getOrDefault(key, "");
    }

    /** The identifiers in this item's fields, as the cross-case index holds them. */
    public List<Identifier> identifiers() {
        List<Identifier> out = new java.util.ArrayList<>();
        for (EvidenceField f : kind.fields()) {
            String v = value(f.key());
            if (f.identifierKind() != null && !v.isBlank()) {
                out.add(Identifier.of(f.identifierKind(), f.key(), v));
            }
        }
        return out;
    }

    public EvidenceDraft toDraft() {
        return new EvidenceDraft(kind, observedAt, source, fields);
    }

    /** A one-line description for lists: the first filled fields of the kind. */
    public String summary() {
        StringBuilder sb = new StringBuilder();
        for (EvidenceField f : kind.fields()) {
            String v = value(f.key());
            if (v.isBlank() || f.type() == FieldType.MULTILINE && sb.length() > 0) {
                continue;
            }
            if (f.type() == FieldType.HASHED) {
                v = "…" + value(f.key() + EvidenceDraft.LAST_CHARS_SUFFIX);
            }
            if (sb.length() > 0) {
                sb.append(" · ");
            }
            sb.append(v.length() > 80 ? v.substring(0, 80) + "…" : v.replace('\n', ' '));
            if (sb.length() > 120) {
                break;
            }
        }
        if (sb.length() == 0 && !attachments.isEmpty()) {
            sb.append(attachments.get(0).fileName());
        }
        return sb.toString();
    }
}
