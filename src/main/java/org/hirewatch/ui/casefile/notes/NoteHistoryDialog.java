package org.hirewatch.ui.casefile.notes;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.function.Function;
import javafx.collections.FXCollections;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonBar.ButtonData;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.layout.VBox;
import javafx.stage.Window;
import org.hirewatch.domain.NoteRevision;
import org.hirewatch.ui.casefile.DialogStyling;
import org.hirewatch.ui.common.I18n;

/** Every text a note has had, newest first, with who wrote it and when. Esc or Enter closes it. */
final class NoteHistoryDialog {
    private NoteHistoryDialog() {
    }

    static void show(Window owner, I18n i18n, List<NoteRevision> revisions, Function<NoteRevision, String> meta) {
        Dialog<Void> dialog = new Dialog<>();
        dialog.initOwner(owner);
        dialog.setTitle(i18n.text("casefile.notes.history.title"));
        dialog.setResizable(true);
        DialogStyling.apply(dialog, owner);
        dialog.getDialogPane().setHeaderText(i18n.text("casefile.notes.history.header", revisions.size()));
        List<NoteRevision> newestFirst = new ArrayList<>(revisions);
        Collections.reverse(newestFirst);
        ListView<NoteRevision> list = new ListView<>(FXCollections.observableArrayList(newestFirst));
        list.setId("noteHistoryList");
        list.setAccessibleText(i18n.text("casefile.notes.history.title"));
        list.setPrefSize(620, 380);
        list.setCellFactory(v -> new ListCell<>() {
            @Override
            protected void updateItem(NoteRevision r, boolean empty) {
                super.updateItem(r, empty);
                if (empty || r == null) {
                    setGraphic(null);
                    setText(null);
                    return;
                }
                Label head = new Label(meta.apply(r));
                head.getStyleClass().add("note-meta");
                Label body = new Label(r.body());
                body.setWrapText(true);
                body.maxWidthProperty().bind(list.widthProperty().subtract(40));
                setGraphic(new VBox(3, head, body));
                setText(null);
                setAccessibleText(meta.apply(r) + ". " + r.body());
            }
        });
        dialog.getDialogPane().setContent(list);
        ButtonType close = new ButtonType(i18n.text("casefile.notes.history.close"), ButtonData.CANCEL_CLOSE);
        dialog.getDialogPane().getButtonTypes().setAll(close);
        ((Button) dialog.getDialogPane().lookupButton(close)).setDefaultButton(true);
        dialog.setOnShown(e -> list.requestFocus());
        dialog.show();
    }
}
