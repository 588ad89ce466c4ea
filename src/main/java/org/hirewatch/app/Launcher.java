package org.hirewatch.app;

import javafx.application.Application;

/**
 * Entry point of the jar. It is not an Application subclass, so the JavaFX runtime can come from the class path.
 * No arguments (or only {@code --db FOLDER}) opens the window; anything else is a command-line subcommand.
 */
public final class Launcher {
    private Launcher() {
    }

    public static void main(String[] args) {
        if (args.length == 0 || args.length == 2 && args[0].equals("--db")) {
            Application.launch(HireWatchApp.class, args);
        } else {
            org.hirewatch.app.cli.HireWatchCli.main(args);
        }
    }
}
