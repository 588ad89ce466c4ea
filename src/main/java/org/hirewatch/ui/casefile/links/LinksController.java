package org.hirewatch.ui.casefile.links;

import java.util.Optional;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.fxml.FXML;
import javafx.scene.control.Button;
import javafx.scene.control.ChoiceDialog;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableRow;
import javafx.scene.control.TableView;
import javafx.scene.input.KeyCode;
import org.hirewatch.domain.WarningEntry;
import org.hirewatch.links.LinkStrength;
import org.hirewatch.ui.common.I18n;

/** Binds the Links tab to its view model; builds no data of its own. */
public final class LinksController {
    private final LinksViewModel vm;
    private final I18n i18n;
    private final LinksViewModel.ConfirmAsker asker;
    @FXML private TableView<LinkRow> linksTable;
    @FXML private TableColumn<LinkRow, String> valueColumn;
    @FXML private TableColumn<LinkRow, String> strengthColumn;
    @FXML private TableColumn<LinkRow, String> otherColumn;
    @FXML private TableColumn<LinkRow, String> mineColumn;
    @FXML private TableColumn<LinkRow, String> theirsColumn;
    @FXML private ListView<org.hirewatch.domain.CaseLink> confirmedList;
    @FXML private Button confirmLinkButton;
    @FXML private Button openCaseButton;
    @FXML private Button warnButton;
    @FXML private Button removeButton;
    @FXML private Button undoButton;
    @FXML private Label statusLabel;

    public LinksController(LinksViewModel vm, I18n i18n, LinksViewModel.ConfirmAsker asker) {
        this.vm = vm;
        this.i18n = i18n;
        this.asker = asker;
    }

    @FXML
    private void initialize() {
        linksTable.setItems(vm.rows());
        linksTable.setPlaceholder(new Label(i18n.text("links.empty")));
        valueColumn.setCellValueFactory(c -> new ReadOnlyStringWrapper(
                i18n.text(c.getValue().shared().kind().labelKey()) + ": " + c.getValue().shared().value()));
        strengthColumn.setCellValueFactory(c -> new ReadOnlyStringWrapper(vm.strengthText(c.getValue())));
        otherColumn.setCellValueFactory(c -> new ReadOnlyStringWrapper(c.getValue().otherReference()
                + (c.getValue().otherName().isBlank() ? "" : " — " + c.getValue().otherName())));
        mineColumn.setCellValueFactory(c -> new ReadOnlyStringWrapper(vm.evidenceText(c.getValue().shared().mine())));
        theirsColumn.setCellValueFactory(c -> new ReadOnlyStringWrapper(vm.evidenceText(c.getValue().theirs())));
        linksTable.setRowFactory(t -> new TableRow<>() {
            @Override
            protected void updateItem(LinkRow row, boolean empty) {
                super.updateItem(row, empty);
                getStyleClass().removeAll("link-weak", "link-noise", "link-exact");
                if (!empty && row != null) {
                    LinkStrength s = row.shared().strength();
                    getStyleClass().add(!s.isLink() ? "link-noise" : s.isWeak() ? "link-weak" : "link-exact");
                }
            }
        });
        vm.selectedProperty().bind(linksTable.getSelectionModel().selectedItemProperty());
        confirmLinkButton.disableProperty().bind(linksTable.getSelectionModel().selectedItemProperty().isNull());
        warnButton.disableProperty().bind(linksTable.getSelectionModel().selectedItemProperty().isNull());
        confirmLinkButton.setOnAction(e -> vm.confirmSelected(asker));
        openCaseButton.disableProperty().bind(linksTable.getSelectionModel().selectedItemProperty().isNull());
        openCaseButton.setOnAction(e -> vm.openSelectedCase());
        warnButton.setOnAction(e -> chooseList().ifPresent(vm::warnSelected));
        linksTable.setOnKeyPressed(e -> {
            if (e.getCode() == KeyCode.ENTER && linksTable.getSelectionModel().getSelectedItem() != null) {
                vm.confirmSelected(asker);
                e.consume();
            }
        });

        confirmedList.setItems(vm.confirmed());
        confirmedList.setPlaceholder(new Label(i18n.text("links.confirmed.none")));
        confirmedList.setCellFactory(l -> new ListCell<>() {
            @Override
            protected void updateItem(org.hirewatch.domain.CaseLink item, boolean empty) {
                super.updateItem(item, empty);
                setText(empty || item == null ? null : vm.linkText(item));
                setWrapText(true);
            }
        });
        vm.selectedLinkProperty().bind(confirmedList.getSelectionModel().selectedItemProperty());
        removeButton.disableProperty().bind(confirmedList.getSelectionModel().selectedItemProperty().isNull());
        removeButton.setOnAction(e -> vm.removeSelectedLink());
        undoButton.textProperty().bind(vm.undoTextProperty());
        undoButton.visibleProperty().bind(vm.undoTextProperty().isNotEmpty());
        undoButton.managedProperty().bind(undoButton.visibleProperty());
        undoButton.setOnAction(e -> vm.undo());
        statusLabel.textProperty().bind(vm.statusProperty());
        vm.load();
    }

    private Optional<WarningEntry.WarningList> chooseList() {
        ChoiceDialog<WarningEntry.WarningList> d = new ChoiceDialog<>(WarningEntry.WarningList.OTHER,
                WarningEntry.WarningList.values());
        d.setTitle(i18n.text("links.warn.title"));
        d.setHeaderText(i18n.text("links.warn.header"));
        d.setContentText(i18n.text("links.warn.list"));
        d.initOwner(linksTable.getScene().getWindow());
        javafx.util.StringConverter<WarningEntry.WarningList> names = new javafx.util.StringConverter<>() {
            @Override
            public String toString(WarningEntry.WarningList l) {
                return l == null ? "" : i18n.text(l.labelKey());
            }

            @Override
            public WarningEntry.WarningList fromString(String s) {
                return null;
            }
        };
        javafx.scene.Node box = d.getDialogPane().lookup(".combo-box");
        if (box instanceof javafx.scene.control.ComboBox<?> c) {
            @SuppressWarnings("unchecked")
            javafx.scene.control.ComboBox<WarningEntry.WarningList> combo = (javafx.scene.control.ComboBox<WarningEntry.WarningList>) c;
            combo.setConverter(names);
        }
        return d.showAndWait();
    }
}
