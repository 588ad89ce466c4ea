package org.hirewatch.ui.casefile.evidence;

import java.util.ArrayList;
import java.util.List;
import javafx.geometry.VPos;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Control;
import javafx.scene.control.Label;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.VBox;
import javafx.util.StringConverter;
import org.hirewatch.domain.FieldType;
import org.hirewatch.ui.casefile.CaseFormats;
import org.hirewatch.ui.casefile.FieldErrors;
import org.hirewatch.ui.casefile.KeyboardSupport;
import org.hirewatch.ui.common.I18n;

/**
 * The one form builder for every evidence kind: a control per field type, with its label, hint and error line,
 * appended as rows to a two-column grid.
 */
final class EvidenceFieldControls {
    static final String FIELD_ID_PREFIX = "field-";
    private final I18n i18n;

    EvidenceFieldControls(I18n i18n) {
        this.i18n = i18n;
    }

    /** Adds one row per field to {@code grid}, starting at {@code firstRow}; returns the controls in order. */
    List<Control> addRows(GridPane grid, int firstRow, List<FieldInput> inputs) {
        List<Control> controls = new ArrayList<>();
        int row = firstRow;
        for (FieldInput in : inputs) {
            Control control = control(in);
            String labelText = i18n.text(in.spec().labelKey());
            Label label = new Label(in.spec().required() ? i18n.text("casefile.form.requiredLabel", labelText) : labelText);
            label.setLabelFor(control);
            label.setWrapText(true);
            label.getStyleClass().add("form-label");
            control.setAccessibleText(labelText);
            Label error = new Label();
            error.setId(FIELD_ID_PREFIX + in.key() + "-error");
            FieldErrors.bind(control, error, in.errorProperty());
            VBox cell = new VBox(2, control);
            String hint = hint(in);
            if (hint != null) {
                Label hintLabel = new Label(hint);
                hintLabel.getStyleClass().add("hint");
                hintLabel.setWrapText(true);
                cell.getChildren().add(hintLabel);
            }
            cell.getChildren().add(error);
            GridPane.setValignment(label, VPos.TOP);
            grid.addRow(row++, label, cell);
            controls.add(control);
        }
        return controls;
    }

    Control control(FieldInput in) {
        Control c = switch (in.type()) {
            case MULTILINE -> {
                TextArea area = new TextArea();
                area.setPrefRowCount(3);
                area.setWrapText(true);
                area.textProperty().bindBidirectional(in.valueProperty());
                KeyboardSupport.tabMovesFocus(area);
                yield area;
            }
            case CHOICE, YES_NO -> choiceBox(in);
            default -> {
                TextField field = new TextField();
                field.textProperty().bindBidirectional(in.valueProperty());
                field.setPromptText(prompt(in.type()));
                yield field;
            }
        };
        c.setId(FIELD_ID_PREFIX + in.key());
        c.setMaxWidth(Double.MAX_VALUE);
        return c;
    }

    private ComboBox<String> choiceBox(FieldInput in) {
        List<String> choices = in.spec().choices().isEmpty() && in.type() == FieldType.YES_NO
                ? List.of("yes", "no") : in.spec().choices();
        ComboBox<String> box = new ComboBox<>();
        box.getItems().add("");
        box.getItems().addAll(choices);
        box.setConverter(new StringConverter<>() {
            @Override
            public String toString(String code) {
                return code == null || code.isEmpty() ? i18n.text("casefile.form.noChoice") : CaseFormats.choice(i18n, code);
            }

            @Override
            public String fromString(String s) {
                return null; // the combo box is not editable: choices are picked, never typed
            }
        });
        box.valueProperty().bindBidirectional(in.valueProperty());
        return box;
    }

    /** What to type, shown inside the empty field. */
    String prompt(FieldType type) {
        return switch (type) {
            case EMAIL -> i18n.text("casefile.prompt.email");
            case PHONE -> i18n.text("casefile.prompt.phone");
            case IP -> i18n.text("casefile.prompt.ip");
            case URL -> i18n.text("casefile.prompt.url");
            case DATE -> i18n.text("casefile.prompt.date");
            case DATE_TIME -> i18n.text("casefile.prompt.dateTime");
            case INTEGER -> i18n.text("casefile.prompt.integer");
            case DECIMAL -> i18n.text("casefile.prompt.decimal");
            default -> "";
        };
    }

    private String hint(FieldInput in) {
        if (in.type() != FieldType.HASHED) {
            return null;
        }
        return in.keptLast() == null ? i18n.text("casefile.form.hashed")
                : i18n.text("casefile.form.hashedKept", in.keptLast());
    }
}
