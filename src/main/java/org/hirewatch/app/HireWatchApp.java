package org.hirewatch.app;

import java.nio.file.Path;
import java.util.List;
import javafx.application.Application;
import javafx.application.Platform;
import javafx.stage.Stage;
import org.hirewatch.ui.common.FxDialogs;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** The desktop application. {@code --db FOLDER} chooses the workspace folder instead of the default. */
public final class HireWatchApp extends Application {
    private static final Logger LOG = LoggerFactory.getLogger(HireWatchApp.class);
    private AppContext context;
    private AppWindow window;

    @Override
    public void start(Stage stage) {
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
            if (Platform.isFxApplicationThread()) {
                new FxDialogs(() -> stage, context.i18n()).showError(context.i18n().text("error.unexpected"));
            }
        });
        window = new AppWindow(context, stage);
        window.show();
        logFirstFrame(stage);
    }

    /**
     * Start-up time as a user feels it: from JVM start to the first laid-out frame of the window. The wall-clock
     * time is logged too, so the start-up benchmark can measure from the moment it launched the process. With
     * HIREWATCH_EXIT_AFTER_FIRST_FRAME=1 the app quits right after that frame: the benchmark and the installer's
     * class-list step start it that way.
     */
    private static void logFirstFrame(Stage stage) {
        long jvmStart = java.lang.management.ManagementFactory.getRuntimeMXBean().getStartTime();
        boolean exitAfter = "1".equals(System.getenv("HIREWATCH_EXIT_AFTER_FIRST_FRAME"));
        Runnable[] once = new Runnable[1];
        once[0] = () -> {
            stage.getScene().removePostLayoutPulseListener(once[0]);
            long now = System.currentTimeMillis();
            LOG.info("First frame {} ms after JVM start (first-frame-epoch-ms={})", now - jvmStart, now);
            if (exitAfter) {
                Platform.runLater(Platform::exit);
            }
        };
        stage.getScene().addPostLayoutPulseListener(once[0]);
    }

    @Override
    public void stop() {
        if (window != null) {
            window.closeNow();
        }
        if (context != null) {
            context.close();
        }
    }
}
