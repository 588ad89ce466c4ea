package org.hirewatch.ui.casefile.notes;

import java.util.List;
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
import org.hirewatch.domain.Note;
import org.hirewatch.domain.Violation;
import org.hirewatch.ui.casefile.FieldErrors;
import org.hirewatch.ui.casefile.KeyboardSupport;
import org.hirewatch.ui.common.ErrorText;
import org.hirewatch.ui.casefile.DialogStyling;
import org.hirewatch.ui.common.I18n;

/**
 * A small dialog to write one note (used for notes on an evidence item). Shortcut+Enter saves, Esc cancels; the
 * dialog closes once the note is stored.
 */
public final class NoteComposeDialog {
    private NoteComposeDialog() {
    }

    /** Stores a note's text in the background, then reports back exactly once. */
    public interface Saver {
        void save(String body, Runnable onSaved, Consumer<String> onFailed);
    }

    /** {@code title} names what the note is about; {@code detail} (may be empty) says more, in small print. */
    public static void show(Window owner, I18n i18n, String title, String detail, Saver saver) {
        Dialog<Void> dialog = new Dialog<>();
        dialog.initOwner(owner);
        dialog.setTitle(i18n.text("casefile.notes.add.title"));
        dialog.setResizable(true);
        DialogStyling.apply(dialog, owner);
        dialog.getDialogPane().setHeaderText(title);
        TextArea area = new TextArea();
        area.setId("noteComposeArea");
        area.setWrapText(true);
        area.setPrefRowCount(6);
        area.setPrefColumnCount(50);
        area.setAccessibleText(i18n.text("casefile.notes.text"));
        KeyboardSupport.tabMovesFocus(area);
        Label error = new Label();
        SimpleStringProperty errorText = new SimpleStringProperty("");
        FieldErrors.bind(area, error, errorText);
        Label hint = new Label(i18n.text("casefile.notes.saveHint"));
        hint.getStyleClass().add("hint");
        VBox content = new VBox(6);
        if (!detail.isBlank()) {
            Label about = new Label(detail);
            about.getStyleClass().add("hint");
            about.setWrapText(true);
            content.getChildren().add(about);
        }
        content.getChildren().addAll(area, error, hint);
        dialog.getDialogPane().setContent(content);
        dialog.getDialogPane().setPrefWidth(580);
        ButtonType save = new ButtonType(i18n.text("casefile.notes.add"), ButtonData.OK_DONE);
        ButtonType cancel = new ButtonType(i18n.text("casefile.form.cancel"), ButtonData.CANCEL_CLOSE);
        dialog.getDialogPane().getButtonTypes().setAll(save, cancel);
        Button saveButton = (Button) dialog.getDialogPane().lookupButton(save);
        saveButton.getStyleClass().add("primary");
        ErrorText errors = new ErrorText(i18n);
        saveButton.addEventFilter(ActionEvent.ACTION, e -> {
            e.consume();
            List<Violation> problems = Note.validateBody(area.getText());
            if (!problems.isEmpty()) {
                errorText.set(errors.of(problems.get(0)));
                area.requestFocus();
                return;
            }
            saveButton.setDisable(true); // one note per press, even if the store is slow
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
