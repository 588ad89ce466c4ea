package org.hirewatch.app;

import java.nio.file.Path;
import java.util.Locale;
import org.hirewatch.store.KdfParams;
import org.hirewatch.store.WorkspaceLocation;

/**
 * Start-up settings: where the default workspace and the settings file live, and the key-derivation cost.
 * Tests point these at temporary folders.
 */
public record AppConfig(Path defaultWorkspace, Path settingsFile, int kdfIterations, String actor) {

    public static AppConfig defaults(Path workspaceOverride) {
        Path ws = workspaceOverride != null ? workspaceOverride : WorkspaceLocation.defaultFolder();
        return new AppConfig(ws, defaultSettingsFile(), KdfParams.DEFAULT_ITERATIONS, System.getProperty("user.name", "investigator"));
    }

    static Path defaultSettingsFile() {
        String os = System.getProperty("os.name", "").toLowerCase(Locale.ROOT);
        Path home = Path.of(System.getProperty("user.home"));
        if (os.contains("win")) {
            String appData = System.getenv("APPDATA");
            return (appData != null ? Path.of(appData) : home).resolve("HireWatch").resolve("settings.properties");
        }
        if (os.contains("mac")) {
            return home.resolve("Library").resolve("Preferences").resolve("HireWatch").resolve("settings.properties");
        }
        String xdg = System.getenv("XDG_CONFIG_HOME");
        Path base = xdg != null && !xdg.isBlank() && Path.of(xdg).isAbsolute() ? Path.of(xdg) : home.resolve(".config");
        return base.resolve("hirewatch").resolve("settings.properties");
    }
}
