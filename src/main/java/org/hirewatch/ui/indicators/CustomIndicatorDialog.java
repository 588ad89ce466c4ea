package org.hirewatch.ui.indicators;

import javafx.application.Platform;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonBar.ButtonData;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Dialog;
import javafx.scene.control.DialogPane;
import javafx.scene.control.ScrollPane;
import javafx.stage.Window;
import org.hirewatch.domain.CustomIndicator;
import org.hirewatch.ui.casefile.DialogStyling;
import org.hirewatch.ui.common.Dialogs;
import org.hirewatch.ui.common.I18n;
import org.hirewatch.ui.common.SaveGuard;

/**
 * Shows the custom-indicator form in a dialog. Save (also Enter in a one-line field) checks and stores; a refused
 * save keeps the dialog open with every value as typed. Esc cancels, after asking if something was changed.
 */
final class CustomIndicatorDialog {
    static final String PANE_ID = "customIndicatorPane";
    static final String SAVE_BUTTON_ID = "saveCustomButton";
    static final String CANCEL_BUTTON_ID = "cancelCustomButton";
    private static final double MIN_VIEWPORT = 300;

    private CustomIndicatorDialog() {
    }

    static void show(Window owner, CustomIndicatorFormViewModel vm, I18n i18n, Dialogs dialogs) {
        Dialog<CustomIndicator> dialog = new Dialog<>();
        dialog.initOwner(owner);
        dialog.setTitle(vm.isNew() ? i18n.text("indicators.form.titleNew") : i18n.text("indicators.form.titleEdit", vm.id()));
        dialog.setResizable(true);

        CustomIndicatorFormController controller = new CustomIndicatorFormController(vm, i18n);
        Parent form = IndicatorsFxml.CUSTOM_FORM.load(i18n, type -> type == CustomIndicatorFormController.class ? controller : null);
        ScrollPane scroll = new ScrollPane(form);
        scroll.setFitToWidth(true);
        scroll.getStyleClass().add("custom-form-scroll");
        double maxHeight = Math.max(360, Math.min(640, (owner == null ? 800 : owner.getHeight()) - 200));
        scroll.setPrefViewportHeight(maxHeight);

        DialogPane pane = dialog.getDialogPane();
        pane.setId(PANE_ID);
        DialogStyling.apply(dialog, owner);
        pane.setContent(scroll);
        pane.setPrefWidth(760);
        ButtonType save = new ButtonType(i18n.text("indicators.form.save"), ButtonData.OK_DONE);
        ButtonType cancel = new ButtonType(i18n.text("indicators.form.cancel"), ButtonData.CANCEL_CLOSE);
        pane.getButtonTypes().setAll(save, cancel);
        Button saveButton = (Button) pane.lookupButton(save);
        saveButton.setId(SAVE_BUTTON_ID);
        saveButton.getStyleClass().add("primary");
        saveButton.disableProperty().bind(vm.busyProperty());
        Button cancelButton = (Button) pane.lookupButton(cancel);
        cancelButton.setId(CANCEL_BUTTON_ID);

        dialog.setResultConverter(b -> b == save ? vm.savedProperty().get() : null);
        SaveGuard.install(dialog, saveButton, cancelButton, vm::save, () -> Platform.runLater(() -> {
            Node first = controller.firstInvalid();
            if (first != null) {
                first.requestFocus();
            }
        }), vm.savedProperty(), () -> confirmLeave(vm, i18n, dialogs), saved -> { });
        // Short forms shrink to fit; rows and messages added later grow the window up to the limit, then scroll.
        // The second pass measures again after the first resize has been laid out (a scroll bar may have gone).
        Runnable fit = () -> Platform.runLater(() -> {
            fit(pane, scroll, form, maxHeight);
            Platform.runLater(() -> fit(pane, scroll, form, maxHeight));
        });
        vm.conditions().addListener((javafx.collections.ListChangeListener<ConditionInput>) c -> fit.run());
        vm.messageProperty().addListener((o, a, b) -> fit.run());
        dialog.setOnShown(e -> {
            fit.run();
            Platform.runLater(() -> controller.initialFocus().requestFocus());
        });
        dialog.show();
    }

    private static void fit(DialogPane pane, ScrollPane scroll, Parent form, double maxHeight) {
        if (pane.getScene() == null || pane.getScene().getWindow() == null) {
            return;
        }
        double width = scroll.getWidth() - scroll.snappedLeftInset() - scroll.snappedRightInset();
        double needed = form.prefHeight(width) + 4;
        if (needed > 0) {
            // never so small that the form looks empty, whatever a layout pass reported
            scroll.setPrefViewportHeight(Math.max(MIN_VIEWPORT, Math.min(needed, maxHeight)));
            pane.getScene().getWindow().sizeToScene();
        }
    }

    private static boolean confirmLeave(CustomIndicatorFormViewModel vm, I18n i18n, Dialogs dialogs) {
        return !vm.isDirty() || dialogs.confirm("indicators.form.discard.title", i18n.text("indicators.form.discard"));
    }
}
