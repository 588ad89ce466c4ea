package org.hirewatch.ui.casefile.evidence;

import java.util.HashSet;
import java.util.Set;
import java.util.function.Function;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.value.ObservableValue;
import javafx.collections.ListChangeListener;
import javafx.fxml.FXML;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.MenuButton;
import javafx.scene.control.MenuItem;
import javafx.scene.control.Tooltip;
import javafx.scene.control.TreeItem;
import javafx.scene.control.TreeTableCell;
import javafx.scene.control.TreeTableColumn;
import javafx.scene.control.TreeTableRow;
import javafx.scene.control.TreeTableView;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCombination;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.BorderPane;
import org.hirewatch.domain.Evidence;
import org.hirewatch.domain.EvidenceKind;
import org.hirewatch.ui.casefile.CaseFormats;
import org.hirewatch.ui.casefile.evidence.EvidenceListViewModel.Group;
import org.hirewatch.ui.casefile.signins.ImportLogDialog;
import org.hirewatch.ui.common.I18n;

/**
 * The evidence tab's list: items grouped by kind in a tree table, with add (by kind), edit and delete. Enter edits
 * the selected item, Delete deletes it, Shortcut+N opens the kind menu.
 */
public final class EvidenceController {
    private static final KeyCombination ADD = KeyCombination.keyCombination("Shortcut+N");
    private static final KeyCombination IMPORT_LOG = KeyCombination.keyCombination("Shortcut+L");
    private final EvidenceListViewModel vm;
    private final I18n i18n;
    private boolean rebuilding;

    @FXML private BorderPane evidenceRoot;
    @FXML private MenuButton addButton;
    @FXML private Button editButton;
    @FXML private Button deleteButton;
    @FXML private Button importLogButton;
    @FXML private Label evidenceMessage;
    @FXML private TreeTableView<Object> tree;
    @FXML private TreeTableColumn<Object, String> itemColumn;
    @FXML private TreeTableColumn<Object, String> observedColumn;
    @FXML private TreeTableColumn<Object, String> sourceColumn;
    @FXML private TreeTableColumn<Object, String> recordedColumn;
    @FXML private TreeTableColumn<Object, String> filesColumn;

    public EvidenceController(EvidenceListViewModel vm, I18n i18n) {
        this.vm = vm;
        this.i18n = i18n;
    }

    @FXML
    private void initialize() {
        for (EvidenceKind kind : EvidenceKind.values()) {
            if (kind.importedOnly()) {
                continue;
            }
            MenuItem item = new MenuItem(CaseFormats.kind(i18n, kind));
            item.setId("add-" + kind.name());
            item.setOnAction(e -> openForm(vm.newForm(kind)));
            addButton.getItems().add(item);
        }
        // The tree column names the kind on group rows and summarises the item on item rows.
        column(itemColumn, g -> i18n.text("casefile.evidence.group", CaseFormats.kind(i18n, g.kind()), g.items().size()),
                e -> CaseFormats.summary(i18n, e));
        column(observedColumn, g -> "", e -> CaseFormats.dateTime(e.observedAt()));
        column(sourceColumn, g -> "", Evidence::source);
        column(recordedColumn, g -> "", e -> i18n.text("casefile.evidence.recordedByAt", e.recordedBy(),
                CaseFormats.dateTime(e.recordedAt())));
        column(filesColumn, g -> "", e -> e.attachments().isEmpty() ? "" : Integer.toString(e.attachments().size()));
        tree.setRoot(new TreeItem<>());
        tree.setPlaceholder(new Label(i18n.text("casefile.evidence.empty")));
        tree.setRowFactory(t -> new TreeTableRow<>() {
            @Override
            protected void updateItem(Object item, boolean empty) {
                super.updateItem(item, empty);
                pseudoClassStateChanged(javafx.css.PseudoClass.getPseudoClass("group"), !empty && item instanceof Group);
            }
        });
        vm.groups().addListener((ListChangeListener<Group>) c -> rebuild());
        rebuild();
        tree.getSelectionModel().selectedItemProperty().addListener((obs, old, item) -> {
            if (!rebuilding) {
                vm.selectedProperty().set(item != null && item.getValue() instanceof Evidence e ? e : null);
            }
        });
        vm.selectedProperty().addListener((obs, old, e) -> selectInTree(e));
        tree.addEventFilter(KeyEvent.KEY_PRESSED, e -> {
            if (e.getCode() == KeyCode.ENTER && vm.selectedProperty().get() != null) {
                e.consume();
                edit();
            } else if (e.getCode() == KeyCode.DELETE && vm.selectedProperty().get() != null) {
                e.consume();
                delete();
            }
        });
        tree.setOnMouseClicked(e -> {
            if (e.getClickCount() == 2 && vm.selectedProperty().get() != null) {
                edit();
            }
        });
        evidenceRoot.addEventHandler(KeyEvent.KEY_PRESSED, e -> {
            if (ADD.match(e)) {
                e.consume();
                addButton.requestFocus();
                addButton.show();
            } else if (IMPORT_LOG.match(e)) {
                e.consume();
                importLog();
            }
        });
        importLogButton.setTooltip(new Tooltip(i18n.text("signins.import.tooltip", IMPORT_LOG.getDisplayText())));
        importLogButton.disableProperty().bind(vm.busyProperty());
        editButton.disableProperty().bind(vm.selectedProperty().isNull().or(vm.busyProperty()));
        deleteButton.disableProperty().bind(vm.selectedProperty().isNull().or(vm.busyProperty()));
        evidenceMessage.textProperty().bind(vm.messageProperty());
        evidenceMessage.visibleProperty().bind(vm.messageProperty().isNotEmpty());
        vm.messageIsErrorProperty().addListener((obs, old, isError) -> styleMessage(isError));
        styleMessage(false);
        vm.load();
    }

    private void column(TreeTableColumn<Object, String> col, Function<Group, String> group, Function<Evidence, String> item) {
        col.setCellValueFactory(cell -> {
            Object v = cell.getValue() == null ? null : cell.getValue().getValue();
            String text = v instanceof Group g ? group.apply(g) : v instanceof Evidence e ? item.apply(e) : "";
            return (ObservableValue<String>) new ReadOnlyStringWrapper(text);
        });
        // Narrow columns cut text short: the whole text is one hover away.
        col.setCellFactory(c -> new TreeTableCell<>() {
            @Override
            protected void updateItem(String text, boolean empty) {
                super.updateItem(text, empty);
                setText(empty ? null : text);
                setTooltip(empty || text == null || text.isEmpty() ? null : new Tooltip(text));
            }
        });
    }

    /** Rebuilds the tree from the groups, keeping which kinds the user collapsed and the selected item. */
    private void rebuild() {
        Set<EvidenceKind> collapsed = new HashSet<>();
        for (TreeItem<Object> g : tree.getRoot().getChildren()) {
            if (!g.isExpanded() && g.getValue() instanceof Group group) {
                collapsed.add(group.kind());
            }
        }
        rebuilding = true;
        try {
            tree.getRoot().getChildren().clear();
            for (Group g : vm.groups()) {
                TreeItem<Object> groupItem = new TreeItem<>(g);
                groupItem.setExpanded(!collapsed.contains(g.kind()));
                g.items().forEach(e -> groupItem.getChildren().add(new TreeItem<>(e)));
                tree.getRoot().getChildren().add(groupItem);
            }
        } finally {
            rebuilding = false;
        }
        selectInTree(vm.selectedProperty().get());
    }

    private void selectInTree(Evidence e) {
        TreeItem<Object> current = tree.getSelectionModel().getSelectedItem();
        if (e == null) {
            if (current != null && current.getValue() instanceof Evidence) {
                tree.getSelectionModel().clearSelection();
            }
            return;
        }
        if (current != null && current.getValue() instanceof Evidence c && c.id().equals(e.id()) && c == e) {
            return;
        }
        for (TreeItem<Object> g : tree.getRoot().getChildren()) {
            for (TreeItem<Object> item : g.getChildren()) {
                if (item.getValue() instanceof Evidence x && x.id().equals(e.id())) {
                    g.setExpanded(true);
                    tree.getSelectionModel().select(item);
                    tree.scrollTo(tree.getRow(item));
                    return;
                }
            }
        }
    }

    private void openForm(EvidenceFormViewModel form) {
        vm.clearMessage();
        EvidenceFormDialog.show(evidenceRoot.getScene().getWindow(), form, i18n, vm.session().dialogs(), saved -> {
            vm.selectedProperty().set(saved);
            tree.requestFocus();
        });
    }

    private void styleMessage(boolean isError) {
        evidenceMessage.getStyleClass().removeAll("ok-banner", "error-banner");
        evidenceMessage.getStyleClass().add(isError ? "error-banner" : "ok-banner");
    }

    @FXML
    private void importLog() {
        vm.clearMessage();
        ImportLogDialog.show(evidenceRoot.getScene().getWindow(), vm.session(), saved -> vm.selectedProperty().set(saved));
    }

    @FXML
    private void edit() {
        vm.editForm().ifPresent(this::openForm);
    }

    @FXML
    private void delete() {
        vm.deleteSelected();
    }
}
