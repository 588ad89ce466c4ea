package org.hirewatch.ui.links;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.concurrent.Executor;
import javafx.fxml.FXMLLoader;
import javafx.scene.Parent;
import org.hirewatch.indicators.CheckService;
import org.hirewatch.links.LinkService;
import org.hirewatch.ui.common.Dialogs;
import org.hirewatch.ui.common.I18n;
import org.hirewatch.ui.common.TaskRunner;

/** Builds the link settings and warning lists screen of one open workspace, loaded afresh each time it is opened. */
public final class LinkSettingsScreen {
    private final LinkService links;
    private final CheckService checks;
    private final TaskRunner tasks;
    private final I18n i18n;
    private final Dialogs dialogs;
    private final Executor fxThread;
    private final Runnable onChecksRerun;

    public LinkSettingsScreen(LinkService links, CheckService checks, TaskRunner tasks, I18n i18n, Dialogs dialogs,
                              Executor fxThread, Runnable onChecksRerun) {
        this.links = links;
        this.checks = checks;
        this.tasks = tasks;
        this.i18n = i18n;
        this.dialogs = dialogs;
        this.fxThread = fxThread;
        this.onChecksRerun = onChecksRerun;
    }

    public Parent load() {
        LinkSettingsViewModel vm = new LinkSettingsViewModel(links, checks, tasks, i18n, dialogs, fxThread, onChecksRerun);
        FXMLLoader loader = new FXMLLoader(LinkSettingsScreen.class.getResource("LinkSettings.fxml"), i18n.bundle());
        loader.setControllerFactory(type -> {
            if (type == LinkSettingsController.class) {
                return new LinkSettingsController(vm, i18n);
            }
            throw new IllegalStateException("LinkSettings.fxml wants a " + type.getName());
        });
        try {
            Parent root = loader.load();
            vm.load();
            return root;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot load LinkSettings.fxml", e);
        }
    }
}
