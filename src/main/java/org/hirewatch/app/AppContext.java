package org.hirewatch.app;

import java.nio.file.Path;
import java.util.Locale;
import java.util.UUID;
import java.util.function.Consumer;
import javafx.application.Platform;
import javafx.scene.Parent;
import javafx.stage.Window;
import org.hirewatch.exchange.report.CaseReportService;
import org.hirewatch.indicators.CheckService;
import org.hirewatch.store.KdfParams;
import org.hirewatch.store.Workspace;
import org.hirewatch.store.WorkspaceBackup;
import org.hirewatch.store.WorkspaceLocation;
import org.hirewatch.ui.casefile.CaseScope;
import org.hirewatch.ui.common.BackgroundTaskRunner;
import org.hirewatch.ui.common.Dialogs;
import org.hirewatch.ui.common.FxDialogs;
import org.hirewatch.ui.common.I18n;
import org.hirewatch.ui.common.TaskRunner;
import org.hirewatch.ui.common.View;
import org.hirewatch.ui.common.ViewLoader;
import org.hirewatch.ui.indicators.IndicatorsScreen;
import org.hirewatch.ui.main.CaseListController;
import org.hirewatch.ui.main.MainController;
import org.hirewatch.ui.main.MainViewModel;
import org.hirewatch.ui.newcase.FxNewCaseDialogs;
import org.hirewatch.ui.newcase.NewCaseViewModel;
import org.hirewatch.ui.workspace.RestoreViewModel;
import org.hirewatch.ui.workspace.WorkspaceController;
import org.hirewatch.ui.workspace.WorkspaceOpener;
import org.hirewatch.ui.workspace.WorkspaceRestorer;
import org.hirewatch.ui.workspace.WorkspaceViewModel;

/**
 * The one place that builds the object graph: services, view models and controllers are created here and handed
 * to each other through constructors.
 */
public final class AppContext implements AutoCloseable {
    private final AppConfig config;
    private final I18n i18n = new I18n(Locale.getDefault());
    private final BackgroundTaskRunner tasks = new BackgroundTaskRunner(i18n);
    private final ViewLoader views = new ViewLoader(i18n);
    private final Settings settings;
    private final WorkspaceOpener opener;
    private final java.util.function.Supplier<Window> owner;

    public AppContext(AppConfig config, java.util.function.Supplier<Window> owner) {
        this.config = config;
        this.owner = owner;
        this.settings = new Settings(config.settingsFile());
        this.opener = new WorkspaceOpener() {
            @Override
            public Workspace create(Path folder, char[] passphrase) {
                Workspace ws = Workspace.create(folder, passphrase, KdfParams.fresh(config.kdfIterations()), config.actor());
                settings.rememberWorkspace(ws.folder());
                return ws;
            }

            @Override
            public Workspace open(Path folder, char[] passphrase) {
                Workspace ws = Workspace.open(folder, passphrase, config.actor());
                settings.rememberWorkspace(ws.folder());
                return ws;
            }

            @Override
            public boolean hasWorkspace(Path folder) {
                return WorkspaceLocation.hasWorkspace(folder);
            }
        };
    }

    public I18n i18n() {
        return i18n;
    }

    public TaskRunner tasks() {
        return tasks;
    }

    /** The first screen: unlock the last or default workspace if there is one, otherwise create one. */
    public Parent workspaceScreen(Consumer<Workspace> onOpened) {
        Path last = settings.lastWorkspace().filter(WorkspaceLocation::hasWorkspace).orElse(null);
        Path folder = last != null ? last : config.defaultWorkspace();
        WorkspaceViewModel.Mode mode = last != null || WorkspaceLocation.hasWorkspace(folder)
                ? WorkspaceViewModel.Mode.UNLOCK : WorkspaceViewModel.Mode.CREATE;
        Dialogs dialogs = new FxDialogs(owner, i18n);
        WorkspaceRestorer restorer = new WorkspaceRestorer() {
            @Override
            public WorkspaceBackup.RestoreReport restore(Path backup, Path target, char[] passphrase) {
                return WorkspaceBackup.restore(backup, target, passphrase, config.actor());
            }

            @Override
            public Path suggestedTarget() {
                return WorkspaceRestorer.besides(config.defaultWorkspace());
            }
        };
        WorkspaceViewModel vm = new WorkspaceViewModel(opener, tasks, i18n, folder, mode, onOpened,
                () -> demoWorkspace().open(), () -> new RestoreViewModel(restorer, opener, tasks, i18n, dialogs, onOpened));
        return views.load(View.WORKSPACE, type -> type == WorkspaceController.class ? new WorkspaceController(vm, i18n) : null)
                .root();
    }

    public Parent mainScreen(Workspace workspace, Runnable onLock) {
        Dialogs dialogs = new FxDialogs(owner, i18n);
        CheckService checks = CheckService.attach(workspace);
        org.hirewatch.links.LinkService links = org.hirewatch.links.LinkService.attach(workspace, checks);
        MainViewModel main = new MainViewModel(workspace, checks, tasks, i18n, dialogs, onLock);
        CaseReportService reports = new CaseReportService(workspace, checks,
                new org.hirewatch.exchange.report.ConfirmedLinks(workspace, links, i18n::text),
                i18n.bundle().getLocale(), java.time.ZoneId.systemDefault());
        java.util.function.Function<UUID, CaseScope> scopes = id -> new CaseScope(id, workspace, checks, tasks, i18n,
                dialogs, () -> main.caseList().reload(), reports, main::openCase);
        FxNewCaseDialogs newCase = new FxNewCaseDialogs(views, i18n,
                () -> new NewCaseViewModel(workspace, tasks, i18n, config.actor()));
        IndicatorsScreen indicators = new IndicatorsScreen(checks, tasks, i18n, dialogs, Platform::runLater,
                () -> main.caseList().reload());
        org.hirewatch.ui.links.LinkSettingsScreen linkSettings = new org.hirewatch.ui.links.LinkSettingsScreen(links, checks,
                tasks, i18n, dialogs, Platform::runLater, () -> main.caseList().reload());
        org.hirewatch.exchange.bundle.BundleService bundleService = new org.hirewatch.exchange.bundle.BundleService(workspace);
        org.hirewatch.ui.bundle.FxBundleDialogs bundles = new org.hirewatch.ui.bundle.FxBundleDialogs(i18n, dialogs,
                ids -> new org.hirewatch.ui.bundle.BundleExportViewModel(bundleService, tasks, i18n,
                        org.hirewatch.store.KdfParams.DEFAULT_ITERATIONS, ids),
                () -> new org.hirewatch.ui.bundle.BundleImportViewModel(bundleService, tasks, i18n));
        return views.load(View.MAIN, type -> {
            if (type == MainController.class) {
                return new MainController(main, views, scopes, newCase, indicators::load, bundles,
                        new org.hirewatch.ui.links.ClusterScreen(links, workspace, tasks, i18n, main::openCase)::load,
                        linkSettings::load);
            }
            if (type == CaseListController.class) {
                return new CaseListController(main, i18n);
            }
            return null;
        }).root();
    }

    /** The demo workspace rebuilt from the pack; blocking, so callers run it as a task after closing the old one. */
    public Workspace recreateDemo() {
        return demoWorkspace().recreate();
    }

    /**
     * Whether a workspace is the demo, told by its folder alone (no file access on the JavaFX thread). A real workspace
     * can never be reset from the banner: the demo refuses to delete a folder without its marker.
     */
    public boolean isDemo(Workspace ws) {
        return ws.folder().equals(org.hirewatch.training.DemoWorkspace.besides(config.defaultWorkspace()));
    }

    /** Made when needed, in the background: reading the catalogue has no place before the first frame. */
    private org.hirewatch.training.DemoWorkspace demoWorkspace() {
        return new org.hirewatch.training.DemoWorkspace(
                org.hirewatch.training.DemoWorkspace.besides(config.defaultWorkspace()), config.kdfIterations(),
                config.actor(), org.hirewatch.indicators.Catalogue.builtIn());
    }

    /** The main screen with the demo banner above it: reset and the training screens live there. */
    public Parent demoScreen(Workspace workspace, Runnable onLock, Runnable onReset) {
        Parent main = mainScreen(workspace, onLock);
        Dialogs dialogs = new FxDialogs(owner, i18n);
        Runnable confirmedReset = () -> {
            if (dialogs.confirm("training.reset.title", i18n.text("training.reset.confirm"))) {
                onReset.run();
            }
        };
        return org.hirewatch.ui.training.DemoBanner.wrap(main, i18n, confirmedReset,
                () -> org.hirewatch.ui.training.TrainingScreen.show(owner.get(), i18n, tasks,
                        org.hirewatch.indicators.Catalogue.builtIn(), org.hirewatch.indicators.CheckEngine.withBuiltInRules()));
    }

    @Override
    public void close() {
        tasks.close();
    }
}
