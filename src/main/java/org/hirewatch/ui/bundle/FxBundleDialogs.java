package org.hirewatch.ui.bundle;

import java.nio.file.Path;
import java.util.List;
import java.util.UUID;
import java.util.function.Supplier;
import javafx.beans.binding.Bindings;
import javafx.event.ActionEvent;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.PasswordField;
import javafx.scene.control.ProgressIndicator;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import javafx.stage.Window;
import javafx.util.StringConverter;
import org.hirewatch.exchange.bundle.BundleService;
import org.hirewatch.store.BundleStore.Mode;
import org.hirewatch.ui.common.Dialogs;
import org.hirewatch.ui.common.I18n;
import org.hirewatch.ui.common.Theme;

/**
 * The export and import dialogs. They only bind controls to their view models; the work (key derivation, checking,
 * writing) runs in the background through the view models, with a busy indicator in the dialog.
 */
public final class FxBundleDialogs implements BundleDialogs {
    private final I18n i18n;
    private final Dialogs dialogs;
    private final java.util.function.Function<List<UUID>, BundleExportViewModel> exports;
    private final Supplier<BundleImportViewModel> imports;

    public FxBundleDialogs(I18n i18n, Dialogs dialogs, java.util.function.Function<List<UUID>, BundleExportViewModel> exports,
                           Supplier<BundleImportViewModel> imports) {
        this.i18n = i18n;
        this.dialogs = dialogs;
        this.exports = exports;
        this.imports = imports;
    }

    @Override
    public void exportCases(Window owner, List<UUID> caseIds) {
        if (caseIds.isEmpty()) {
            dialogs.showError(i18n.text("caseBundle.export.noCases"));
            return;
        }
        BundleExportViewModel vm = exports.apply(caseIds);
        Dialog<Void> dialog = dialog(owner, "caseBundle.export.title", vm.header());
        PasswordField pass = new PasswordField();
        pass.textProperty().bindBidirectional(vm.passphraseProperty());
        PasswordField repeat = new PasswordField();
        repeat.textProperty().bindBidirectional(vm.repeatProperty());
        Label strength = hint(vm.strengthProperty());
        Label mismatch = hint(vm.mismatchProperty());
        mismatch.getStyleClass().add("field-error");
        GridPane grid = new GridPane();
        grid.setHgap(10);
        grid.setVgap(6);
        grid.addRow(0, label("caseBundle.export.passphrase", pass), pass);
        grid.add(strength, 1, 1);
        grid.addRow(2, label("caseBundle.export.repeat", repeat), repeat);
        grid.add(mismatch, 1, 3);
        pass.setPrefColumnCount(28);
        Label advice = new Label(i18n.text("caseBundle.export.advice"));
        advice.setWrapText(true);
        advice.setMaxWidth(460);
        VBox box = new VBox(12, grid, advice, status(vm.busyProperty(), vm.errorProperty()));
        dialog.getDialogPane().setContent(box);
        ButtonType ok = new ButtonType(i18n.text("caseBundle.export.action"), ButtonBar.ButtonData.OK_DONE);
        dialog.getDialogPane().getButtonTypes().addAll(ok, new ButtonType(i18n.text("dialog.cancel"),
                ButtonBar.ButtonData.CANCEL_CLOSE));
        Button okButton = (Button) dialog.getDialogPane().lookupButton(ok);
        okButton.disableProperty().bind(vm.canExportBinding().not());
        okButton.addEventFilter(ActionEvent.ACTION, e -> {
            e.consume();
            dialogs.chooseSaveTarget("caseBundle.export.chooseFile", "case-bundle.hwbundle").ifPresent(target ->
                    vm.export(target, r -> {
                        dialog.setResult(null);
                        dialog.close();
                        dialogs.showInfo("caseBundle.export.title", vm.doneText(r));
                    }));
        });
        pass.requestFocus();
        dialog.showAndWait();
    }

    @Override
    public void importBundle(Window owner, Runnable afterImport) {
        List<Path> chosen = dialogs.chooseFilesToOpen("caseBundle.import.chooseFile");
        if (chosen.isEmpty()) {
            return;
        }
        BundleImportViewModel vm = imports.get();
        vm.fileProperty().set(chosen.get(0));
        showImport(owner, vm, afterImport);
    }

    /** The import dialog for a chosen file (tests open it directly). */
    public Dialog<Void> importDialog(Window owner, BundleImportViewModel vm, Runnable afterImport) {
        Dialog<Void> dialog = dialog(owner, "caseBundle.import.title",
                i18n.text("caseBundle.import.header", vm.fileProperty().get().getFileName().toString()));
        PasswordField pass = new PasswordField();
        pass.setId("bundlePassphrase");
        pass.textProperty().bindBidirectional(vm.passphraseProperty());
        pass.setPrefColumnCount(28);
        Button check = new Button(i18n.text("caseBundle.import.check"));
        check.setId("checkBundle");
        check.disableProperty().bind(vm.busyProperty().or(vm.passphraseProperty().isEmpty()));
        check.setOnAction(e -> vm.open());
        check.setDefaultButton(true);
        HBox passRow = new HBox(10, label("caseBundle.import.passphrase", pass), pass, check);
        passRow.setAlignment(javafx.geometry.Pos.CENTER_LEFT);
        Label summary = hint(vm.summaryProperty());
        summary.setWrapText(true);
        summary.setMaxWidth(Double.MAX_VALUE);
        summary.setMinHeight(javafx.scene.layout.Region.USE_PREF_SIZE);
        TableView<BundleImportViewModel.CaseRow> table = previewTable(vm);
        table.visibleProperty().bind(vm.openedProperty());
        table.managedProperty().bind(vm.openedProperty());
        VBox box = new VBox(10, passRow, status(vm.busyProperty(), vm.errorProperty()), summary, table);
        VBox.setVgrow(table, Priority.ALWAYS);
        box.setPrefWidth(980);
        dialog.getDialogPane().setContent(box);
        ButtonType ok = new ButtonType(i18n.text("caseBundle.import.action"), ButtonBar.ButtonData.OK_DONE);
        dialog.getDialogPane().getButtonTypes().addAll(ok, new ButtonType(i18n.text("dialog.cancel"),
                ButtonBar.ButtonData.CANCEL_CLOSE));
        Button okButton = (Button) dialog.getDialogPane().lookupButton(ok);
        okButton.setId("importBundle");
        okButton.setDefaultButton(false);
        okButton.disableProperty().bind(vm.openedProperty().not().or(vm.busyProperty()));
        vm.openedProperty().addListener((o, was, now) -> {
            check.setDefaultButton(!now);
            okButton.setDefaultButton(now);
            if (dialog.getDialogPane().getScene() != null) {
                dialog.getDialogPane().getScene().getWindow().sizeToScene();
            }
        });
        okButton.addEventFilter(ActionEvent.ACTION, e -> {
            e.consume();
            vm.importCases(text -> {
                dialog.setResult(null);
                dialog.close();
                afterImport.run();
                dialogs.showInfo("caseBundle.import.title", text);
            });
        });
        return dialog;
    }

    private void showImport(Window owner, BundleImportViewModel vm, Runnable afterImport) {
        importDialog(owner, vm, afterImport).showAndWait();
    }

    private TableView<BundleImportViewModel.CaseRow> previewTable(BundleImportViewModel vm) {
        TableView<BundleImportViewModel.CaseRow> table = new TableView<>(vm.rows());
        table.setId("bundlePreview");
        table.setPrefHeight(220);
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        table.getColumns().add(column("caseBundle.column.reference", BundleImportViewModel.CaseRow::reference, 110));
        table.getColumns().add(column("caseBundle.column.title", BundleImportViewModel.CaseRow::title, 150));
        table.getColumns().add(column("caseBundle.column.subject", BundleImportViewModel.CaseRow::subjectName, 110));
        table.getColumns().add(column("caseBundle.column.contents", BundleImportViewModel.CaseRow::contents, 220));
        table.getColumns().add(column("caseBundle.column.here", BundleImportViewModel.CaseRow::conflict, 150));
        TableColumn<BundleImportViewModel.CaseRow, BundleImportViewModel.CaseRow> choice =
                new TableColumn<>(i18n.text("caseBundle.column.choice"));
        choice.setPrefWidth(210);
        choice.setMinWidth(190);
        choice.setCellValueFactory(c -> new javafx.beans.property.ReadOnlyObjectWrapper<>(c.getValue()));
        choice.setCellFactory(c -> new ChoiceCell());
        table.getColumns().add(choice);
        table.setPlaceholder(new Label(""));
        return table;
    }

    private TableColumn<BundleImportViewModel.CaseRow, String> column(String key,
            java.util.function.Function<BundleImportViewModel.CaseRow, String> value, double width) {
        TableColumn<BundleImportViewModel.CaseRow, String> c = new TableColumn<>(i18n.text(key));
        c.setCellValueFactory(row -> new javafx.beans.property.ReadOnlyStringWrapper(value.apply(row.getValue())));
        c.setPrefWidth(width);
        return c;
    }

    /** Keep, replace or copy, for a case that exists here; empty for a new case. */
    private final class ChoiceCell extends TableCell<BundleImportViewModel.CaseRow, BundleImportViewModel.CaseRow> {
        private final ComboBox<Mode> combo = new ComboBox<>(javafx.collections.FXCollections.observableArrayList(Mode.values()));
        private BundleImportViewModel.CaseRow bound;

        ChoiceCell() {
            combo.setConverter(new StringConverter<>() {
                @Override
                public String toString(Mode m) {
                    return m == null ? "" : i18n.text(switch (m) {
                        case KEEP -> "caseBundle.choice.keep";
                        case REPLACE -> "caseBundle.choice.replace";
                        case COPY -> "caseBundle.choice.copy";
                    });
                }

                @Override
                public Mode fromString(String s) {
                    return null;
                }
            });
            combo.setMaxWidth(Double.MAX_VALUE);
        }

        @Override
        protected void updateItem(BundleImportViewModel.CaseRow row, boolean empty) {
            super.updateItem(row, empty);
            if (bound != null) {
                combo.valueProperty().unbindBidirectional(bound.choiceProperty());
                bound = null;
            }
            if (empty || row == null || !row.conflicts()) {
                setGraphic(null);
                return;
            }
            bound = row;
            combo.valueProperty().bindBidirectional(row.choiceProperty());
            combo.setAccessibleText(i18n.text("caseBundle.column.choice") + " " + row.reference());
            setGraphic(combo);
        }
    }

    private Dialog<Void> dialog(Window owner, String titleKey, String header) {
        Dialog<Void> dialog = new Dialog<>();
        dialog.initOwner(owner);
        dialog.setTitle(i18n.text(titleKey));
        dialog.setHeaderText(header);
        dialog.setResizable(true);
        Theme.apply(dialog.getDialogPane());
        return dialog;
    }

    private Label label(String key, javafx.scene.Node field) {
        Label l = new Label(i18n.text(key));
        l.setLabelFor(field);
        l.setMnemonicParsing(true);
        return l;
    }

    private static Label hint(javafx.beans.value.ObservableValue<String> text) {
        Label l = new Label();
        l.textProperty().bind(text);
        l.getStyleClass().add("hint");
        return l;
    }

    private static HBox status(javafx.beans.value.ObservableBooleanValue busy, javafx.beans.value.ObservableValue<String> error) {
        ProgressIndicator spinner = new ProgressIndicator();
        spinner.setPrefSize(18, 18);
        spinner.visibleProperty().bind(Bindings.createBooleanBinding(busy::get, busy));
        spinner.managedProperty().bind(spinner.visibleProperty());
        Label err = new Label();
        err.setId("bundleError");
        err.textProperty().bind(error);
        err.setWrapText(true);
        err.setMaxWidth(800);
        err.getStyleClass().add("field-error");
        HBox box = new HBox(8, spinner, err);
        box.setAlignment(javafx.geometry.Pos.CENTER_LEFT);
        return box;
    }

}
