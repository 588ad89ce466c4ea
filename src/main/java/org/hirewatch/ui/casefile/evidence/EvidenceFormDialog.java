package org.hirewatch.ui.casefile.evidence;

import java.util.function.Consumer;
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
import org.hirewatch.domain.Evidence;
import org.hirewatch.ui.casefile.CaseFormats;
import org.hirewatch.ui.casefile.CaseFxml;
import org.hirewatch.ui.common.Dialogs;
import org.hirewatch.ui.common.SaveGuard;
import org.hirewatch.ui.casefile.DialogStyling;
import org.hirewatch.ui.common.I18n;

/**
 * Shows the evidence form in a dialog. Save (also Enter in a one-line field) checks and stores; a refused save
 * keeps the dialog open with every value as typed. Esc cancels, after asking if something was typed.
 */
final class EvidenceFormDialog {
    static final String SAVE_BUTTON_ID = "saveEvidenceButton";
    static final String CANCEL_BUTTON_ID = "cancelEvidenceButton";

    private EvidenceFormDialog() {
    }

    static void show(Window owner, EvidenceFormViewModel vm, I18n i18n, Dialogs dialogs, Consumer<Evidence> onSaved) {
        Dialog<Evidence> dialog = new Dialog<>();
        dialog.initOwner(owner);
        String kind = CaseFormats.kind(i18n, vm.kind());
        dialog.setTitle(i18n.text(vm.isNew() ? "casefile.form.title.new" : "casefile.form.title.edit", kind));
        dialog.setResizable(true);

        EvidenceFormController controller = new EvidenceFormController(vm, i18n);
        Parent form = CaseFxml.EVIDENCE_FORM.load(i18n, controller);
        ScrollPane scroll = new ScrollPane(form);
        scroll.setFitToWidth(true);
        scroll.getStyleClass().add("evidence-form-scroll");
        // Tall kinds scroll inside the dialog rather than growing past a laptop screen; short ones shrink to fit
        // once shown (sizes are only known after CSS and layout).
        double maxHeight = Math.max(320, Math.min(620, (owner == null ? 800 : owner.getHeight()) - 230));
        scroll.setPrefViewportHeight(maxHeight);

        DialogPane pane = dialog.getDialogPane();
        pane.setId("evidenceFormPane");
        DialogStyling.apply(dialog, owner);
        pane.setHeaderText(kind);
        pane.setContent(scroll);
        pane.setPrefWidth(680);
        ButtonType save = new ButtonType(i18n.text("casefile.form.save"), ButtonData.OK_DONE);
        ButtonType cancel = new ButtonType(i18n.text("casefile.form.cancel"), ButtonData.CANCEL_CLOSE);
        pane.getButtonTypes().setAll(save, cancel);
        Button saveButton = (Button) pane.lookupButton(save);
        saveButton.setId(SAVE_BUTTON_ID);
        saveButton.getStyleClass().add("primary");
        saveButton.disableProperty().bind(vm.busyProperty());
        Button cancelButton = (Button) pane.lookupButton(cancel);
        cancelButton.setId(CANCEL_BUTTON_ID);

        dialog.setResultConverter(b -> b == save ? vm.savedProperty().get() : null);
        SaveGuard.install(dialog, saveButton, cancelButton, vm::save, () -> {
            Node first = controller.firstInvalid();
            if (first != null) {
                first.requestFocus();
            }
        }, vm.savedProperty(), () -> confirmLeave(vm, i18n, dialogs), onSaved);
        dialog.setOnShown(e -> Platform.runLater(() -> {
            double needed = form.prefHeight(scroll.getViewportBounds().getWidth()) + 4;
            if (needed > 0 && needed < maxHeight) {
                scroll.setPrefViewportHeight(needed);
                pane.getScene().getWindow().sizeToScene();
            }
            controller.initialFocus().requestFocus();
        }));
        dialog.show();
    }

    private static boolean confirmLeave(EvidenceFormViewModel vm, I18n i18n, Dialogs dialogs) {
        return !vm.isDirty() || dialogs.confirm("casefile.form.discard.title", i18n.text("casefile.form.discard"));
    }
}
