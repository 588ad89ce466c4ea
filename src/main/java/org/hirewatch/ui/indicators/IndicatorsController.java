package org.hirewatch.ui.indicators;

import javafx.application.Platform;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.collections.transformation.SortedList;
import javafx.css.PseudoClass;
import javafx.fxml.FXML;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressBar;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableRow;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.control.Tooltip;
import javafx.scene.control.cell.CheckBoxTableCell;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.BorderPane;
import org.hirewatch.domain.Severity;
import org.hirewatch.ui.common.Dialogs;
import org.hirewatch.ui.common.I18n;

/**
 * Binds the indicator table, its filters and the screen's status line. Space flips the selected indicator's switch;
 * Enter moves into its details.
 */
public final class IndicatorsController {
    private static final PseudoClass OFF = PseudoClass.getPseudoClass("off");
    private final IndicatorsViewModel vm;
    private final I18n i18n;
    private final Dialogs dialogs;
    private boolean revertingSelection;

    @FXML private BorderPane root;
    @FXML private Button addCustomButton;
    @FXML private ComboBox<IndicatorsViewModel.CategoryOption> categoryFilter;
    @FXML private TextField indicatorSearchField;
    @FXML private Label catalogueLabel;
    @FXML private Label countLabel;
    @FXML private Label errorLabel;
    @FXML private TableView<IndicatorRow> indicatorTable;
    @FXML private TableColumn<IndicatorRow, Boolean> enabledColumn;
    @FXML private TableColumn<IndicatorRow, String> idColumn;
    @FXML private TableColumn<IndicatorRow, String> titleColumn;
    @FXML private TableColumn<IndicatorRow, String> categoryColumn;
    @FXML private TableColumn<IndicatorRow, Severity> severityColumn;
    @FXML private TableColumn<IndicatorRow, String> modeColumn;
    @FXML private TableColumn<IndicatorRow, Number> weightColumn;
    @FXML private IndicatorDetailsController detailsController;
    @FXML private javafx.scene.layout.HBox statusBar;
    @FXML private Label statusLabel;
    @FXML private Button undoButton;
    @FXML private ProgressBar progressBar;
    @FXML private Label checksLabel;

    public IndicatorsController(IndicatorsViewModel vm, I18n i18n, Dialogs dialogs) {
        this.vm = vm;
        this.i18n = i18n;
        this.dialogs = dialogs;
    }

    @FXML
    private void initialize() {
        categoryFilter.setItems(vm.categoryOptions());
        categoryFilter.valueProperty().bindBidirectional(vm.categoryProperty());
        indicatorSearchField.textProperty().bindBidirectional(vm.searchProperty());
        indicatorSearchField.setOnKeyPressed(e -> {
            if (e.getCode() == KeyCode.DOWN || e.getCode() == KeyCode.ENTER) {
                indicatorTable.requestFocus();
                if (indicatorTable.getSelectionModel().isEmpty() && !indicatorTable.getItems().isEmpty()) {
                    indicatorTable.getSelectionModel().selectFirst();
                }
            } else if (e.getCode() == KeyCode.ESCAPE) {
                vm.searchProperty().set("");
            }
        });
        catalogueLabel.textProperty().bind(vm.catalogueTextProperty());
        countLabel.textProperty().bind(vm.countTextProperty());
        errorLabel.textProperty().bind(vm.errorProperty());
        errorLabel.visibleProperty().bind(vm.errorProperty().isNotEmpty());
        errorLabel.managedProperty().bind(errorLabel.visibleProperty());
        bindTable();
        bindStatus();
        detailsController.setCustomEditor(this::editCustom);
    }

    private void bindTable() {
        SortedList<IndicatorRow> sorted = new SortedList<>(vm.visibleRows());
        sorted.comparatorProperty().bind(indicatorTable.comparatorProperty());
        indicatorTable.setItems(sorted);
        Label empty = new Label(i18n.text("indicators.empty"));
        empty.getStyleClass().add("empty-state");
        empty.setWrapText(true);
        indicatorTable.setPlaceholder(empty);

        enabledColumn.setCellValueFactory(c -> c.getValue().enabledProperty());
        enabledColumn.setCellFactory(col -> {
            CheckBoxTableCell<IndicatorRow, Boolean> cell = new CheckBoxTableCell<>();
            cell.setAccessibleText(i18n.text("indicators.col.enabled.accessible"));
            return cell;
        });
        idColumn.setCellValueFactory(c -> new ReadOnlyStringWrapper(c.getValue().id()));
        titleColumn.setCellValueFactory(c -> new ReadOnlyStringWrapper(c.getValue().title()));
        titleColumn.setCellFactory(col -> textWithTooltip());
        categoryColumn.setCellValueFactory(c -> new ReadOnlyStringWrapper(c.getValue().categoryLabel()));
        categoryColumn.setCellFactory(col -> textWithTooltip());
        severityColumn.setCellValueFactory(c -> new ReadOnlyObjectWrapper<>(c.getValue().severity()));
        severityColumn.setCellFactory(col -> textCell(s -> i18n.text(s.messageKey())));
        modeColumn.setCellValueFactory(c -> new ReadOnlyStringWrapper(c.getValue().modeLabel()));
        weightColumn.setCellValueFactory(c -> new ReadOnlyObjectWrapper<>(c.getValue().weight()));
        weightColumn.setCellFactory(col -> new TableCell<>() {
            @Override
            protected void updateItem(Number w, boolean empty) {
                super.updateItem(w, empty);
                IndicatorRow row = empty || getTableRow() == null ? null : getTableRow().getItem();
                setText(empty || w == null ? null : IndicatorTexts.weight(w.doubleValue()));
                getStyleClass().remove("changed");
                if (row != null && row.changed()) {
                    getStyleClass().add("changed");
                }
            }
        });
        indicatorTable.setRowFactory(tv -> {
            TableRow<IndicatorRow> row = new TableRow<>() {
                @Override
                protected void updateItem(IndicatorRow item, boolean empty) {
                    super.updateItem(item, empty);
                    pseudoClassStateChanged(OFF, item != null && !item.enabledProperty().get());
                }
            };
            return row;
        });
        indicatorTable.getSortOrder().add(idColumn);

        indicatorTable.getSelectionModel().selectedItemProperty().addListener((o, old, now) -> {
            if (now == null || revertingSelection) {
                return;
            }
            if (!vm.select(now)) {
                revertingSelection = true;
                Platform.runLater(() -> {
                    indicatorTable.getSelectionModel().select(vm.selectedProperty().get());
                    revertingSelection = false;
                });
            }
        });
        // The view model filters first (its listeners came first); then the table shows its selection again.
        vm.categoryProperty().addListener((o, a, b) -> showSelectionAfterFiltering());
        vm.searchProperty().addListener((o, a, b) -> showSelectionAfterFiltering());
        vm.selectedProperty().addListener((o, old, now) -> {
            if (now != null && indicatorTable.getSelectionModel().getSelectedItem() != now) {
                indicatorTable.getSelectionModel().select(now);
                if (old == null || !old.id().equals(now.id())) {
                    indicatorTable.scrollTo(now); // a reload keeps the same row where the user sees it
                }
            }
        });
        indicatorTable.addEventFilter(KeyEvent.KEY_PRESSED, e -> {
            IndicatorRow selected = indicatorTable.getSelectionModel().getSelectedItem();
            if (selected == null || e.isAltDown() || e.isShortcutDown()) {
                return;
            }
            if (e.getCode() == KeyCode.SPACE) {
                selected.enabledProperty().set(!selected.enabledProperty().get());
                e.consume();
            } else if (e.getCode() == KeyCode.ENTER) {
                detailsController.focusFirst();
                e.consume();
            }
        });
    }

    private void showSelectionAfterFiltering() {
        IndicatorRow shown = vm.selectedProperty().get();
        revertingSelection = true;
        try {
            if (shown != null && indicatorTable.getItems().contains(shown)) {
                indicatorTable.getSelectionModel().select(shown);
            } else {
                indicatorTable.getSelectionModel().clearSelection();
            }
        } finally {
            revertingSelection = false;
        }
    }

    private void bindStatus() {
        statusLabel.textProperty().bind(vm.statusProperty());
        undoButton.visibleProperty().bind(vm.undoAvailableProperty());
        undoButton.managedProperty().bind(undoButton.visibleProperty());
        undoButton.disableProperty().bind(vm.savingProperty());
        progressBar.progressProperty().bind(vm.progressProperty());
        progressBar.visibleProperty().bind(vm.recheckingProperty());
        progressBar.managedProperty().bind(progressBar.visibleProperty());
        checksLabel.textProperty().bind(vm.checksTextProperty());
        // Shown once there is something to say, so that an idle screen has one status bar, the window's.
        statusBar.visibleProperty().bind(vm.statusProperty().isNotEmpty().or(vm.checksTextProperty().isNotEmpty()));
        statusBar.managedProperty().bind(statusBar.visibleProperty());
    }

    /** Long titles are cut to the column; the whole text shows on hover (and in the details pane). */
    private static TableCell<IndicatorRow, String> textWithTooltip() {
        return new TableCell<>() {
            private final Tooltip tip = new Tooltip();

            @Override
            protected void updateItem(String item, boolean empty) {
                super.updateItem(item, empty);
                setText(empty ? null : item);
                tip.setText(item);
                setTooltip(empty || item == null ? null : tip);
            }
        };
    }

    private static <T> TableCell<IndicatorRow, T> textCell(java.util.function.Function<T, String> format) {
        return new TableCell<>() {
            @Override
            protected void updateItem(T item, boolean empty) {
                super.updateItem(item, empty);
                setText(empty || item == null ? null : format.apply(item));
            }
        };
    }

    @FXML
    private void addCustom() {
        CustomIndicatorDialog.show(root.getScene().getWindow(), vm.newCustomForm(), i18n, dialogs);
    }

    private void editCustom() {
        CustomIndicatorFormViewModel form = vm.editCustomForm();
        if (form != null) {
            CustomIndicatorDialog.show(root.getScene().getWindow(), form, i18n, dialogs);
        }
    }

    @FXML
    private void clearFilters() {
        vm.clearFilters();
    }

    @FXML
    private void undo() {
        vm.undo();
    }
}
