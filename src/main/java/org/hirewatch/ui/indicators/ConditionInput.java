package org.hirewatch.ui.indicators;

import java.util.List;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.hirewatch.domain.CustomIndicator;
import org.hirewatch.domain.CustomIndicator.Operator;
import org.hirewatch.domain.EvidenceField;
import org.hirewatch.domain.FieldType;

/**
 * One condition row of the custom-indicator form: a field of the chosen evidence kind, an operator that makes sense
 * for that field, and a value (picked from the field's choices when it has them).
 */
public final class ConditionInput {
    private static final List<Operator> TEXT_OPERATORS = List.of(Operator.EQUALS, Operator.NOT_EQUALS, Operator.CONTAINS,
            Operator.IS_FILLED, Operator.IS_EMPTY);
    private static final List<Operator> CHOICE_OPERATORS = List.of(Operator.EQUALS, Operator.NOT_EQUALS,
            Operator.IS_FILLED, Operator.IS_EMPTY);
    private static final List<Operator> ORDERED_OPERATORS = List.of(Operator.EQUALS, Operator.NOT_EQUALS,
            Operator.GREATER_THAN, Operator.LESS_THAN, Operator.IS_FILLED, Operator.IS_EMPTY);

    private final ObjectProperty<EvidenceField> field = new SimpleObjectProperty<>(this, "field");
    private final ObjectProperty<Operator> operator = new SimpleObjectProperty<>(this, "operator", Operator.EQUALS);
    private final StringProperty value = new SimpleStringProperty(this, "value", "");
    private final ObservableList<Operator> operators = FXCollections.observableArrayList(TEXT_OPERATORS);
    private final ObservableList<String> choices = FXCollections.observableArrayList();
    private final ReadOnlyStringWrapper fieldError = new ReadOnlyStringWrapper(this, "fieldError", "");
    private final ReadOnlyStringWrapper operatorError = new ReadOnlyStringWrapper(this, "operatorError", "");
    private final ReadOnlyStringWrapper valueError = new ReadOnlyStringWrapper(this, "valueError", "");

    ConditionInput() {
        field.addListener((o, old, now) -> fieldChanged(now));
        field.addListener((o, a, b) -> fieldError.set(""));
        operator.addListener((o, a, b) -> {
            operatorError.set("");
            valueError.set("");
        });
        value.addListener((o, a, b) -> valueError.set(""));
    }

    static ConditionInput of(CustomIndicator.Condition c, org.hirewatch.domain.EvidenceKind kind) {
        ConditionInput in = new ConditionInput();
        in.field.set(kind == null ? null : kind.field(c.field()).orElse(null));
        in.operator.set(c.operator());
        in.value.set(c.value());
        return in;
    }

    private void fieldChanged(EvidenceField f) {
        operators.setAll(operatorsFor(f));
        if (!operators.contains(operator.get())) {
            operator.set(operators.get(0));
        }
        choices.setAll(choicesOf(f));
        if (!choices.isEmpty() && !choices.contains(value.get())) {
            value.set("");
        }
    }

    /** Comparisons that make sense for the field: "greater than" only for numbers and dates, "contains" for text. */
    static List<Operator> operatorsFor(EvidenceField f) {
        if (f == null) {
            return TEXT_OPERATORS;
        }
        if (!choicesOf(f).isEmpty()) {
            return CHOICE_OPERATORS;
        }
        return switch (f.type()) {
            case INTEGER, DECIMAL, DATE, DATE_TIME -> ORDERED_OPERATORS;
            default -> TEXT_OPERATORS;
        };
    }

    static List<String> choicesOf(EvidenceField f) {
        if (f == null) {
            return List.of();
        }
        return f.choices().isEmpty() && f.type() == FieldType.YES_NO ? List.of("yes", "no") : f.choices();
    }

    public ObjectProperty<EvidenceField> fieldProperty() {
        return field;
    }

    public ObjectProperty<Operator> operatorProperty() {
        return operator;
    }

    public StringProperty valueProperty() {
        return value;
    }

    /** The operators offered for the chosen field. */
    public ObservableList<Operator> operators() {
        return operators;
    }

    /** The field's choices (codes); empty when the value is typed. */
    public ObservableList<String> choices() {
        return choices;
    }

    public ReadOnlyStringProperty fieldErrorProperty() {
        return fieldError.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty operatorErrorProperty() {
        return operatorError.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty valueErrorProperty() {
        return valueError.getReadOnlyProperty();
    }

    CustomIndicator.Condition toCondition() {
        Operator op = operator.get();
        String v = op != null && !op.needsValue() ? "" : value.get();
        return new CustomIndicator.Condition(field.get() == null ? "" : field.get().key(), op, v);
    }

    void clearErrors() {
        fieldError.set("");
        operatorError.set("");
        valueError.set("");
    }

    void showError(String part, String message) {
        switch (part) {
            case "field" -> fieldError.set(message);
            case "operator" -> operatorError.set(message);
            default -> valueError.set(message);
        }
    }
}
