package org.hirewatch.ui.indicators;

import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import org.hirewatch.indicators.ParameterSpec;
import org.hirewatch.ui.common.I18n;

/** One editable parameter of the selected indicator: its value as typed, checked against the catalogue as it changes. */
public final class ParameterInput {
    private final ParameterSpec spec;
    private final I18n i18n;
    private final StringProperty value = new SimpleStringProperty(this, "value", "");
    private final ReadOnlyStringWrapper error = new ReadOnlyStringWrapper(this, "error", "");

    ParameterInput(ParameterSpec spec, String current, I18n i18n) {
        this.spec = spec;
        this.i18n = i18n;
        value.set(isList() ? readable(current) : current);
        value.addListener((o, a, b) -> check());
    }

    public ParameterSpec spec() {
        return spec;
    }

    public String key() {
        return spec.key();
    }

    public String label() {
        return i18n.text(spec.labelKey());
    }

    public String help() {
        return i18n.text(spec.labelKey() + ".help");
    }

    public boolean isList() {
        return spec.type() == ParameterSpec.Type.TEXT_LIST;
    }

    /** "Default: 2"; for lists "Default: empty", or their length when they are too long to read in a hint. */
    public String defaultText() {
        String d = spec.defaultValue();
        if (d.isEmpty()) {
            return i18n.text("indicators.param.defaultEmpty");
        }
        if (isList() && d.length() > 60) {
            return i18n.text("indicators.param.defaultList", ParameterSpec.list(d).size());
        }
        return i18n.text("indicators.param.default", isList() ? readable(d) : d);
    }

    /** Lists are stored "a,b" and shown "a, b", so that they wrap between entries. */
    private static String readable(String list) {
        return String.join(", ", list.split("\\s*,\\s*"));
    }

    public StringProperty valueProperty() {
        return value;
    }

    public ReadOnlyStringProperty errorProperty() {
        return error.getReadOnlyProperty();
    }

    /** The value as it would be stored: trimmed, and a list without blanks around its commas. */
    String normalized() {
        String v = value.get() == null ? "" : value.get().strip();
        if (!isList()) {
            return v;
        }
        return java.util.Arrays.stream(v.split(",")).map(String::strip).filter(s -> !s.isEmpty())
                .collect(java.util.stream.Collectors.joining(","));
    }

    boolean isDefault() {
        return normalized().equals(spec.defaultValue());
    }

    /** Re-checks the value; true when it can be saved. */
    boolean check() {
        String v = normalized();
        if (v.isEmpty() && !isList()) {
            error.set(i18n.text("validation.required"));
            return false;
        }
        error.set(spec.check(v).map(p -> i18n.text(p.messageKey(), p.arg())).orElse(""));
        return error.get().isEmpty();
    }

    /** Shows a problem the service found when saving. */
    void showError(String message) {
        error.set(message);
    }
}
