package org.hirewatch.app;

import java.nio.file.Path;
import java.util.List;
import javafx.application.Application;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.stage.Stage;
import org.hirewatch.store.Workspace;
import org.hirewatch.ui.common.Theme;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** The desktop application: the workspace screen first, then the main window of the opened workspace. */
public final class HireWatchApp extends Application {
    private static final Logger LOG = LoggerFactory.getLogger(HireWatchApp.class);
    private AppContext context;
    private Stage stage;
    private Workspace workspace;

    @Override
    public void start(Stage primaryStage) {
        this.stage = primaryStage;
        List<String> args = getParameters().getRaw();
        Path override = null;
        for (int i = 0; i < args.size() - 1; i++) {
            if (args.get(i).equals("--db")) {
                override = Path.of(args.get(i + 1));
            }
        }
        context = new AppContext(AppConfig.defaults(override), () -> stage);
        // A bug must never show up as a stack trace or a frozen screen: log it (without data) and say so.
        Thread.setDefaultUncaughtExceptionHandler((thread, e) -> {
            LOG.error("Uncaught failure on {}: {}", thread.getName(), e.getClass().getName(), e);
            if (javafx.application.Platform.isFxApplicationThread()) {
                new org.hirewatch.ui.common.FxDialogs(() -> stage, context.i18n()).showError(context.i18n().text("error.unexpected"));
            }
        });
        stage.setTitle(context.i18n().text("app.name"));
        stage.setMinWidth(760);
        stage.setMinHeight(520);
        Scene scene = new Scene(context.workspaceScreen(this::opened), 1200, 760);
        scene.getStylesheets().add(Theme.STYLESHEET);
        stage.setScene(scene);
        stage.show();
        LOG.info("First window shown {} ms after JVM start",
                System.currentTimeMillis() - java.lang.management.ManagementFactory.getRuntimeMXBean().getStartTime());
    }

    private void opened(Workspace ws) {
        this.workspace = ws;
        stage.setTitle(context.i18n().text("main.windowTitle", ws.folder().getFileName()));
        show(context.mainScreen(ws, this::lock));
    }

    private void lock() {
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

    private void show(Parent root) {
        stage.getScene().setRoot(root);
    }

    @Override
    public void stop() {
        if (workspace != null) {
            workspace.close();
        }
        if (context != null) {
            context.close();
        }
    }

}
