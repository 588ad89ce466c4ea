package org.hirewatch.ui.casefile.findings;

import java.util.function.Consumer;
import javafx.application.Platform;
import javafx.beans.property.SimpleStringProperty;
import javafx.event.ActionEvent;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonBar.ButtonData;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.TextArea;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.VBox;
import javafx.stage.Window;
import org.hirewatch.domain.FindingState;
import org.hirewatch.ui.casefile.DialogStyling;
import org.hirewatch.ui.casefile.FieldErrors;
import org.hirewatch.ui.casefile.KeyboardSupport;
import org.hirewatch.ui.common.I18n;

/**
 * Asks for the reason of a confirmation or dismissal. The reason is required (the audit log keeps it); Shortcut+Enter
 * saves, Esc cancels, and the dialog closes once the review is stored.
 */
final class ReviewDialog {
    private ReviewDialog() {
    }

    /** Stores the review in the background, then reports back exactly once. */
    interface Saver {
        void save(String reason, Runnable onSaved, Consumer<String> onFailed);
    }

    static void show(Window owner, I18n i18n, FindingState state, String heading, String explanation, Saver saver) {
        boolean confirming = state == FindingState.CONFIRMED;
        Dialog<Void> dialog = new Dialog<>();
        dialog.initOwner(owner);
        dialog.setTitle(i18n.text(confirming ? "findings.review.confirmTitle" : "findings.review.dismissTitle"));
        dialog.setResizable(true);
        DialogStyling.apply(dialog, owner);
        dialog.getDialogPane().setId("reviewDialogPane");
        dialog.getDialogPane().setHeaderText(heading);
        Label about = new Label(explanation);
        about.setWrapText(true);
        about.getStyleClass().add("hint");
        Label label = new Label(i18n.text(confirming ? "findings.review.confirmReason" : "findings.review.dismissReason"));
        label.setWrapText(true);
        TextArea area = new TextArea();
        area.setId("reviewReasonArea");
        area.setWrapText(true);
        area.setPrefRowCount(4);
        area.setPrefColumnCount(50);
        area.setAccessibleText(label.getText());
        label.setLabelFor(area);
        KeyboardSupport.tabMovesFocus(area);
        Label error = new Label();
        error.setId("reviewReasonError");
        SimpleStringProperty errorText = new SimpleStringProperty("");
        FieldErrors.bind(area, error, errorText);
        area.textProperty().addListener((obs, old, now) -> {
            if (now != null && !now.isBlank()) {
                errorText.set("");
            }
        });
        Label hint = new Label(i18n.text("findings.review.keys"));
        hint.getStyleClass().add("hint");
        dialog.getDialogPane().setContent(new VBox(6, about, label, area, error, hint));
        dialog.getDialogPane().setPrefWidth(580);
        ButtonType save = new ButtonType(i18n.text(confirming ? "findings.review.confirmSave" : "findings.review.dismissSave"),
                ButtonData.OK_DONE);
        ButtonType cancel = new ButtonType(i18n.text("findings.review.cancel"), ButtonData.CANCEL_CLOSE);
        dialog.getDialogPane().getButtonTypes().setAll(save, cancel);
        Button saveButton = (Button) dialog.getDialogPane().lookupButton(save);
        saveButton.setId("reviewSaveButton");
        saveButton.getStyleClass().add("primary");
        // Enter adds a line to the reason; only Shortcut+Enter or a click saves.
        saveButton.setDefaultButton(false);
        saveButton.addEventFilter(ActionEvent.ACTION, e -> {
            e.consume();
            if (area.getText() == null || area.getText().isBlank()) {
                errorText.set(i18n.text("validation.reviewReasonRequired"));
                area.requestFocus();
                return;
            }
            saveButton.setDisable(true); // one review per press, even if the store is slow
            saver.save(area.getText(), dialog::close, message -> {
                saveButton.setDisable(false);
                errorText.set(message);
            });
        });
        area.addEventFilter(KeyEvent.KEY_PRESSED, e -> {
            if (KeyboardSupport.SUBMIT_TEXT.match(e)) {
                e.consume();
                saveButton.fire();
            }
        });
        dialog.setOnShown(e -> Platform.runLater(area::requestFocus));
        dialog.show();
    }
}
