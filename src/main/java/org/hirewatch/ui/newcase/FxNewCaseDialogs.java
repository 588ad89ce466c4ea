package org.hirewatch.ui.newcase;

import java.util.Optional;
import java.util.function.Supplier;
import javafx.event.ActionEvent;
import javafx.scene.control.Alert;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Dialog;
import javafx.stage.Window;
import org.hirewatch.domain.CaseFile;
import org.hirewatch.ui.common.I18n;
import org.hirewatch.ui.common.Theme;
import org.hirewatch.ui.common.View;
import org.hirewatch.ui.common.ViewLoader;
import org.hirewatch.ui.main.NewCaseDialogs;

/** The new-case dialog: Enter creates (after validation), Esc cancels. */
public final class FxNewCaseDialogs implements NewCaseDialogs {
    private final ViewLoader views;
    private final I18n i18n;
    private final Supplier<NewCaseViewModel> viewModels;

    public FxNewCaseDialogs(ViewLoader views, I18n i18n, Supplier<NewCaseViewModel> viewModels) {
        this.views = views;
        this.i18n = i18n;
        this.viewModels = viewModels;
    }

    @Override
    public Optional<CaseFile> show(Window owner) {
        NewCaseViewModel vm = viewModels.get();
        ViewLoader.Loaded<NewCaseController> loaded = views.load(View.NEW_CASE,
                type -> type == NewCaseController.class ? new NewCaseController(vm, i18n) : null);
        Dialog<CaseFile> dialog = new Dialog<>();
        dialog.initOwner(owner);
        dialog.setTitle(i18n.text("newCase.title"));
        dialog.setHeaderText(i18n.text("newCase.header"));
        dialog.setResizable(true);
        ButtonType create = new ButtonType(i18n.text("newCase.create"), ButtonBar.ButtonData.OK_DONE);
        ButtonType cancel = new ButtonType(i18n.text("dialog.cancel"), ButtonBar.ButtonData.CANCEL_CLOSE);
        dialog.getDialogPane().getButtonTypes().addAll(create, cancel);
        dialog.getDialogPane().setContent(loaded.root());
        Theme.apply(dialog.getDialogPane());
        // Field messages appear under their fields; grow the window so the buttons never slide out of view.
        vm.fieldErrors().addListener((javafx.collections.MapChangeListener<String, String>) c ->
                javafx.application.Platform.runLater(() -> dialog.getDialogPane().getScene().getWindow().sizeToScene()));
        vm.errorProperty().addListener((o, a, b) ->
                javafx.application.Platform.runLater(() -> dialog.getDialogPane().getScene().getWindow().sizeToScene()));
        Button createButton = (Button) dialog.getDialogPane().lookupButton(create);
        createButton.disableProperty().bind(vm.busyProperty());
        CaseFile[] result = {null};
        // Saving happens in the background: keep the dialog open until the store answers.
        createButton.addEventFilter(ActionEvent.ACTION, e -> {
            e.consume();
            vm.create(c -> {
                result[0] = c;
                dialog.setResult(c);
                dialog.close();
            });
        });
        dialog.setResultConverter(b -> b == create ? result[0] : null);
        return dialog.showAndWait();
    }

    @Override
    public void showShortcuts(Window owner) {
        Alert a = new Alert(Alert.AlertType.INFORMATION, i18n.text("shortcuts.text"));
        a.initOwner(owner);
        a.setTitle(i18n.text("shortcuts.title"));
        a.setHeaderText(null);
        Theme.apply(a.getDialogPane());
        a.showAndWait();
    }
}
