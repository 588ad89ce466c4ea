package org.hirewatch.ui.casefile.evidence;

import java.util.List;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.collections.FXCollections;
import javafx.collections.ListChangeListener;
import javafx.fxml.FXML;
import javafx.geometry.VPos;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.TextArea;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.VBox;
import org.hirewatch.domain.AttachmentInfo;
import org.hirewatch.domain.Evidence;
import org.hirewatch.domain.Note;
import org.hirewatch.ui.casefile.CaseFormats;
import org.hirewatch.ui.casefile.evidence.EvidenceListViewModel.Line;
import org.hirewatch.ui.casefile.notes.NoteComposeDialog;
import org.hirewatch.ui.common.I18n;

/** The selected evidence item: custody, field values, stored files (save a copy, never open) and notes. */
public final class EvidenceDetailsController {
    private final EvidenceListViewModel vm;
    private final I18n i18n;

    @FXML private Label emptyLabel;
    @FXML private ScrollPane scroll;
    @FXML private Label kindLabel;
    @FXML private Label summaryLabel;
    @FXML private GridPane custodyGrid;
    @FXML private GridPane fieldsGrid;
    @FXML private Label noFieldsLabel;
    @FXML private TableView<AttachmentInfo> filesTable;
    @FXML private TableColumn<AttachmentInfo, String> fileNameColumn;
    @FXML private TableColumn<AttachmentInfo, String> fileSizeColumn;
    @FXML private TableColumn<AttachmentInfo, String> fileTypeColumn;
    @FXML private GridPane fileCustodyGrid;
    @FXML private TextArea shaField;
    @FXML private Label fileAddedLabel;
    @FXML private Button addFilesButton;
    @FXML private Button saveCopyButton;
    @FXML private VBox notesBox;
    @FXML private Label noNotesLabel;
    @FXML private Button addNoteButton;

    public EvidenceDetailsController(EvidenceListViewModel vm, I18n i18n) {
        this.vm = vm;
        this.i18n = i18n;
    }

    @FXML
    private void initialize() {
        fileNameColumn.setCellValueFactory(c -> new ReadOnlyStringWrapper(c.getValue().fileName()));
        fileSizeColumn.setCellValueFactory(c -> new ReadOnlyStringWrapper(CaseFormats.size(i18n, c.getValue().sizeBytes())));
        fileTypeColumn.setCellValueFactory(c -> new ReadOnlyStringWrapper(c.getValue().mediaType()));
        filesTable.setPlaceholder(new Label(i18n.text("casefile.evidence.noFiles")));
        // As tall as its rows (at least one, at most six), so one file does not leave a block of empty rows.
        filesTable.prefHeightProperty().bind(javafx.beans.binding.Bindings.createDoubleBinding(
                () -> 32 + filesTable.getFixedCellSize() * Math.max(1, Math.min(6, filesTable.getItems().size())),
                filesTable.itemsProperty()));
        filesTable.setMinHeight(javafx.scene.layout.Region.USE_PREF_SIZE);
        org.hirewatch.ui.casefile.KeyboardSupport.tabMovesFocus(shaField);
        filesTable.getSelectionModel().selectedItemProperty().addListener((obs, old, a) -> showFile(a));
        saveCopyButton.disableProperty().bind(filesTable.getSelectionModel().selectedItemProperty().isNull()
                .or(vm.busyProperty()));
        addFilesButton.disableProperty().bind(vm.busyProperty());
        emptyLabel.visibleProperty().bind(vm.selectedProperty().isNull());
        scroll.visibleProperty().bind(vm.selectedProperty().isNotNull());
        vm.selectedProperty().addListener((obs, old, e) -> show(e));
        vm.selectedNotes().addListener((ListChangeListener<Note>) c -> showNotes());
        show(vm.selectedProperty().get());
    }

    private void show(Evidence e) {
        if (e == null) {
            return;
        }
        kindLabel.setText(CaseFormats.kind(i18n, e.kind()));
        summaryLabel.setText(CaseFormats.summary(i18n, e));
        fill(custodyGrid, vm.custody(e));
        List<Line> fields = vm.fieldLines(e);
        fill(fieldsGrid, fields);
        noFieldsLabel.setVisible(fields.isEmpty());
        noFieldsLabel.setManaged(fields.isEmpty());
        AttachmentInfo keep = filesTable.getSelectionModel().getSelectedItem();
        filesTable.setItems(FXCollections.observableArrayList(e.attachments()));
        e.attachments().stream().filter(a -> keep != null && a.id().equals(keep.id())).findFirst()
                .ifPresentOrElse(filesTable.getSelectionModel()::select, () -> {
                    if (!e.attachments().isEmpty()) {
                        filesTable.getSelectionModel().selectFirst();
                    }
                });
        showFile(filesTable.getSelectionModel().getSelectedItem());
        showNotes();
    }

    private static void fill(GridPane grid, List<Line> lines) {
        grid.getChildren().clear();
        int row = 0;
        for (Line l : lines) {
            Label name = new Label(l.label());
            name.getStyleClass().add("detail-label");
            name.setWrapText(true);
            Label value = new Label(l.value());
            value.setWrapText(true);
            value.getStyleClass().add("detail-value");
            GridPane.setValignment(name, VPos.TOP);
            grid.addRow(row++, name, value);
        }
    }

    private void showFile(AttachmentInfo a) {
        fileCustodyGrid.setVisible(a != null);
        fileCustodyGrid.setManaged(a != null);
        shaField.setText(a == null ? "" : a.sha256());
        fileAddedLabel.setText(a == null ? "" : i18n.text("casefile.evidence.file.addedBy",
                CaseFormats.dateTime(a.addedAt()), a.addedBy()));
    }

    private void showNotes() {
        notesBox.getChildren().clear();
        for (Note n : vm.selectedNotes()) {
            Label meta = new Label(i18n.text("casefile.notes.meta", n.createdBy(), CaseFormats.dateTime(n.createdAt())));
            meta.getStyleClass().add("note-meta");
            Label body = new Label(n.body());
            body.setWrapText(true);
            VBox card = new VBox(2, meta, body);
            card.getStyleClass().add("note-card");
            notesBox.getChildren().add(card);
        }
        noNotesLabel.setVisible(vm.selectedNotes().isEmpty());
        noNotesLabel.setManaged(vm.selectedNotes().isEmpty());
    }

    @FXML
    private void addFiles() {
        vm.addFilesToSelected();
    }

    @FXML
    private void saveCopy() {
        vm.saveCopy(filesTable.getSelectionModel().getSelectedItem());
    }

    @FXML
    private void addNote() {
        Evidence e = vm.selectedProperty().get();
        if (e == null) {
            return;
        }
        NoteComposeDialog.show(addNoteButton.getScene().getWindow(), i18n,
                i18n.text("casefile.evidence.addNote.title", CaseFormats.kind(i18n, e.kind())),
                CaseFormats.summary(i18n, e), vm::addNoteToSelected);
    }
}
