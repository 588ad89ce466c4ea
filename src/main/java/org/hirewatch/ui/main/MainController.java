package org.hirewatch.ui.main;

import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Function;
import java.util.function.Supplier;
import javafx.application.Platform;
import javafx.fxml.FXML;
import javafx.scene.Parent;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressIndicator;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import org.hirewatch.domain.CaseFile;
import org.hirewatch.ui.casefile.CaseControllers;
import org.hirewatch.ui.casefile.CaseScope;
import org.hirewatch.ui.casefile.CaseWorkspaceController;
import org.hirewatch.ui.common.View;
import org.hirewatch.ui.common.ViewLoader;

/** The main window: menu, the case list tab, one tab per open case, and the status bar. */
public final class MainController {
    private final MainViewModel vm;
    private final ViewLoader views;
    private final Function<UUID, CaseScope> scopes;
    private final NewCaseDialogs newCaseDialogs;
    private final Supplier<Parent> indicatorsScreen;
    private final org.hirewatch.ui.bundle.BundleDialogs bundles;
    private final Supplier<Parent> clustersScreen;
    private final Supplier<Parent> linkSettingsScreen;
    private final Map<UUID, Tab> openTabs = new HashMap<>();

    @FXML private TabPane tabs;
    @FXML private Tab casesTab;
    @FXML private Tab indicatorsTab;
    @FXML private Tab clustersTab;
    @FXML private Tab linkSettingsTab;
    @FXML private CaseListController caseListController;
    @FXML private Label workspaceLabel;
    @FXML private Label countLabel;
    @FXML private ProgressIndicator busyIndicator;
    @FXML private Label taskLabel;

    public MainController(MainViewModel vm, ViewLoader views, Function<UUID, CaseScope> scopes, NewCaseDialogs newCaseDialogs,
                          Supplier<Parent> indicatorsScreen, org.hirewatch.ui.bundle.BundleDialogs bundles,
                          Supplier<Parent> clustersScreen, Supplier<Parent> linkSettingsScreen) {
        this.vm = vm;
        this.views = views;
        this.scopes = scopes;
        this.newCaseDialogs = newCaseDialogs;
        this.indicatorsScreen = indicatorsScreen;
        this.bundles = bundles;
        this.clustersScreen = clustersScreen;
        this.linkSettingsScreen = linkSettingsScreen;
    }

    @FXML
    private void initialize() {
        workspaceLabel.setText(vm.workspaceLabel());
        countLabel.textProperty().bind(vm.caseList().countTextProperty());
        busyIndicator.visibleProperty().bind(vm.busyProperty());
        taskLabel.textProperty().bind(vm.taskMessageProperty());
        vm.setCaseOpener(this::openCase);
        vm.setNewCaseAction(this::newCase);
        vm.opened();
        // Keys go to the focused node: move the focus into the tab the user switched to, so that its shortcuts
        // (Alt+1..5, Ctrl+N inside a case) work at once instead of reaching a hidden field of another tab.
        tabs.getSelectionModel().selectedItemProperty().addListener((o, old, tab) -> {
            if (tab != null && tab.getContent() != null) {
                Platform.runLater(() -> {
                    javafx.scene.Node owner = tabs.getScene() == null ? null : tabs.getScene().getFocusOwner();
                    if (owner == null || !isInside(owner, tab.getContent())) {
                        tab.getContent().requestFocus();
                    }
                });
            }
        });
    }

    private static boolean isInside(javafx.scene.Node node, javafx.scene.Node container) {
        for (javafx.scene.Node n = node; n != null; n = n.getParent()) {
            if (n == container) {
                return true;
            }
        }
        return false;
    }

    void openCase(UUID id) {
        Tab existing = openTabs.get(id);
        if (existing != null) {
            tabs.getSelectionModel().select(existing);
            return;
        }
        ViewLoader.Loaded<CaseWorkspaceController> loaded = views.load(View.CASE_WORKSPACE, new CaseControllers(scopes.apply(id)));
        Tab tab = new Tab();
        tab.textProperty().bind(loaded.controller().titleProperty());
        tab.setContent(loaded.root());
        tab.setOnClosed(e -> {
            openTabs.remove(id);
            loaded.controller().dispose();
        });
        openTabs.put(id, tab);
        tabs.getTabs().add(tab);
        tabs.getSelectionModel().select(tab);
    }

    @FXML
    private void newCase() {
        Optional<CaseFile> created = newCaseDialogs.show(tabs.getScene().getWindow());
        created.ifPresent(c -> {
            vm.caseList().reload();
            openCase(c.id());
        });
    }

    @FXML
    private void find() {
        tabs.getSelectionModel().select(casesTab);
        Platform.runLater(caseListController::focusSearch);
    }

    @FXML
    private void closeCaseTab() {
        Tab selected = tabs.getSelectionModel().getSelectedItem();
        if (selected != null && selected != casesTab) {
            tabs.getTabs().remove(selected);
            if (selected.getOnClosed() != null) {
                selected.getOnClosed().handle(null);
            }
        }
    }

    /** One indicators tab; closing it drops the screen, so reopening shows the workspace's settings afresh. */
    @FXML
    private void openIndicators() {
        if (indicatorsTab.getContent() == null) {
            indicatorsTab.setContent(indicatorsScreen.get());
            indicatorsTab.setOnClosed(e -> indicatorsTab.setContent(null));
        }
        if (!tabs.getTabs().contains(indicatorsTab)) {
            tabs.getTabs().add(indicatorsTab);
        }
        tabs.getSelectionModel().select(indicatorsTab);
    }

    /** One cluster tab, rebuilt each time it is opened so that it shows the links as they are now. */
    @FXML
    private void openClusters() {
        Parent screen = clustersScreen.get();
        if (screen == null) {
            return;
        }
        clustersTab.setContent(screen);
        clustersTab.setOnClosed(e -> clustersTab.setContent(null));
        if (!tabs.getTabs().contains(clustersTab)) {
            tabs.getTabs().add(clustersTab);
        }
        tabs.getSelectionModel().select(clustersTab);
    }

    /** One link settings tab; closing it drops the screen, so reopening shows the settings as stored now. */
    @FXML
    private void openLinkSettings() {
        if (linkSettingsTab.getContent() == null) {
            linkSettingsTab.setContent(linkSettingsScreen.get());
            linkSettingsTab.setOnClosed(e -> linkSettingsTab.setContent(null));
        }
        if (!tabs.getTabs().contains(linkSettingsTab)) {
            tabs.getTabs().add(linkSettingsTab);
        }
        tabs.getSelectionModel().select(linkSettingsTab);
    }

    /** The open case when a case tab is in front, otherwise the cases selected in the list. */
    @FXML
    private void exportBundle() {
        Tab selected = tabs.getSelectionModel().getSelectedItem();
        java.util.List<UUID> ids = openTabs.entrySet().stream().filter(e -> e.getValue() == selected)
                .map(Map.Entry::getKey).toList();
        bundles.exportCases(tabs.getScene().getWindow(), ids.isEmpty() ? caseListController.selectedCaseIds() : ids);
    }

    @FXML
    private void importBundle() {
        bundles.importBundle(tabs.getScene().getWindow(), () -> vm.caseList().reload());
    }

    @FXML
    private void importApplicants() {
        vm.transfer().importApplicants();
    }

    @FXML
    private void writeTemplate() {
        vm.transfer().writeTemplate();
    }

    @FXML
    private void exportCases() {
        vm.transfer().exportCases();
    }

    @FXML
    private void exportFindings() {
        vm.transfer().exportFindings();
    }

    @FXML
    private void backup() {
        vm.transfer().backup();
    }

    @FXML
    private void purge() {
        vm.transfer().purge();
    }

    @FXML
    private void verifyAudit() {
        vm.verifyAudit();
    }

    @FXML
    private void lock() {
        vm.lock();
    }

    @FXML
    private void exit() {
        Platform.exit();
    }

    @FXML
    private void showShortcuts() {
        newCaseDialogs.showShortcuts(tabs.getScene().getWindow());
    }
}
