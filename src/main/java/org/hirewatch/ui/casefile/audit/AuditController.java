package org.hirewatch.ui.casefile.audit;

import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.fxml.FXML;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import org.hirewatch.domain.AuditEntry;
import org.hirewatch.ui.casefile.CaseFormats;
import org.hirewatch.ui.casefile.KeyboardSupport;
import org.hirewatch.ui.casefile.audit.AuditViewModel.Result;
import org.hirewatch.ui.common.I18n;

/** Binds the audit tab: the case's entries, the selected entry's before/after, and the chain check. */
public final class AuditController {
    private final AuditViewModel vm;
    private final I18n i18n;

    @FXML private Button verifyButton;
    @FXML private Label resultLabel;
    @FXML private TableView<AuditEntry> table;
    @FXML private TableColumn<AuditEntry, String> seqColumn;
    @FXML private TableColumn<AuditEntry, String> timeColumn;
    @FXML private TableColumn<AuditEntry, String> actorColumn;
    @FXML private TableColumn<AuditEntry, String> actionColumn;
    @FXML private TableColumn<AuditEntry, String> entityColumn;
    @FXML private TextArea beforeArea;
    @FXML private TextArea afterArea;
    @FXML private TextField hashField;

    public AuditController(AuditViewModel vm, I18n i18n) {
        this.vm = vm;
        this.i18n = i18n;
    }

    @FXML
    private void initialize() {
        seqColumn.setCellValueFactory(c -> new ReadOnlyStringWrapper(Long.toString(c.getValue().seq())));
        timeColumn.setCellValueFactory(c -> new ReadOnlyStringWrapper(CaseFormats.dateTimeSeconds(c.getValue().at())));
        actorColumn.setCellValueFactory(c -> new ReadOnlyStringWrapper(c.getValue().actor()));
        actionColumn.setCellValueFactory(c -> new ReadOnlyStringWrapper(
                org.hirewatch.domain.AuditActions.ALL.contains(c.getValue().action())
                        ? i18n.text(org.hirewatch.domain.AuditActions.labelKey(c.getValue().action())) : c.getValue().action()));
        entityColumn.setCellValueFactory(c -> new ReadOnlyStringWrapper(AuditViewModel.entityText(c.getValue())));
        table.setItems(vm.entries());
        table.setPlaceholder(new Label(i18n.text("casefile.audit.empty")));
        table.getSelectionModel().selectedItemProperty().addListener((obs, old, e) -> vm.selectedProperty().set(e));
        vm.selectedProperty().addListener((obs, old, e) -> {
            if (e != table.getSelectionModel().getSelectedItem()) {
                table.getSelectionModel().select(e);
            }
            hashField.setText(e == null ? "" : e.hash());
        });
        KeyboardSupport.tabMovesFocus(beforeArea);
        KeyboardSupport.tabMovesFocus(afterArea);
        beforeArea.textProperty().bind(vm.beforeProperty());
        afterArea.textProperty().bind(vm.afterProperty());
        verifyButton.disableProperty().bind(vm.busyProperty());
        resultLabel.textProperty().bind(vm.resultTextProperty());
        resultLabel.visibleProperty().bind(vm.resultTextProperty().isNotEmpty());
        vm.resultProperty().addListener((obs, old, r) -> {
            resultLabel.getStyleClass().removeAll("ok-banner", "error-banner");
            resultLabel.getStyleClass().add(r == Result.INTACT ? "ok-banner" : "error-banner");
        });
        vm.load();
    }

    @FXML
    private void verify() {
        vm.verify();
    }
}
