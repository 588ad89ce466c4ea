package org.hirewatch.ui.indicators;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.beans.value.ChangeListener;
import org.hirewatch.domain.IndicatorSetting;
import org.hirewatch.domain.Violation;
import org.hirewatch.indicators.IndicatorDefinition;
import org.hirewatch.ui.common.ErrorText;
import org.hirewatch.ui.common.I18n;

/**
 * The selected catalogue indicator's switch, weight and parameters as the user is editing them, against the setting
 * stored for it. Values are checked as they are typed; nothing is stored until the screen saves.
 */
public final class SettingDraft {
    private final IndicatorDefinition definition;
    private final IndicatorSetting stored;
    private final I18n i18n;
    private final BooleanProperty enabled = new SimpleBooleanProperty(this, "enabled");
    private final StringProperty weight = new SimpleStringProperty(this, "weight", "");
    private final ReadOnlyStringWrapper weightError = new ReadOnlyStringWrapper(this, "weightError", "");
    private final List<ParameterInput> parameters;
    private final ReadOnlyBooleanWrapper dirty = new ReadOnlyBooleanWrapper(this, "dirty", false);

    SettingDraft(IndicatorDefinition definition, IndicatorSetting stored, I18n i18n) {
        this.definition = definition;
        this.stored = stored;
        this.i18n = i18n;
        enabled.set(stored.enabled());
        weight.set(IndicatorTexts.weight(stored.weight() == null ? definition.weight() : stored.weight()));
        parameters = definition.parameters().stream()
                .map(p -> new ParameterInput(p, stored.parameters().getOrDefault(p.key(), p.defaultValue()), i18n)).toList();
        ChangeListener<Object> recompute = (o, a, b) -> dirty.set(!sameAsStored());
        enabled.addListener(recompute);
        weight.addListener(recompute);
        weight.addListener((o, a, b) -> checkWeight());
        parameters.forEach(p -> p.valueProperty().addListener(recompute));
    }

    public IndicatorDefinition definition() {
        return definition;
    }

    IndicatorSetting stored() {
        return stored;
    }

    public BooleanProperty enabledProperty() {
        return enabled;
    }

    public StringProperty weightProperty() {
        return weight;
    }

    public ReadOnlyStringProperty weightErrorProperty() {
        return weightError.getReadOnlyProperty();
    }

    public String weightDefaultText() {
        return i18n.text("indicators.details.weightDefault", IndicatorTexts.weight(definition.weight()));
    }

    public List<ParameterInput> parameters() {
        return parameters;
    }

    public ReadOnlyBooleanProperty dirtyProperty() {
        return dirty.getReadOnlyProperty();
    }

    /** Checks every value, marking the fields with problems; true when the draft can be saved. */
    boolean check() {
        boolean ok = checkWeight();
        for (ParameterInput p : parameters) {
            ok &= p.check();
        }
        return ok;
    }

    private boolean checkWeight() {
        String w = weight.get() == null ? "" : weight.get().strip();
        if (w.isEmpty()) {
            weightError.set("");
            return true;
        }
        Double d = parse(w);
        weightError.set(d == null || d < 0 || d > 100 ? i18n.text("validation.weightRange") : "");
        return weightError.get().isEmpty();
    }

    private static Double parse(String w) {
        try {
            double d = Double.parseDouble(w.replace(',', '.'));
            return Double.isFinite(d) ? d : null;
        } catch (NumberFormatException e) {
            return null;
        }
    }

    /** The setting to store; call {@link #check()} first. A weight equal to the catalogue's is stored as "none". */
    IndicatorSetting toSetting() {
        return new IndicatorSetting(definition.id(), enabled.get(), weightOverride(), overrides());
    }

    private Double weightOverride() {
        String w = weight.get() == null ? "" : weight.get().strip();
        Double d = w.isEmpty() ? null : parse(w);
        return d == null || d == definition.weight() ? null : d;
    }

    private Map<String, String> overrides() {
        Map<String, String> out = new LinkedHashMap<>();
        parameters.stream().filter(p -> !p.isDefault()).forEach(p -> out.put(p.key(), p.normalized()));
        return out;
    }

    private boolean sameAsStored() {
        Double storedWeight = stored.weight() == null || stored.weight() == definition.weight() ? null : stored.weight();
        Map<String, String> storedParams = new LinkedHashMap<>(stored.parameters());
        storedParams.entrySet().removeIf(e -> definition.parameter(e.getKey()).map(p -> p.defaultValue().equals(e.getValue()))
                .orElse(true));
        return enabled.get() == stored.enabled() && Objects.equals(weightOverrideOrInvalid(), storedWeight)
                && overrides().equals(storedParams);
    }

    /** While the weight does not parse, it differs from anything stored. */
    private Object weightOverrideOrInvalid() {
        String w = weight.get() == null ? "" : weight.get().strip();
        return !w.isEmpty() && parse(w) == null ? w : weightOverride();
    }

    /** Shows the problems the service refused a save for beside their fields (field names are parameter keys). */
    void showViolations(List<Violation> violations, ErrorText errors) {
        for (Violation v : violations) {
            if (v.field().equals("weight")) {
                weightError.set(errors.of(v));
            }
            parameters.stream().filter(p -> p.key().equals(v.field())).forEach(p -> p.showError(errors.of(v)));
        }
    }
}
