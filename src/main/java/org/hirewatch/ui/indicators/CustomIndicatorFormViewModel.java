package org.hirewatch.ui.indicators;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.function.Consumer;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.hirewatch.domain.CustomIndicator;
import org.hirewatch.domain.EvidenceField;
import org.hirewatch.domain.EvidenceKind;
import org.hirewatch.domain.FieldType;
import org.hirewatch.domain.Severity;
import org.hirewatch.domain.ValidationException;
import org.hirewatch.domain.Violation;
import org.hirewatch.indicators.Catalogue;
import org.hirewatch.indicators.CheckService;
import org.hirewatch.ui.common.ErrorText;
import org.hirewatch.ui.common.I18n;
import org.hirewatch.ui.common.TaskRunner;

/**
 * The form for adding or editing a custom indicator: title, category, severity, weight, the evidence kind it looks
 * at and its conditions. Problems are shown beside their fields (the indicator's own rules decide what is wrong);
 * a valid form is saved in the background and reported through {@link #savedProperty()}.
 */
public final class CustomIndicatorFormViewModel {
    private static final Pattern CONDITION_FIELD = Pattern.compile("conditions\\[(\\d+)]\\.(\\w+)");
    private final CheckService checks;
    private final TaskRunner tasks;
    private final I18n i18n;
    private final ErrorText errors;
    private final CustomIndicator original;
    private final Consumer<CustomIndicator> onSaved;

    private final StringProperty title = new SimpleStringProperty(this, "title", "");
    private final ObjectProperty<String> category = new SimpleObjectProperty<>(this, "category");
    private final ObjectProperty<Severity> severity = new SimpleObjectProperty<>(this, "severity", Severity.MEDIUM);
    private final StringProperty weight = new SimpleStringProperty(this, "weight", "");
    private final ObjectProperty<EvidenceKind> kind = new SimpleObjectProperty<>(this, "kind");
    private final ObservableList<ConditionInput> conditions = FXCollections.observableArrayList();
    private final ObservableList<EvidenceField> fields = FXCollections.observableArrayList();
    private final BooleanProperty enabled = new SimpleBooleanProperty(this, "enabled", true);
    private final ReadOnlyStringWrapper titleError = new ReadOnlyStringWrapper(this, "titleError", "");
    private final ReadOnlyStringWrapper categoryError = new ReadOnlyStringWrapper(this, "categoryError", "");
    private final ReadOnlyStringWrapper severityError = new ReadOnlyStringWrapper(this, "severityError", "");
    private final ReadOnlyStringWrapper weightError = new ReadOnlyStringWrapper(this, "weightError", "");
    private final ReadOnlyStringWrapper kindError = new ReadOnlyStringWrapper(this, "kindError", "");
    private final ReadOnlyStringWrapper conditionsError = new ReadOnlyStringWrapper(this, "conditionsError", "");
    private final ReadOnlyStringWrapper message = new ReadOnlyStringWrapper(this, "message", "");
    private final ReadOnlyBooleanWrapper busy = new ReadOnlyBooleanWrapper(this, "busy", false);
    private final ReadOnlyObjectWrapper<CustomIndicator> saved = new ReadOnlyObjectWrapper<>(this, "saved");
    private final String initial;

    /** {@code original} is the indicator being edited, or null for a new one. */
    CustomIndicatorFormViewModel(CheckService checks, TaskRunner tasks, I18n i18n, CustomIndicator original,
                                 Consumer<CustomIndicator> onSaved) {
        this.checks = checks;
        this.tasks = tasks;
        this.i18n = i18n;
        this.errors = new ErrorText(i18n);
        this.original = original;
        this.onSaved = onSaved;
        kind.addListener((o, old, now) -> kindChanged(now));
        severity.addListener((o, old, now) -> severityChanged(old, now));
        title.addListener((o, a, b) -> titleError.set(""));
        // the banner speaks of the last save; once the user edits again it would only mislead
        javafx.beans.InvalidationListener edited = o -> message.set("");
        title.addListener(edited);
        category.addListener(edited);
        severity.addListener(edited);
        weight.addListener(edited);
        kind.addListener(edited);
        conditions.addListener(edited);
        category.addListener((o, a, b) -> categoryError.set(""));
        weight.addListener((o, a, b) -> weightError.set(""));
        if (original == null) {
            weight.set(Integer.toString(Severity.MEDIUM.defaultWeight()));
            conditions.add(new ConditionInput());
        } else {
            title.set(original.title());
            category.set(original.category().isEmpty() ? null : original.category());
            severity.set(original.severity());
            weight.set(IndicatorTexts.weight(original.weight()));
            kind.set(original.kind());
            original.conditions().forEach(c -> conditions.add(ConditionInput.of(c, original.kind())));
            enabled.set(original.enabled());
        }
        initial = snapshot();
    }

    public boolean isNew() {
        return original == null;
    }

    /** "CUS-03", or empty for a new indicator. */
    public String id() {
        return original == null ? "" : original.id();
    }

    public List<String> categories() {
        return Catalogue.CATEGORIES;
    }

    public String categoryLabel(String code) {
        return IndicatorTexts.category(i18n, code);
    }

    public List<Severity> severities() {
        return Arrays.asList(Severity.values());
    }

    public List<EvidenceKind> kinds() {
        return Arrays.asList(EvidenceKind.values());
    }

    /** The chosen kind's fields that a condition can test (hashed numbers never match a typed value). */
    public ObservableList<EvidenceField> fields() {
        return fields;
    }

    private void kindChanged(EvidenceKind k) {
        kindError.set("");
        fields.setAll(k == null ? List.of() : k.fields().stream().filter(f -> f.type() != FieldType.HASHED).toList());
        for (ConditionInput c : conditions) {
            if (c.fieldProperty().get() != null && !fields.contains(c.fieldProperty().get())) {
                c.fieldProperty().set(null);
            }
        }
    }

    /** The weight follows the severity's usual weight until the user types another. */
    private void severityChanged(Severity old, Severity now) {
        severityError.set("");
        if (now != null && (old == null || weight.get().strip().equals(Integer.toString(old.defaultWeight())))) {
            weight.set(Integer.toString(now.defaultWeight()));
        }
    }

    public StringProperty titleProperty() {
        return title;
    }

    public ObjectProperty<String> categoryProperty() {
        return category;
    }

    public ObjectProperty<Severity> severityProperty() {
        return severity;
    }

    public StringProperty weightProperty() {
        return weight;
    }

    public ObjectProperty<EvidenceKind> kindProperty() {
        return kind;
    }

    public ObservableList<ConditionInput> conditions() {
        return conditions;
    }

    public BooleanProperty enabledProperty() {
        return enabled;
    }

    public ConditionInput addCondition() {
        ConditionInput c = new ConditionInput();
        conditions.add(c);
        conditionsError.set("");
        return c;
    }

    public void removeCondition(ConditionInput c) {
        conditions.remove(c);
    }

    public ReadOnlyStringProperty titleErrorProperty() {
        return titleError.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty categoryErrorProperty() {
        return categoryError.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty severityErrorProperty() {
        return severityError.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty weightErrorProperty() {
        return weightError.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty kindErrorProperty() {
        return kindError.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty conditionsErrorProperty() {
        return conditionsError.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty messageProperty() {
        return message.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty busyProperty() {
        return busy.getReadOnlyProperty();
    }

    public ReadOnlyObjectProperty<CustomIndicator> savedProperty() {
        return saved.getReadOnlyProperty();
    }

    public boolean isDirty() {
        return !snapshot().equals(initial);
    }

    private String snapshot() {
        StringBuilder sb = new StringBuilder().append(title.get()).append('|').append(category.get()).append('|')
                .append(severity.get()).append('|').append(weight.get()).append('|').append(kind.get()).append('|')
                .append(enabled.get());
        conditions.forEach(c -> sb.append('|').append(c.toCondition()));
        return sb.toString();
    }

    /**
     * Checks the form and, when it is valid, saves it in the background. Returns false when a problem is shown
     * beside a field (nothing is saved then).
     */
    public boolean save() {
        clearErrors();
        List<Violation> problems = new ArrayList<>();
        Double w = parseWeight();
        if (w == null) {
            problems.add(new Violation("weight", "validation.weightRange"));
        }
        if (category.get() == null) {
            problems.add(new Violation("category", "validation.required"));
        }
        CustomIndicator c = build(w == null ? 0 : w);
        problems.addAll(c.validate());
        if (!problems.isEmpty()) {
            show(problems);
            return false;
        }
        busy.set(true);
        tasks.run("task.indicators.savingCustom", () -> checks.saveCustom(c), s -> {
            busy.set(false);
            saved.set(s);
            onSaved.accept(s);
        }, e -> {
            busy.set(false);
            if (e instanceof ValidationException ve) {
                show(ve.violations());
            } else {
                message.set(errors.of(e));
            }
        });
        return true;
    }

    private Double parseWeight() {
        try {
            double d = Double.parseDouble(weight.get().strip().replace(',', '.'));
            return Double.isFinite(d) ? d : null;
        } catch (NumberFormatException e) {
            return null;
        }
    }

    private CustomIndicator build(double w) {
        List<CustomIndicator.Condition> list = conditions.stream().map(ConditionInput::toCondition).toList();
        return new CustomIndicator(original == null ? null : original.id(), title.get(), category.get(), severity.get(),
                w, kind.get(), list, enabled.get(), original == null ? 0 : original.version());
    }

    private void clearErrors() {
        titleError.set("");
        categoryError.set("");
        severityError.set("");
        weightError.set("");
        kindError.set("");
        conditionsError.set("");
        message.set("");
        conditions.forEach(ConditionInput::clearErrors);
    }

    private void show(List<Violation> problems) {
        for (Violation v : problems) {
            String text = errors.of(v);
            Matcher m = CONDITION_FIELD.matcher(v.field());
            if (m.matches()) {
                int i = Integer.parseInt(m.group(1));
                if (i < conditions.size()) {
                    ConditionInput c = conditions.get(i);
                    // an unchosen field is "required", not "unknown"
                    boolean unchosen = m.group(2).equals("field") && c.fieldProperty().get() == null;
                    c.showError(m.group(2), unchosen ? i18n.text("validation.required") : text);
                }
                continue;
            }
            switch (v.field()) {
                case "title" -> titleError.set(join(titleError.get(), text));
                case "category" -> categoryError.set(text);
                case "severity" -> severityError.set(text);
                case "weight" -> weightError.set(text);
                case "kind" -> kindError.set(text);
                case "conditions" -> conditionsError.set(text);
                default -> message.set(join(message.get(), text));
            }
        }
        if (message.get().isEmpty()) {
            message.set(i18n.text("indicators.form.fixFields"));
        }
    }

    private static String join(String a, String b) {
        return a.isEmpty() ? b : a + " " + b;
    }
}
