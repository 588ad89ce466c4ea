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
        LOG.info("First window shown {} ms after JVM start",
                System.currentTimeMillis() - java.lang.management.ManagementFactory.getRuntimeMXBean().getStartTime());
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
