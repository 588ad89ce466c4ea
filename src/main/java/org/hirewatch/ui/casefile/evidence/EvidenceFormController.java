package org.hirewatch.ui.casefile.evidence;

import java.nio.file.Path;
import java.util.List;
import java.util.stream.Collectors;
import javafx.fxml.FXML;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Control;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.scene.layout.GridPane;
import org.hirewatch.domain.AttachmentInfo;
import org.hirewatch.ui.casefile.FieldErrors;
import org.hirewatch.ui.common.I18n;

/** Binds the evidence form: the common fields from FXML, the kind's fields generated from their specs. */
public final class EvidenceFormController {
    private final EvidenceFormViewModel vm;
    private final I18n i18n;
    private List<Control> generated = List.of();

    @FXML private Label introLabel;
    @FXML private GridPane fieldsGrid;
    @FXML private TextField observedAtField;
    @FXML private Label observedAtError;
    @FXML private TextField sourceField;
    @FXML private Label sourceError;
    @FXML private Label filesLabel;
    @FXML private Label storedFilesLabel;
    @FXML private ListView<Path> filesList;
    @FXML private Button removeFileButton;
    @FXML private Label attachmentsError;
    @FXML private Label messageLabel;

    public EvidenceFormController(EvidenceFormViewModel vm, I18n i18n) {
        this.vm = vm;
        this.i18n = i18n;
    }

    @FXML
    private void initialize() {
        List<String> oneOf = vm.kind().atLeastOneOf();
        String intro = i18n.text("casefile.form.intro");
        if (!oneOf.isEmpty()) {
            String labels = oneOf.stream().map(k -> i18n.text(vm.kind().field(k).orElseThrow().labelKey()))
                    .collect(Collectors.joining(", "));
            intro = intro + " " + i18n.text("casefile.form.atLeastOne", labels);
        }
        introLabel.setText(intro);
        observedAtField.textProperty().bindBidirectional(vm.observedAtProperty());
        FieldErrors.bind(observedAtField, observedAtError, vm.observedAtErrorProperty());
        sourceField.textProperty().bindBidirectional(vm.sourceProperty());
        FieldErrors.bind(sourceField, sourceError, vm.sourceErrorProperty());
        generated = new EvidenceFieldControls(i18n).addRows(fieldsGrid, 3, vm.fields());
        if (vm.kind().needsAttachment()) {
            filesLabel.setText(i18n.text("casefile.form.requiredLabel", filesLabel.getText()));
        }

        List<AttachmentInfo> stored = vm.storedFiles();
        storedFilesLabel.setText(stored.isEmpty() ? "" : i18n.text("casefile.form.storedFiles",
                stored.stream().map(AttachmentInfo::fileName).collect(Collectors.joining(", "))));
        storedFilesLabel.setVisible(!stored.isEmpty());
        storedFilesLabel.setManaged(!stored.isEmpty());
        filesList.setItems(vm.pendingFiles());
        filesList.setPlaceholder(new Label(i18n.text("casefile.form.noFiles")));
        filesList.setCellFactory(list -> new ListCell<>() {
            @Override
            protected void updateItem(Path p, boolean empty) {
                super.updateItem(p, empty);
                setText(empty || p == null ? null : p.getFileName() + "  —  " + p.toAbsolutePath().getParent());
            }
        });
        filesList.setOnKeyPressed(e -> {
            if (e.getCode() == KeyCode.DELETE) {
                removeFile();
            }
        });
        removeFileButton.disableProperty().bind(filesList.getSelectionModel().selectedItemProperty().isNull());
        FieldErrors.bind(filesList, attachmentsError, vm.attachmentsErrorProperty());
        messageLabel.textProperty().bind(vm.messageProperty());
        messageLabel.visibleProperty().bind(vm.messageProperty().isNotEmpty());
        messageLabel.managedProperty().bind(messageLabel.visibleProperty());
    }

    /** Where the caret starts: the source for a new item (the time defaults to now), else the first field. */
    Node initialFocus() {
        return vm.isNew() ? sourceField : generated.isEmpty() ? sourceField : generated.get(0);
    }

    /** The first field showing a problem, to move the caret to after a refused save. */
    Node firstInvalid() {
        if (!vm.observedAtErrorProperty().get().isEmpty()) {
            return observedAtField;
        }
        if (!vm.sourceErrorProperty().get().isEmpty()) {
            return sourceField;
        }
        for (int i = 0; i < generated.size(); i++) {
            if (!vm.fields().get(i).errorProperty().get().isEmpty()) {
                return generated.get(i);
            }
        }
        return null;
    }

    @FXML
    private void addFiles() {
        vm.chooseFiles();
    }

    @FXML
    private void removeFile() {
        Path p = filesList.getSelectionModel().getSelectedItem();
        if (p != null) {
            vm.removePending(p);
        }
    }
}
