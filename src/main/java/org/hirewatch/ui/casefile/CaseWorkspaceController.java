package org.hirewatch.ui.casefile;

import java.util.List;
import java.util.Locale;
import java.util.Optional;
import javafx.application.Platform;
import javafx.beans.binding.Bindings;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.collections.ObservableList;
import javafx.fxml.FXML;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.scene.control.Tooltip;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.BorderPane;
import org.hirewatch.ui.casefile.report.CaseReportViewModel;
import org.hirewatch.ui.casefile.report.ReportDialog;

/** Top of one open case: the header and its tabs (each tab is its own fx:include'd screen). */
public final class CaseWorkspaceController {
    private final CaseWorkspaceViewModel vm;
    private final CaseSession session;
    private final CaseReportViewModel report;

    @FXML private BorderPane root;
    @FXML private Label referenceLabel;
    @FXML private Label caseTitleLabel;
    @FXML private Label subjectLabel;
    @FXML private Label statusBadge;
    @FXML private Label priorityBadge;
    @FXML private Label holdBadge;
    @FXML private Label loadErrorLabel;
    @FXML private Button reportButton;
    @FXML private TabPane tabs;
    @FXML private Tab overviewTab;
    @FXML private Tab evidenceTab;
    @FXML private Tab notesTab;
    @FXML private Tab findingsTab;
    @FXML private Tab linksTab;
    @FXML private Tab activityTab;
    @FXML private Tab auditTab;

    public CaseWorkspaceController(CaseWorkspaceViewModel vm, CaseSession session, CaseReportViewModel report) {
        this.vm = vm;
        this.session = session;
        this.report = report;
    }

    @FXML
    private void report() {
        ReportDialog.show(root.getScene().getWindow(), session.i18n(), report);
    }

    @FXML
    private void initialize() {
        referenceLabel.textProperty().bind(vm.referenceProperty());
        caseTitleLabel.textProperty().bind(vm.caseTitleProperty());
        subjectLabel.textProperty().bind(vm.subjectNameProperty());
        statusBadge.textProperty().bind(vm.statusTextProperty());
        priorityBadge.textProperty().bind(vm.priorityTextProperty());
        holdBadge.visibleProperty().bind(vm.legalHoldProperty());
        holdBadge.managedProperty().bind(holdBadge.visibleProperty());
        reportButton.disableProperty().bind(report.busyProperty().or(session.caseFileProperty().isNull()));
        loadErrorLabel.textProperty().bind(vm.loadErrorProperty());
        loadErrorLabel.visibleProperty().bind(vm.loadErrorProperty().isNotEmpty());
        loadErrorLabel.managedProperty().bind(loadErrorLabel.visibleProperty());
        vm.statusProperty().addListener((obs, old, s) -> styleByValue(statusBadge, "status-", s == null ? null : s.name()));
        vm.priorityProperty().addListener((obs, old, p) -> styleByValue(priorityBadge, "priority-", p == null ? null : p.name()));

        evidenceTab.textProperty().bind(Bindings.createStringBinding(
                () -> session.text("casefile.tab.evidence", session.evidence().size()), session.evidence()));
        notesTab.textProperty().bind(Bindings.createStringBinding(
                () -> session.text("casefile.tab.notes", session.notes().size()), session.notes()));
        List<Tab> order = List.of(overviewTab, evidenceTab, notesTab, auditTab, findingsTab, linksTab, activityTab);
        for (int i = 0; i < order.size(); i++) {
            order.get(i).setTooltip(new Tooltip(session.text("casefile.tab.shortcut", i + 1)));
        }
        // Alt+1..7 jump to a tab from anywhere in the case; Ctrl+Tab also works inside the tab pane.
        root.addEventHandler(KeyEvent.KEY_PRESSED, e -> {
            if (e.isAltDown() && !e.isControlDown() && !e.isShortcutDown()) {
                int index = switch (e.getCode()) {
                    case DIGIT1, NUMPAD1 -> 0;
                    case DIGIT2, NUMPAD2 -> 1;
                    case DIGIT3, NUMPAD3 -> 2;
                    case DIGIT4, NUMPAD4 -> 3;
                    case DIGIT5, NUMPAD5 -> 4;
                    case DIGIT6, NUMPAD6 -> 5;
                    case DIGIT7, NUMPAD7 -> 6;
                    default -> -1;
                };
                if (index >= 0) {
                    Tab tab = order.get(index);
                    tabs.getSelectionModel().select(tab);
                    // Into the tab, so that its own keys (Shortcut+N, Shortcut+S...) work at once.
                    Platform.runLater(() -> firstFocusable(tab.getContent()).ifPresent(Node::requestFocus));
                    e.consume();
                }
            }
        });
        vm.load();
    }

    private static Optional<Node> firstFocusable(Node node) {
        if (node == null || !node.isVisible() || node.isDisabled()) {
            return Optional.empty();
        }
        if (node.isFocusTraversable()) {
            return Optional.of(node);
        }
        if (node instanceof Parent p) {
            for (Node child : p.getChildrenUnmodifiable()) {
                Optional<Node> found = firstFocusable(child);
                if (found.isPresent()) {
                    return found;
                }
            }
        }
        return Optional.empty();
    }

    private static void styleByValue(Label badge, String prefix, String value) {
        ObservableList<String> classes = badge.getStyleClass();
        classes.removeIf(c -> c.startsWith(prefix));
        if (value != null) {
            classes.add(prefix + value.toLowerCase(Locale.ROOT).replace('_', '-'));
        }
    }

    public ReadOnlyStringProperty titleProperty() {
        return vm.titleProperty();
    }

    /** Called when the case's tab closes: work still running for this case is dropped when it finishes. */
    public void dispose() {
        vm.dispose();
    }
}
