package org.hirewatch.ui.links;

import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.value.ObservableStringValue;
import javafx.fxml.FXML;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressBar;
import javafx.scene.control.Spinner;
import javafx.scene.control.SpinnerValueFactory;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableRow;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.BorderPane;
import javafx.util.StringConverter;
import org.hirewatch.domain.LinkSettings;
import org.hirewatch.ui.common.I18n;

/** Binds the link settings form, the warning-list table and the status line to their view model. */
public final class LinkSettingsController {
    private final LinkSettingsViewModel vm;
    private final I18n i18n;

    @FXML private BorderPane root;
    @FXML private Label errorLabel;
    @FXML private TextField regionField;
    @FXML private Label regionError;
    @FXML private CheckBox networkCheck;
    @FXML private Spinner<Integer> capSpinner;
    @FXML private Label capError;
    @FXML private Label capHint;
    @FXML private Spinner<Double> similaritySpinner;
    @FXML private Label similarityError;
    @FXML private Spinner<Integer> distanceSpinner;
    @FXML private Label distanceError;
    @FXML private Button saveButton;
    @FXML private Button resetButton;
    @FXML private ComboBox<LinkSettingsViewModel.ListOption> listFilter;
    @FXML private Button addButton;
    @FXML private Button removeButton;
    @FXML private TableView<WarningRow> warningTable;
    @FXML private TableColumn<WarningRow, String> listColumn;
    @FXML private TableColumn<WarningRow, String> kindColumn;
    @FXML private TableColumn<WarningRow, String> valueColumn;
    @FXML private TableColumn<WarningRow, String> noteColumn;
    @FXML private TableColumn<WarningRow, String> addedColumn;
    @FXML private Label statusLabel;
    @FXML private Button undoButton;
    @FXML private ProgressBar progressBar;
    @FXML private Label checksLabel;

    public LinkSettingsController(LinkSettingsViewModel vm, I18n i18n) {
        this.vm = vm;
        this.i18n = i18n;
    }

    @FXML
    private void initialize() {
        errorLabel.textProperty().bind(vm.errorProperty());
        errorLabel.visibleProperty().bind(vm.errorProperty().isNotEmpty());
        errorLabel.managedProperty().bind(errorLabel.visibleProperty());
        bindForm();
        bindTable();
        statusLabel.textProperty().bind(vm.statusProperty());
        undoButton.textProperty().bind(vm.undoTextProperty());
        undoButton.visibleProperty().bind(vm.undoAvailableProperty());
        undoButton.managedProperty().bind(undoButton.visibleProperty());
        progressBar.progressProperty().bind(vm.checks().progressProperty());
        progressBar.visibleProperty().bind(vm.checks().runningProperty());
        checksLabel.textProperty().bind(vm.checks().textProperty());
    }

    private void bindForm() {
        regionField.textProperty().bindBidirectional(vm.regionProperty());
        showError(regionField, regionError, vm.regionErrorProperty());
        networkCheck.selectedProperty().bindBidirectional(vm.networkMatchesProperty());

        SpinnerValueFactory.IntegerSpinnerValueFactory cap =
                new SpinnerValueFactory.IntegerSpinnerValueFactory(LinkSettings.MIN_CAP, LinkSettings.MAX_CAP);
        cap.setConverter(typed(cap.getConverter(), cap));
        capSpinner.setValueFactory(cap);
        cap.valueProperty().bindBidirectional(vm.frequencyCapProperty());
        showError(capSpinner.getEditor(), capError, vm.capErrorProperty());
        capHint.setText(i18n.text("linkSettings.cap.hint", LinkSettings.MIN_CAP, LinkSettings.MAX_CAP));

        SpinnerValueFactory.DoubleSpinnerValueFactory similarity =
                new SpinnerValueFactory.DoubleSpinnerValueFactory(0.5, 1.0, 0.85, 0.01);
        similarity.setConverter(typed(similarity.getConverter(), similarity));
        similaritySpinner.setValueFactory(similarity);
        similarity.valueProperty().bindBidirectional(vm.nameSimilarityProperty());
        showError(similaritySpinner.getEditor(), similarityError, vm.similarityErrorProperty());

        SpinnerValueFactory.IntegerSpinnerValueFactory distance = new SpinnerValueFactory.IntegerSpinnerValueFactory(0, 16);
        distance.setConverter(typed(distance.getConverter(), distance));
        distanceSpinner.setValueFactory(distance);
        distance.valueProperty().bindBidirectional(vm.textDistanceProperty());
        showError(distanceSpinner.getEditor(), distanceError, vm.distanceErrorProperty());

        saveButton.disableProperty().bind(vm.canSaveBinding().not());
        resetButton.disableProperty().bind(vm.savingProperty());
    }

    /** Text that is not a number keeps the value the spinner had instead of throwing out of the key handler. */
    private static <T> StringConverter<T> typed(StringConverter<T> plain, SpinnerValueFactory<T> factory) {
        return new StringConverter<>() {
            @Override
            public String toString(T value) {
                return plain.toString(value);
            }

            @Override
            public T fromString(String text) {
                try {
                    T v = plain.fromString(text == null ? "" : text.strip());
                    return v == null ? factory.getValue() : v;
                } catch (RuntimeException notANumber) {
                    return factory.getValue();
                }
            }
        };
    }

    private static void showError(javafx.scene.Node field, Label label, ObservableStringValue text) {
        label.textProperty().bind(text);
        label.visibleProperty().bind(javafx.beans.binding.Bindings.isNotEmpty(text));
        label.managedProperty().bind(label.visibleProperty());
        text.addListener((o, was, now) -> {
            if (now.isEmpty()) {
                field.getStyleClass().remove("invalid");
            } else if (!field.getStyleClass().contains("invalid")) {
                field.getStyleClass().add("invalid");
            }
        });
    }

    private void bindTable() {
        listFilter.setItems(vm.listOptions());
        listFilter.valueProperty().bindBidirectional(vm.listFilterProperty());
        warningTable.setItems(vm.visibleRows());
        Label empty = new Label(i18n.text("linkSettings.empty"));
        empty.getStyleClass().add("empty-state");
        empty.setWrapText(true);
        warningTable.setPlaceholder(empty);
        listColumn.setCellValueFactory(c -> new ReadOnlyStringWrapper(c.getValue().listLabel()));
        kindColumn.setCellValueFactory(c -> new ReadOnlyStringWrapper(c.getValue().kindLabel()));
        valueColumn.setCellValueFactory(c -> new ReadOnlyStringWrapper(c.getValue().value()));
        noteColumn.setCellValueFactory(c -> new ReadOnlyStringWrapper(c.getValue().note()));
        addedColumn.setCellValueFactory(c -> new ReadOnlyStringWrapper(c.getValue().added()));
        warningTable.setRowFactory(t -> new TableRow<>() {
            @Override
            protected void updateItem(WarningRow row, boolean empty) {
                super.updateItem(row, empty);
                pseudoClassStateChanged(javafx.css.PseudoClass.getPseudoClass("built-in"), !empty && row != null && row.builtIn());
                setTooltip(!empty && row != null && row.builtIn() ? new Tooltip(i18n.text("linkSettings.builtIn.tooltip")) : null);
            }
        });
        warningTable.getSelectionModel().selectedItemProperty().addListener((o, a, b) -> vm.selectedProperty().set(b));
        vm.selectedProperty().addListener((o, a, b) -> {
            if (warningTable.getSelectionModel().getSelectedItem() != b) {
                if (b == null) {
                    warningTable.getSelectionModel().clearSelection();
                } else {
                    warningTable.getSelectionModel().select(b);
                }
            }
        });
        removeButton.disableProperty().bind(vm.canRemoveBinding().not());
        addButton.disableProperty().bind(vm.savingProperty());
    }

    @FXML
    private void save() {
        // A number typed into a spinner counts only once committed; Save by keyboard must not lose it.
        capSpinner.commitValue();
        similaritySpinner.commitValue();
        distanceSpinner.commitValue();
        vm.save();
    }

    @FXML
    private void reset() {
        vm.resetToDefaults();
    }

    @FXML
    private void add() {
        vm.add(new AddWarningDialog(i18n, () -> root));
    }

    @FXML
    private void remove() {
        vm.removeSelected();
    }

    @FXML
    private void undo() {
        vm.undo();
    }
}
