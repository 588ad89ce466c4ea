package org.hirewatch.ui.casefile.evidence;

import java.util.ArrayList;
import java.util.List;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import org.hirewatch.domain.EvidenceDraft;
import org.hirewatch.domain.EvidenceField;
import org.hirewatch.domain.FieldType;
import org.hirewatch.domain.Violation;

/**
 * One field of the evidence form: its spec, the typed value (a choice code for choices) and its current problem.
 * A hashed field being edited starts empty and keeps the stored hash unless something new is typed.
 */
public final class FieldInput {
    private final EvidenceField spec;
    private final StringProperty value = new SimpleStringProperty("");
    private final ReadOnlyStringWrapper error = new ReadOnlyStringWrapper("");
    private final String keptHash;
    private final String keptLast;

    FieldInput(EvidenceField spec, String initial, String keptHash, String keptLast) {
        this.spec = spec;
        this.value.set(initial == null ? "" : initial);
        this.keptHash = keptHash;
        this.keptLast = keptLast;
    }

    public EvidenceField spec() {
        return spec;
    }

    public String key() {
        return spec.key();
    }

    public FieldType type() {
        return spec.type();
    }

    public StringProperty valueProperty() {
        return value;
    }

    public ReadOnlyStringProperty errorProperty() {
        return error.getReadOnlyProperty();
    }

    void setError(String text) {
        error.set(text == null ? "" : text);
    }

    /** The last characters of a stored hashed value, or null when nothing is stored. */
    public String keptLast() {
        return keptHash == null ? null : keptLast;
    }

    /** The format problems of what is typed now (empty values have none: "required" is judged on save). */
    List<Violation> formatProblems() {
        List<Violation> out = new ArrayList<>();
        String v = value.get();
        if (v != null && !v.isBlank()) {
            EvidenceDraft.checkField(spec, v.strip(), out);
        }
        return out;
    }

    /** Puts this field's value, or the kept hash, into the draft's field map. */
    void putInto(java.util.Map<String, String> fields) {
        String v = value.get() == null ? "" : value.get();
        if (!v.isBlank()) {
            fields.put(spec.key(), v);
        } else if (keptHash != null) {
            fields.put(spec.key(), keptHash);
            fields.put(spec.key() + EvidenceDraft.LAST_CHARS_SUFFIX, keptLast);
        }
    }
}
