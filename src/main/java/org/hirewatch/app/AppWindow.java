package org.hirewatch.app;

import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.stage.Stage;
import org.hirewatch.store.Workspace;
import org.hirewatch.ui.common.Theme;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** The one window: the workspace screen until a workspace is open, then the main screen; locking goes back. */
public final class AppWindow {
    private static final Logger LOG = LoggerFactory.getLogger(AppWindow.class);
    private final AppContext context;
    private final Stage stage;
    private Workspace workspace;

    public AppWindow(AppContext context, Stage stage) {
        this.context = context;
        this.stage = stage;
    }

    public void show() {
        stage.setTitle(context.i18n().text("app.name"));
        stage.setMinWidth(760);
        stage.setMinHeight(520);
        // Several sizes, so the window manager and task bar each pick a sharp one; decoded off the first frame's path.
        for (int size : new int[] {16, 32, 64, 256}) {
            stage.getIcons().add(new javafx.scene.image.Image(
                    AppWindow.class.getResource("/org/hirewatch/ui/icons/hirewatch-" + size + ".png").toExternalForm(), true));
        }
        Scene scene = new Scene(context.workspaceScreen(this::opened), 1200, 760);
        scene.getStylesheets().add(Theme.STYLESHEET);
        stage.setScene(scene);
        stage.show();
    }

    private void opened(Workspace ws) {
        this.workspace = ws;
        if (context.isDemo(ws)) {
            stage.setTitle(context.i18n().text("training.windowTitle"));
            show(context.demoScreen(ws, this::lock, this::resetDemo));
            return;
        }
        stage.setTitle(context.i18n().text("main.windowTitle", ws.folder().getFileName()));
        show(context.mainScreen(ws, this::lock));
    }

    /** Closes the workspace (in the background) and asks for the passphrase again. */
    public void lock() {
        Workspace ws = workspace;
        workspace = null;
        stage.setTitle(context.i18n().text("app.name"));
        show(context.workspaceScreen(this::opened));
        if (ws != null) {
            context.tasks().run("task.closingWorkspace", () -> {
                ws.close();
                return null;
            }, x -> { }, e -> LOG.warn("Workspace did not close cleanly: {}", e.getClass().getSimpleName()));
        }
    }

    /** Closes the demo and builds it again from the pack, so a class starts from the same cases. */
    private void resetDemo() {
        Workspace ws = workspace;
        workspace = null;
        stage.getScene().getRoot().setDisable(true);
        context.tasks().run("task.resettingDemo", () -> {
            if (ws != null) {
                ws.close();
            }
            return context.recreateDemo();
        }, this::opened, e -> {
            LOG.warn("Demo reset failed: {}", e.getClass().getSimpleName());
            lock();
        });
    }

    private void show(Parent root) {
        stage.getScene().setRoot(root);
    }

    /** At exit: close what is open so the database file is left consistent. */
    public void closeNow() {
        if (workspace != null) {
            workspace.close();
            workspace = null;
        }
    }
}
