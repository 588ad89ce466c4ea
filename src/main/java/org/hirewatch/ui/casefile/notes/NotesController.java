package org.hirewatch.ui.casefile.notes;

import javafx.application.Platform;
import javafx.beans.binding.Bindings;
import javafx.fxml.FXML;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.TextArea;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.VBox;
import org.hirewatch.domain.Note;
import org.hirewatch.ui.casefile.CaseFormats;
import org.hirewatch.ui.casefile.FieldErrors;
import org.hirewatch.ui.casefile.KeyboardSupport;
import org.hirewatch.ui.common.I18n;

/** Binds the notes tab: the compose box (add or edit) and the timeline with each note's history. */
public final class NotesController {
    private final NotesViewModel vm;
    private final I18n i18n;

    @FXML private Label composeTitle;
    @FXML private TextArea draftArea;
    @FXML private Label errorLabel;
    @FXML private Button noteSaveButton;
    @FXML private Button cancelEditButton;
    @FXML private Button noteEditButton;
    @FXML private Button historyButton;
    @FXML private ListView<Note> timeline;

    public NotesController(NotesViewModel vm, I18n i18n) {
        this.vm = vm;
        this.i18n = i18n;
    }

    @FXML
    private void initialize() {
        draftArea.textProperty().bindBidirectional(vm.draftProperty());
        draftArea.setAccessibleText(i18n.text("casefile.notes.text"));
        KeyboardSupport.tabMovesFocus(draftArea);
        draftArea.addEventFilter(KeyEvent.KEY_PRESSED, e -> {
            if (KeyboardSupport.SUBMIT_TEXT.match(e)) {
                e.consume();
                vm.save();
            } else if (e.getCode() == KeyCode.ESCAPE && vm.editingProperty().get() != null) {
                e.consume();
                vm.cancelEdit();
            }
        });
        FieldErrors.bind(draftArea, errorLabel, vm.errorProperty());
        composeTitle.textProperty().bind(Bindings.createStringBinding(() -> {
            Note n = vm.editingProperty().get();
            return n == null ? i18n.text("casefile.notes.new")
                    : i18n.text("casefile.notes.editing", CaseFormats.dateTime(n.createdAt()));
        }, vm.editingProperty()));
        noteSaveButton.textProperty().bind(Bindings.createStringBinding(() -> i18n.text(
                vm.editingProperty().get() == null ? "casefile.notes.add" : "casefile.notes.saveEdit"), vm.editingProperty()));
        noteSaveButton.disableProperty().bind(vm.busyProperty());
        cancelEditButton.visibleProperty().bind(vm.editingProperty().isNotNull());
        cancelEditButton.managedProperty().bind(cancelEditButton.visibleProperty());

        timeline.setItems(vm.notes());
        timeline.setPlaceholder(new Label(i18n.text("casefile.notes.empty")));
        timeline.setCellFactory(list -> new NoteCell());
        timeline.getSelectionModel().selectedItemProperty().addListener((obs, old, n) -> {
            if (n != null || !vm.notes().isEmpty()) {
                vm.selectedProperty().set(n);
            }
        });
        vm.selectedProperty().addListener((obs, old, n) -> {
            if (n != timeline.getSelectionModel().getSelectedItem()) {
                timeline.getSelectionModel().select(n);
            }
        });
        timeline.setOnKeyPressed(e -> {
            if (e.getCode() == KeyCode.ENTER) {
                edit();
            }
        });
        noteEditButton.disableProperty().bind(timeline.getSelectionModel().selectedItemProperty().isNull());
        historyButton.disableProperty().bind(timeline.getSelectionModel().selectedItemProperty().isNull());
        vm.load();
    }

    /** A note as a card: who and when (and whether edited), what it is about, then the text. */
    private final class NoteCell extends ListCell<Note> {
        @Override
        protected void updateItem(Note n, boolean empty) {
            super.updateItem(n, empty);
            if (empty || n == null) {
                setGraphic(null);
                setText(null);
                setAccessibleText(null);
                return;
            }
            Label meta = new Label(vm.metaText(n));
            meta.getStyleClass().add("note-meta");
            Label target = new Label(vm.targetText(n));
            target.getStyleClass().add("note-target");
            Label body = new Label(n.body());
            body.setWrapText(true);
            body.maxWidthProperty().bind(timeline.widthProperty().subtract(48));
            VBox card = new VBox(3, meta, target, body);
            card.getStyleClass().add("note-card");
            if (n.edited()) {
                card.getStyleClass().add("edited");
            }
            setGraphic(card);
            setText(null);
            setAccessibleText(vm.metaText(n) + ". " + vm.targetText(n) + ". " + n.body());
        }
    }

    @FXML
    private void save() {
        vm.save();
    }

    @FXML
    private void cancelEdit() {
        vm.cancelEdit();
        draftArea.requestFocus();
    }

    @FXML
    private void edit() {
        Note n = timeline.getSelectionModel().getSelectedItem();
        if (n != null) {
            vm.startEdit(n);
            Platform.runLater(() -> {
                draftArea.requestFocus();
                draftArea.end();
            });
        }
    }

    @FXML
    private void history() {
        Note n = timeline.getSelectionModel().getSelectedItem();
        if (n != null) {
            vm.loadHistory(n, revisions -> NoteHistoryDialog.show(timeline.getScene().getWindow(), i18n, revisions,
                    vm::revisionText));
        }
    }
}
