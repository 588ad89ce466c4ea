package org.hirewatch.domain;

import java.util.List;

/**
 * One field of an evidence form. Labels come from the bundle key {@code evidence.field.<key>}, choice labels
 * from {@code evidence.choice.<choice>}. A field with an identifier kind feeds the cross-case index.
 */
public record EvidenceField(String key, FieldType type, boolean required, List<String> choices,
                            IdentifierKind identifierKind) {

    public EvidenceField {
        choices = choices == null ? List.of() : List.copyOf(choices);
    }

    public static EvidenceField of(String key, FieldType type) {
        return new EvidenceField(key, type, false, List.of(), null);
    }

    public static EvidenceField required(String key, FieldType type) {
        return new EvidenceField(key, type, true, List.of(), null);
    }

    public static EvidenceField choice(String key, String... choices) {
        return new EvidenceField(key, FieldType.CHOICE, false, List.of(choices), null);
    }

    public EvidenceField identifies(IdentifierKind kind) {
        return new EvidenceField(key, type, required, choices, kind);
    }

    public EvidenceField mandatory() {
        return new EvidenceField(key, type, true, choices, identifierKind);
    }

    public String labelKey() {
        return "evidence.field." + key;
    }
}
