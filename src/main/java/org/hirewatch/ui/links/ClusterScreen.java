package org.hirewatch.ui.links;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.UUID;
import java.util.function.Consumer;
import javafx.fxml.FXMLLoader;
import javafx.scene.Parent;
import org.hirewatch.links.LinkService;
import org.hirewatch.store.Workspace;
import org.hirewatch.ui.common.I18n;
import org.hirewatch.ui.common.TaskRunner;

/** Builds the link cluster screen of one open workspace, loaded afresh each time it is opened. */
public final class ClusterScreen {
    private final LinkService links;
    private final Workspace ws;
    private final TaskRunner tasks;
    private final I18n i18n;
    private final Consumer<UUID> openCase;

    public ClusterScreen(LinkService links, Workspace ws, TaskRunner tasks, I18n i18n, Consumer<UUID> openCase) {
        this.links = links;
        this.ws = ws;
        this.tasks = tasks;
        this.i18n = i18n;
        this.openCase = openCase;
    }

    public Parent load() {
        ClusterViewModel vm = new ClusterViewModel(links, ws, tasks, i18n, openCase);
        FXMLLoader loader = new FXMLLoader(ClusterScreen.class.getResource("LinkClusters.fxml"), i18n.bundle());
        loader.setControllerFactory(type -> {
            if (type != ClusterController.class) {
                throw new IllegalStateException("LinkClusters.fxml wants a " + type.getName());
            }
            return new ClusterController(vm, i18n);
        });
        try {
            Parent root = loader.load();
            vm.load();
            return root;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot load LinkClusters.fxml", e);
        }
    }
}
