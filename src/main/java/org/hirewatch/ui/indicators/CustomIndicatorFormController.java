package org.hirewatch.ui.indicators;

import java.util.function.Function;
import javafx.collections.ListChangeListener;
import javafx.fxml.FXML;
import javafx.geometry.VPos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Control;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.TextField;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.StackPane;
import javafx.util.StringConverter;
import org.hirewatch.domain.CustomIndicator.Operator;
import org.hirewatch.domain.EvidenceField;
import org.hirewatch.domain.EvidenceKind;
import org.hirewatch.domain.Severity;
import org.hirewatch.ui.casefile.CaseFormats;
import org.hirewatch.ui.casefile.FieldErrors;
import org.hirewatch.ui.common.I18n;

/**
 * Binds the custom-indicator form. Condition rows are rebuilt from the view model's list whenever a row is added
 * or removed; a row's value is a drop-down when its field has choices and a text field otherwise.
 */
public final class CustomIndicatorFormController {
    static final String CONDITION_ID_PREFIX = "condition-";
    private final CustomIndicatorFormViewModel vm;
    private final I18n i18n;

    @FXML private Label messageLabel;
    @FXML private TextField titleField;
    @FXML private Label titleError;
    @FXML private ComboBox<String> categoryBox;
    @FXML private Label categoryError;
    @FXML private ComboBox<Severity> severityBox;
    @FXML private Label severityError;
    @FXML private TextField weightField;
    @FXML private Label weightError;
    @FXML private ComboBox<EvidenceKind> kindBox;
    @FXML private Label kindError;
    @FXML private CheckBox enabledCheck;
    @FXML private GridPane conditionsGrid;
    @FXML private Label conditionsError;
    @FXML private Button addConditionButton;

    public CustomIndicatorFormController(CustomIndicatorFormViewModel vm, I18n i18n) {
        this.vm = vm;
        this.i18n = i18n;
    }

    @FXML
    private void initialize() {
        messageLabel.textProperty().bind(vm.messageProperty());
        messageLabel.visibleProperty().bind(vm.messageProperty().isNotEmpty());
        messageLabel.managedProperty().bind(messageLabel.visibleProperty());
        titleField.setId("customTitle");
        titleField.textProperty().bindBidirectional(vm.titleProperty());
        FieldErrors.bind(titleField, titleError, vm.titleErrorProperty());

        categoryBox.setId("customCategory");
        categoryBox.getItems().setAll(vm.categories());
        categoryBox.setConverter(converter(vm::categoryLabel));
        categoryBox.valueProperty().bindBidirectional(vm.categoryProperty());
        FieldErrors.bind(categoryBox, categoryError, vm.categoryErrorProperty());

        severityBox.setId("customSeverity");
        severityBox.getItems().setAll(vm.severities());
        severityBox.setConverter(converter(s -> i18n.text(s.messageKey())));
        severityBox.valueProperty().bindBidirectional(vm.severityProperty());
        FieldErrors.bind(severityBox, severityError, vm.severityErrorProperty());

        weightField.setId("customWeight");
        weightField.textProperty().bindBidirectional(vm.weightProperty());
        FieldErrors.bind(weightField, weightError, vm.weightErrorProperty());

        kindBox.setId("customKind");
        kindBox.getItems().setAll(vm.kinds());
        kindBox.setConverter(converter(k -> i18n.text(k.messageKey())));
        kindBox.valueProperty().bindBidirectional(vm.kindProperty());
        FieldErrors.bind(kindBox, kindError, vm.kindErrorProperty());

        enabledCheck.setId("customEnabled");
        enabledCheck.selectedProperty().bindBidirectional(vm.enabledProperty());
        FieldErrors.bind(null, conditionsError, vm.conditionsErrorProperty());

        vm.conditions().addListener((ListChangeListener<ConditionInput>) c -> rebuildConditions());
        rebuildConditions();
    }

    private void rebuildConditions() {
        conditionsGrid.getChildren().clear();
        int row = 0;
        for (int i = 0; i < vm.conditions().size(); i++) {
            addConditionRows(vm.conditions().get(i), i, row);
            row += 2;
        }
    }

    private void addConditionRows(ConditionInput in, int index, int row) {
        String prefix = CONDITION_ID_PREFIX + index + "-";
        Label number = new Label(i18n.text("indicators.form.conditionNumber", index + 1));
        number.getStyleClass().add("form-label");

        ComboBox<EvidenceField> field = new ComboBox<>(vm.fields());
        field.setId(prefix + "field");
        field.setPromptText(i18n.text("indicators.form.field.prompt"));
        field.setConverter(converter(f -> IndicatorTexts.field(i18n, f)));
        field.valueProperty().bindBidirectional(in.fieldProperty());
        field.disableProperty().bind(vm.kindProperty().isNull());
        field.setAccessibleText(i18n.text("indicators.form.field.accessible", index + 1));
        field.setMaxWidth(Double.MAX_VALUE);

        ComboBox<Operator> operator = new ComboBox<>(in.operators());
        operator.setId(prefix + "operator");
        operator.setConverter(converter(op -> IndicatorTexts.operator(i18n, op)));
        operator.valueProperty().bindBidirectional(in.operatorProperty());
        operator.setAccessibleText(i18n.text("indicators.form.operator.accessible", index + 1));
        operator.setMaxWidth(Double.MAX_VALUE);

        TextField text = new TextField();
        text.setId(prefix + "value");
        text.textProperty().bindBidirectional(in.valueProperty());
        text.setPromptText(i18n.text("indicators.form.value.prompt"));
        text.setAccessibleText(i18n.text("indicators.form.value.accessible", index + 1));
        ComboBox<String> choice = new ComboBox<>(in.choices());
        choice.setId(prefix + "choice");
        choice.setConverter(converter(code -> CaseFormats.choice(i18n, code)));
        choice.setButtonCell(new ListCell<>() {
            @Override
            protected void updateItem(String code, boolean empty) {
                super.updateItem(code, empty);
                setText(empty || code == null || code.isEmpty() ? i18n.text("indicators.form.choose") : CaseFormats.choice(i18n, code));
            }
        });
        choice.valueProperty().bindBidirectional(in.valueProperty());
        choice.setAccessibleText(i18n.text("indicators.form.value.accessible", index + 1));
        choice.setMaxWidth(Double.MAX_VALUE);
        // A value is typed, picked, or not needed at all ("is filled in").
        text.visibleProperty().bind(javafx.beans.binding.Bindings.isEmpty(in.choices())
                .and(javafx.beans.binding.Bindings.createBooleanBinding(() -> needsValue(in), in.operatorProperty())));
        choice.visibleProperty().bind(javafx.beans.binding.Bindings.isNotEmpty(in.choices())
                .and(javafx.beans.binding.Bindings.createBooleanBinding(() -> needsValue(in), in.operatorProperty())));
        StackPane value = new StackPane(text, choice);

        Button remove = new Button(i18n.text("indicators.form.removeCondition"));
        remove.setId(prefix + "remove");
        remove.setMnemonicParsing(false);
        remove.getStyleClass().add("icon-button");
        remove.setAccessibleText(i18n.text("indicators.form.removeCondition.accessible", index + 1));
        remove.setOnAction(e -> {
            vm.removeCondition(in);
            addConditionButton.requestFocus();
        });
        remove.setDisable(vm.conditions().size() == 1);

        Label fieldError = error(prefix + "field-error");
        FieldErrors.bind(field, fieldError, in.fieldErrorProperty());
        Label operatorError = error(prefix + "operator-error");
        FieldErrors.bind(operator, operatorError, in.operatorErrorProperty());
        Label valueError = error(prefix + "value-error");
        FieldErrors.bind(text, valueError, in.valueErrorProperty());
        in.valueErrorProperty().addListener((o, a, b) -> mark(choice, b));
        mark(choice, in.valueErrorProperty().get());

        GridPane.setValignment(number, VPos.CENTER);
        conditionsGrid.addRow(row, number, field, operator, value, remove);
        conditionsGrid.add(fieldError, 1, row + 1);
        conditionsGrid.add(operatorError, 2, row + 1);
        conditionsGrid.add(valueError, 3, row + 1);
    }

    private static boolean needsValue(ConditionInput in) {
        return in.operatorProperty().get() == null || in.operatorProperty().get().needsValue();
    }

    private static Label error(String id) {
        Label l = new Label();
        l.setId(id);
        return l;
    }

    private static void mark(Control c, String error) {
        c.getStyleClass().remove(FieldErrors.INVALID);
        if (error != null && !error.isEmpty()) {
            c.getStyleClass().add(FieldErrors.INVALID);
        }
    }

    private static <T> StringConverter<T> converter(Function<T, String> label) {
        return new StringConverter<>() {
            @Override
            public String toString(T t) {
                return t == null ? "" : label.apply(t);
            }

            @Override
            public T fromString(String s) {
                return null; // the drop-downs are not editable: values are picked, never typed
            }
        };
    }

    /** The first control showing a problem, to move the caret to after a refused save. */
    Node firstInvalid() {
        for (Node n : new Node[] {titleField, categoryBox, severityBox, weightField, kindBox}) {
            if (n.getStyleClass().contains(FieldErrors.INVALID)) {
                return n;
            }
        }
        return conditionsGrid.getChildren().stream().filter(n -> n.getStyleClass().contains(FieldErrors.INVALID)
                || n instanceof StackPane s && s.getChildren().stream().anyMatch(c -> c.isVisible()
                && c.getStyleClass().contains(FieldErrors.INVALID))).findFirst()
                .map(n -> n instanceof StackPane s ? s.getChildren().stream().filter(Node::isVisible).findFirst().orElse(n) : n)
                .orElse(vm.conditionsErrorProperty().get().isEmpty() ? null : addConditionButton);
    }

    Node initialFocus() {
        return titleField;
    }

    @FXML
    private void addCondition() {
        vm.addCondition();
        conditionsGrid.getChildren().stream().filter(n -> (CONDITION_ID_PREFIX + (vm.conditions().size() - 1) + "-field")
                .equals(n.getId())).findFirst().ifPresent(Node::requestFocus);
    }
}
