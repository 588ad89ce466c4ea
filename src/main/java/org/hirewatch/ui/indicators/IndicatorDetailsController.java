package org.hirewatch.ui.indicators;

import java.util.ArrayList;
import java.util.List;
import javafx.fxml.FXML;
import javafx.geometry.VPos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.Label;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.scene.control.TextInputControl;
import javafx.scene.input.KeyCombination;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.VBox;
import org.hirewatch.ui.casefile.FieldErrors;
import org.hirewatch.ui.casefile.KeyboardSupport;
import org.hirewatch.ui.common.I18n;

/**
 * Binds the details pane to the selected indicator. The parameter rows are built from the catalogue's specs each time
 * another indicator is selected. Enter in a one-line field or Shortcut+S saves.
 */
public final class IndicatorDetailsController {
    static final String PARAM_ID_PREFIX = "param-";
    private static final KeyCombination SAVE = KeyCombination.keyCombination("Shortcut+S");
    private final IndicatorsViewModel vm;
    private final I18n i18n;
    private final List<Node> parameterRows = new ArrayList<>();
    private SettingDraft bound;
    private Runnable customEditor = () -> { };

    @FXML private VBox root;
    @FXML private Label placeholderLabel;
    @FXML private VBox content;
    @FXML private Label titleLabel;
    @FXML private Label summaryLabel;
    @FXML private Label descriptionLabel;
    @FXML private VBox questionBox;
    @FXML private Label questionLabel;
    @FXML private VBox needsBox;
    @FXML private VBox settingsBox;
    @FXML private CheckBox enabledCheck;
    @FXML private GridPane settingsGrid;
    @FXML private TextField weightField;
    @FXML private Label weightHint;
    @FXML private Label weightError;
    @FXML private Label detailsMessageLabel;
    @FXML private Button saveButton;
    @FXML private Button resetButton;
    @FXML private Label unsavedLabel;
    @FXML private Node customBox;
    @FXML private Button editCustomButton;
    @FXML private VBox verifyBox;
    @FXML private Label verifyLabel;
    @FXML private VBox innocentBox;
    @FXML private Label innocentLabel;
    @FXML private VBox sourcesBox;
    @FXML private VBox sourcesList;

    public IndicatorDetailsController(IndicatorsViewModel vm, I18n i18n) {
        this.vm = vm;
        this.i18n = i18n;
    }

    @FXML
    private void initialize() {
        placeholderLabel.visibleProperty().bind(vm.detailsProperty().isNull());
        placeholderLabel.managedProperty().bind(placeholderLabel.visibleProperty());
        content.visibleProperty().bind(vm.detailsProperty().isNotNull());
        content.managedProperty().bind(content.visibleProperty());
        detailsMessageLabel.textProperty().bind(vm.detailsMessageProperty());
        showWhenSet(detailsMessageLabel);
        saveButton.disableProperty().bind(vm.savingProperty());
        resetButton.disableProperty().bind(vm.savingProperty());
        vm.detailsProperty().addListener((o, a, d) -> show(d));
        vm.draftProperty().addListener((o, a, d) -> bind(d));
        show(vm.detailsProperty().get());
        bind(vm.draftProperty().get());
        root.addEventHandler(KeyEvent.KEY_PRESSED, e -> {
            if (SAVE.match(e) && bound != null) {
                vm.save();
                e.consume();
            }
        });
        weightField.setOnAction(e -> vm.save());
    }

    void setCustomEditor(Runnable editor) {
        this.customEditor = editor;
    }

    private static void showWhenSet(Label label) {
        label.visibleProperty().bind(label.textProperty().isNotEmpty());
        label.managedProperty().bind(label.visibleProperty());
    }

    private void show(IndicatorDetails d) {
        if (d == null) {
            return;
        }
        titleLabel.setText(d.title());
        summaryLabel.setText(d.summary());
        descriptionLabel.setText(d.description());
        questionLabel.setText(d.question());
        visible(questionBox, !d.question().isEmpty());
        verifyLabel.setText(d.verify());
        visible(verifyBox, !d.verify().isEmpty());
        innocentLabel.setText(d.innocent());
        visible(innocentBox, !d.innocent().isEmpty());
        needsBox.getChildren().setAll(bullets(d.needs().isEmpty() ? List.of(i18n.text("indicators.details.needsNone")) : d.needs()));
        sourcesList.getChildren().setAll(bullets(d.sources()));
        visible(sourcesBox, !d.sources().isEmpty());
        visible(customBox, d.custom());
    }

    private static List<Label> bullets(List<String> lines) {
        return lines.stream().map(line -> {
            Label l = new Label("•  " + line);
            l.setWrapText(true);
            return l;
        }).toList();
    }

    private static void visible(Node n, boolean on) {
        n.setVisible(on);
        n.setManaged(on);
    }

    private void bind(SettingDraft d) {
        // A save rebuilds the rows of the same indicator: the caret goes back to the field it was in.
        Node focused = root.getScene() == null ? null : root.getScene().getFocusOwner();
        String keepFocus = bound != null && d != null && bound.definition().id().equals(d.definition().id())
                && focused != null && parameterRows.stream().anyMatch(n -> isInside(focused, n)) ? focused.getId() : null;
        if (bound != null) {
            enabledCheck.selectedProperty().unbindBidirectional(bound.enabledProperty());
            weightField.textProperty().unbindBidirectional(bound.weightProperty());
        }
        settingsGrid.getChildren().removeAll(parameterRows);
        parameterRows.clear();
        bound = d;
        visible(settingsBox, d != null);
        if (d == null) {
            return;
        }
        enabledCheck.selectedProperty().bindBidirectional(d.enabledProperty());
        weightField.textProperty().bindBidirectional(d.weightProperty());
        weightField.setAccessibleText(i18n.text("indicators.details.weight.accessible"));
        weightHint.setText(d.weightDefaultText());
        FieldErrors.bind(weightField, weightError, d.weightErrorProperty());
        unsavedLabel.visibleProperty().bind(d.dirtyProperty());
        int row = 1;
        for (ParameterInput p : d.parameters()) {
            addParameterRow(p, row++);
        }
        if (keepFocus != null) {
            Node again = settingsGrid.lookup("#" + keepFocus);
            if (again != null) {
                again.requestFocus();
            }
        }
    }

    private static boolean isInside(Node node, Node container) {
        for (Node n = node; n != null; n = n.getParent()) {
            if (n == container) {
                return true;
            }
        }
        return false;
    }

    private void addParameterRow(ParameterInput p, int row) {
        TextInputControl field;
        if (p.isList()) {
            TextArea area = new TextArea();
            area.setWrapText(true);
            area.setPrefRowCount(3);
            KeyboardSupport.tabMovesFocus(area);
            field = area;
        } else {
            TextField text = new TextField();
            text.setPrefColumnCount(8);
            text.setMaxWidth(160);
            text.setOnAction(e -> vm.save());
            field = text;
        }
        field.setId(PARAM_ID_PREFIX + p.key());
        field.textProperty().bindBidirectional(p.valueProperty());
        field.setAccessibleText(p.label());
        Label label = new Label(p.label());
        label.setLabelFor(field);
        label.setWrapText(true);
        label.getStyleClass().add("form-label");
        Label help = new Label(p.help() + " " + p.defaultText());
        help.getStyleClass().add("hint");
        help.setWrapText(true);
        Label error = new Label();
        error.setId(PARAM_ID_PREFIX + p.key() + "-error");
        FieldErrors.bind(field, error, p.errorProperty());
        VBox cell = new VBox(2, field, help, error);
        GridPane.setValignment(label, VPos.TOP);
        settingsGrid.addRow(row, label, cell);
        parameterRows.add(label);
        parameterRows.add(cell);
    }

    /** Where Enter in the table leads: the switch of a catalogue indicator, or the edit button of a custom one. */
    void focusFirst() {
        if (bound != null) {
            enabledCheck.requestFocus();
        } else if (customBox.isVisible()) {
            editCustomButton.requestFocus();
        }
    }

    @FXML
    private void save() {
        vm.save();
    }

    @FXML
    private void reset() {
        vm.resetToDefaults();
    }

    @FXML
    private void editCustom() {
        customEditor.run();
    }

    @FXML
    private void deleteCustom() {
        vm.deleteCustom();
    }
}
