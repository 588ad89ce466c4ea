package org.hirewatch.ui.workspace;

import javafx.beans.binding.Bindings;
import javafx.event.ActionEvent;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.PasswordField;
import javafx.scene.control.ProgressIndicator;
import javafx.scene.control.TextField;
import javafx.scene.layout.ColumnConstraints;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.stage.Window;
import org.hirewatch.ui.common.I18n;
import org.hirewatch.ui.common.Theme;

/**
 * The "Restore from a backup…" dialog of the first screen. It only binds controls to {@link RestoreViewModel}; the
 * restore runs in the background with a busy indicator. Enter restores (then opens), Esc closes.
 */
public final class RestoreDialog {
    private final I18n i18n;

    public RestoreDialog(I18n i18n) {
        this.i18n = i18n;
    }

    public Dialog<Void> build(Window owner, RestoreViewModel vm) {
        Dialog<Void> dialog = new Dialog<>();
        dialog.initOwner(owner);
        dialog.setTitle(i18n.text("restore.title"));
        dialog.setHeaderText(i18n.text("restore.header"));
        dialog.setResizable(true);
        Theme.apply(dialog.getDialogPane());

        TextField backup = field("restoreBackup", vm.backupFileProperty(), "restore.backup");
        Button chooseBackup = button("restoreChooseBackup", "restore.chooseBackup.button", vm::chooseBackup);
        TextField target = field("restoreTarget", vm.targetProperty(), "restore.target");
        Button chooseTarget = button("restoreChooseTarget", "restore.chooseTarget.button", vm::chooseTarget);
        PasswordField pass = new PasswordField();
        pass.setId("restorePassphrase");
        pass.setAccessibleText(i18n.text("restore.passphrase"));
        pass.textProperty().bindBidirectional(vm.passphraseProperty());

        GridPane grid = new GridPane();
        grid.setHgap(10);
        grid.setVgap(8);
        ColumnConstraints labels = new ColumnConstraints();
        labels.setMinWidth(Region.USE_PREF_SIZE);
        ColumnConstraints fields = new ColumnConstraints();
        fields.setHgrow(Priority.ALWAYS);
        fields.setMinWidth(360);
        grid.getColumnConstraints().addAll(labels, fields, new ColumnConstraints());
        grid.addRow(0, label("restore.backup", backup), backup, chooseBackup);
        grid.addRow(1, label("restore.target", target), target, chooseTarget);
        grid.addRow(2, label("restore.passphrase", pass), pass);
        for (Node n : new Node[] {backup, chooseBackup, target, chooseTarget, pass}) {
            n.disableProperty().bind(vm.busyProperty().or(vm.restoredProperty()));
        }

        Label hint = new Label(i18n.text("restore.hint"));
        hint.getStyleClass().add("hint");
        hint.setWrapText(true);
        hint.setMinHeight(Region.USE_PREF_SIZE);

        ProgressIndicator spinner = new ProgressIndicator();
        spinner.setPrefSize(20, 20);
        spinner.visibleProperty().bind(vm.busyProperty());
        spinner.managedProperty().bind(spinner.visibleProperty());
        Label busyText = new Label(i18n.text("restore.task.restoring"));
        busyText.visibleProperty().bind(vm.busyProperty());
        busyText.managedProperty().bind(busyText.visibleProperty());
        HBox busyRow = new HBox(8, spinner, busyText);
        busyRow.setAlignment(Pos.CENTER_LEFT);

        Label error = banner("restoreError", vm.errorProperty());
        error.getStyleClass().add("error-banner");
        Label result = banner("restoreResult", vm.resultTextProperty());
        vm.resultProperty().addListener((o, a, r) -> {
            result.getStyleClass().removeAll("ok-banner", "error-banner");
            if (r != null) {
                result.getStyleClass().add(r.ok() ? "ok-banner" : "error-banner");
            }
        });

        VBox box = new VBox(12, grid, hint, busyRow, error, result);
        box.setPrefWidth(720);
        dialog.getDialogPane().setContent(box);

        ButtonType restoreType = new ButtonType(i18n.text("restore.action"), ButtonBar.ButtonData.OK_DONE);
        ButtonType openType = new ButtonType(i18n.text("restore.open"), ButtonBar.ButtonData.YES);
        ButtonType closeType = new ButtonType(i18n.text("restore.close"), ButtonBar.ButtonData.CANCEL_CLOSE);
        dialog.getDialogPane().getButtonTypes().addAll(restoreType, openType, closeType);
        Button restore = (Button) dialog.getDialogPane().lookupButton(restoreType);
        restore.setId("restoreRun");
        Button open = (Button) dialog.getDialogPane().lookupButton(openType);
        open.setId("restoreOpen");
        Button close = (Button) dialog.getDialogPane().lookupButton(closeType);
        close.setId("restoreClose");
        restore.disableProperty().bind(vm.canRestoreProperty().not());
        restore.visibleProperty().bind(vm.restoredProperty().not());
        restore.managedProperty().bind(restore.visibleProperty());
        open.visibleProperty().bind(vm.restoredProperty());
        open.managedProperty().bind(open.visibleProperty());
        open.disableProperty().bind(vm.busyProperty());
        close.disableProperty().bind(vm.busyProperty());
        vm.restoredProperty().addListener((o, was, now) -> {
            restore.setDefaultButton(!now);
            open.setDefaultButton(now);
            sizeToScene(dialog);
            open.requestFocus();
        });
        vm.errorProperty().addListener((o, a, b) -> sizeToScene(dialog));
        restore.addEventFilter(ActionEvent.ACTION, e -> {
            e.consume();
            vm.restore();
        });
        open.addEventFilter(ActionEvent.ACTION, e -> {
            e.consume();
            vm.openRestored(() -> {
                dialog.setResult(null);
                dialog.close();
            });
        });
        pass.setOnAction(e -> vm.restore());
        dialog.setOnHidden(e -> vm.dismissed());
        dialog.setOnShown(e -> (vm.backupFileProperty().get().isBlank() ? chooseBackup : pass).requestFocus());
        return dialog;
    }

    /** After the next pulse: a banner's style class (its padding) only counts once CSS has been applied. */
    private static void sizeToScene(Dialog<?> dialog) {
        javafx.application.Platform.runLater(() -> {
            if (dialog.getDialogPane().getScene() != null && dialog.getDialogPane().getScene().getWindow() != null) {
                dialog.getDialogPane().applyCss();
                dialog.getDialogPane().getScene().getWindow().sizeToScene();
            }
        });
    }

    private TextField field(String id, javafx.beans.property.StringProperty value, String accessibleKey) {
        TextField f = new TextField();
        f.setId(id);
        f.setAccessibleText(i18n.text(accessibleKey));
        f.textProperty().bindBidirectional(value);
        f.setPrefColumnCount(36);
        return f;
    }

    private Button button(String id, String key, Runnable action) {
        Button b = new Button(i18n.text(key));
        b.setId(id);
        b.setMnemonicParsing(true);
        b.setOnAction(e -> action.run());
        b.setMinWidth(Region.USE_PREF_SIZE);
        return b;
    }

    private Label label(String key, Node field) {
        Label l = new Label(i18n.text(key));
        l.setLabelFor(field);
        l.setMnemonicParsing(true);
        return l;
    }

    private static Label banner(String id, javafx.beans.value.ObservableStringValue text) {
        Label l = new Label();
        l.setId(id);
        l.textProperty().bind(text);
        l.setWrapText(true);
        l.setMaxWidth(Double.MAX_VALUE);
        l.setMinHeight(Region.USE_PREF_SIZE);
        l.visibleProperty().bind(Bindings.createBooleanBinding(() -> !text.get().isEmpty(), text));
        l.managedProperty().bind(l.visibleProperty());
        return l;
    }
}
