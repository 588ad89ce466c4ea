package org.hirewatch.ui.casefile.signins;

import java.util.ArrayList;
import java.util.List;
import javafx.beans.binding.Bindings;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.collections.FXCollections;
import javafx.collections.ListChangeListener;
import javafx.collections.ObservableList;
import javafx.fxml.FXML;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressBar;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;
import javafx.util.StringConverter;
import org.hirewatch.signins.CsvMapping.Field;
import org.hirewatch.signins.LogFormat;
import org.hirewatch.signins.LogSniffer;
import org.hirewatch.ui.casefile.signins.ImportLogViewModel.ProblemRow;
import org.hirewatch.ui.casefile.signins.ImportLogViewModel.Step;

/** Binds the import screen to its view model; builds the preview columns and one column chooser per field. */
public final class ImportLogController {
    private final ImportLogViewModel vm;

    @FXML private BorderPane importRoot;
    @FXML private Label stepHeading;
    @FXML private Label stepHint;
    @FXML private VBox fileStep;
    @FXML private VBox mappingStep;
    @FXML private VBox resultStep;
    @FXML private Label fileLabel;
    @FXML private Button chooseFileButton;
    @FXML private ComboBox<LogFormat> formatBox;
    @FXML private ComboBox<String> savedBox;
    @FXML private TextField mappingNameField;
    @FXML private Button saveMappingButton;
    @FXML private TableView<List<String>> previewTable;
    @FXML private GridPane fieldsGrid;
    @FXML private ComboBox<String> timePatternBox;
    @FXML private ComboBox<String> timeZoneBox;
    @FXML private Label resultLabel;
    @FXML private TableView<ProblemRow> problemTable;
    @FXML private TableColumn<ProblemRow, String> lineColumn;
    @FXML private TableColumn<ProblemRow, String> reasonColumn;
    @FXML private HBox busyBox;
    @FXML private ProgressBar busyBar;
    @FXML private Label busyLabel;
    @FXML private Label importMessage;
    @FXML private Button backButton;
    @FXML private Button cancelButton;
    @FXML private Button nextButton;
    @FXML private Button importButton;

    public ImportLogController(ImportLogViewModel vm) {
        this.vm = vm;
    }

    @FXML
    private void initialize() {
        showStep(fileStep, Step.FILE);
        showStep(mappingStep, Step.MAPPING);
        showStep(resultStep, Step.RESULT);
        stepHeading.textProperty().bind(Bindings.createStringBinding(() -> vm.text(switch (vm.stepProperty().get()) {
            case FILE -> "signins.step.file";
            case MAPPING -> "signins.step.mapping";
            case RESULT -> "signins.step.result";
        }), vm.stepProperty()));
        stepHint.textProperty().bind(Bindings.createStringBinding(() -> vm.text(switch (vm.stepProperty().get()) {
            case FILE -> "signins.step.fileHint";
            case MAPPING -> "signins.step.mappingHint";
            case RESULT -> vm.problems().isEmpty() ? "signins.step.resultHintClean" : "signins.step.resultHint";
        }), vm.stepProperty(), vm.problems()));

        fileLabel.textProperty().bind(Bindings.when(vm.fileProperty().isNull())
                .then(vm.text("signins.import.noFileYet")).otherwise(vm.fileTextProperty()));
        formatBox.getItems().setAll(LogFormat.values());
        formatBox.setConverter(converter(vm::formatLabel));
        formatBox.valueProperty().bindBidirectional(vm.formatProperty());

        savedBox.setItems(vm.savedMappings());
        savedBox.setOnAction(e -> {
            if (savedBox.getValue() != null) {
                vm.applySaved(savedBox.getValue());
            }
        });
        savedBox.disableProperty().bind(Bindings.isEmpty(vm.savedMappings()));
        mappingNameField.textProperty().bindBidirectional(vm.mappingNameProperty());
        saveMappingButton.disableProperty().bind(vm.busyProperty());
        vm.header().addListener((ListChangeListener<String>) c -> rebuildPreview());
        vm.previewRows().addListener((ListChangeListener<List<String>>) c -> {
            rebuildPreview();
            previewTable.getItems().setAll(vm.previewRows());
        });
        previewTable.setPlaceholder(new Label(vm.text("signins.mapping.previewEmpty")));
        buildFieldChoosers();
        timePatternBox.getItems().setAll(LogSniffer.TIME_PATTERNS);
        timePatternBox.setPromptText(vm.text("signins.mapping.iso"));
        timePatternBox.valueProperty().bindBidirectional(vm.timePatternProperty());
        timeZoneBox.getItems().setAll(vm.zoneChoices());
        timeZoneBox.valueProperty().bindBidirectional(vm.timeZoneProperty());

        resultLabel.textProperty().bind(vm.resultTextProperty());
        problemTable.setItems(vm.problems());
        problemTable.setPlaceholder(new Label(vm.text("signins.result.noProblems")));
        lineColumn.setCellValueFactory(c -> new ReadOnlyStringWrapper(String.valueOf(c.getValue().line())));
        reasonColumn.setCellValueFactory(c -> new ReadOnlyStringWrapper(c.getValue().reason()));

        busyBox.visibleProperty().bind(vm.busyProperty());
        busyBox.managedProperty().bind(busyBox.visibleProperty());
        busyBar.setProgress(ProgressBar.INDETERMINATE_PROGRESS);
        busyLabel.textProperty().bind(vm.busyTextProperty());
        importMessage.textProperty().bind(vm.messageProperty());
        importMessage.visibleProperty().bind(vm.messageProperty().isNotEmpty());
        importMessage.managedProperty().bind(importMessage.visibleProperty());
        vm.messageIsErrorProperty().addListener((obs, old, isError) -> styleMessage(isError));
        styleMessage(false);

        backButton.visibleProperty().bind(vm.stepProperty().isNotEqualTo(Step.FILE));
        backButton.disableProperty().bind(vm.busyProperty());
        cancelButton.textProperty().bind(Bindings.createStringBinding(() -> vm.text(
                vm.stepProperty().get() == Step.RESULT && !vm.problems().isEmpty() ? "signins.import.nothing"
                        : "signins.import.cancel"), vm.stepProperty(), vm.problems()));
        cancelButton.disableProperty().bind(vm.busyProperty());
        nextButton.visibleProperty().bind(vm.stepProperty().isNotEqualTo(Step.RESULT));
        nextButton.managedProperty().bind(nextButton.visibleProperty());
        nextButton.disableProperty().bind(vm.busyProperty().or(vm.fileProperty().isNull())
                .or(nextButton.visibleProperty().not()));
        importButton.visibleProperty().bind(vm.stepProperty().isEqualTo(Step.RESULT));
        importButton.managedProperty().bind(importButton.visibleProperty());
        importButton.textProperty().bind(Bindings.createStringBinding(() -> vm.text(vm.problems().isEmpty()
                ? "signins.import.import" : "signins.import.goodRows", vm.goodRowsProperty().get()),
                vm.problems(), vm.goodRowsProperty()));
        importButton.disableProperty().bind(vm.busyProperty().or(vm.goodRowsProperty().isEqualTo(0))
                .or(importButton.visibleProperty().not()));
        vm.loadSavedMappings();
    }

    private void showStep(VBox pane, Step step) {
        pane.visibleProperty().bind(vm.stepProperty().isEqualTo(step));
    }

    /** One chooser per HireWatch field, in two label-and-chooser pairs per row. */
    private void buildFieldChoosers() {
        ObservableList<String> choices = FXCollections.observableArrayList("");
        vm.header().addListener((ListChangeListener<String>) c -> {
            List<String> all = new ArrayList<>();
            all.add("");
            all.addAll(vm.header());
            choices.setAll(all);
        });
        int i = 0;
        for (Field f : Field.values()) {
            Label label = new Label(vm.fieldLabel(f));
            label.setMinWidth(javafx.scene.layout.Region.USE_PREF_SIZE);
            ComboBox<String> box = new ComboBox<>(choices);
            box.setId("column-" + f.name());
            box.setPrefWidth(200);
            box.setConverter(converter(v -> v == null || v.isEmpty() ? vm.text("signins.mapping.notUsed") : v));
            box.valueProperty().bindBidirectional(vm.columnProperty(f));
            label.setLabelFor(box);
            if (f == Field.TIME) {
                box.setOnAction(e -> vm.guessTimePattern());
            }
            fieldsGrid.add(label, (i % 3) * 2, i / 3);
            fieldsGrid.add(box, (i % 3) * 2 + 1, i / 3);
            i++;
        }
    }

    private void rebuildPreview() {
        previewTable.getColumns().clear();
        List<String> header = vm.header();
        for (int i = 0; i < header.size(); i++) {
            int at = i;
            TableColumn<List<String>, String> col = new TableColumn<>(header.get(i).isBlank()
                    ? vm.text("signins.mapping.unnamedColumn", i + 1) : header.get(i));
            col.setCellValueFactory(c -> new ReadOnlyStringWrapper(at < c.getValue().size() ? c.getValue().get(at) : ""));
            int longest = header.get(i).length();
            for (List<String> row : vm.previewRows()) {
                longest = Math.max(longest, at < row.size() ? row.get(at).length() : 0);
            }
            col.setPrefWidth(Math.max(70, Math.min(260, longest * 7.5 + 24)));
            col.setSortable(false);
            previewTable.getColumns().add(col);
        }
    }

    private static <T> StringConverter<T> converter(java.util.function.Function<T, String> show) {
        return new StringConverter<>() {
            @Override
            public String toString(T v) {
                return v == null ? "" : show.apply(v);
            }

            @Override
            @SuppressWarnings("unchecked")
            public T fromString(String s) {
                return (T) s;
            }
        };
    }

    private void styleMessage(boolean isError) {
        importMessage.getStyleClass().removeAll("ok-banner", "error-banner");
        importMessage.getStyleClass().add(isError ? "error-banner" : "ok-banner");
    }

    @FXML
    private void chooseFile() {
        vm.chooseFile();
    }

    @FXML
    private void next() {
        vm.next();
    }

    @FXML
    private void back() {
        vm.back();
    }

    @FXML
    private void cancel() {
        vm.importNothing();
    }

    @FXML
    private void importRows() {
        vm.importGoodRows();
    }

    @FXML
    private void saveMapping() {
        vm.saveMapping();
    }
}
