package org.hirewatch.app;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Optional;
import java.util.Properties;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Small per-user settings (the last workspace folder). Written atomically: temp file, then move. */
public final class Settings {
    private static final Logger LOG = LoggerFactory.getLogger(Settings.class);
    private final Path file;
    private final Properties props = new Properties();

    public Settings(Path file) {
        this.file = file;
        if (Files.isRegularFile(file)) {
            try (InputStream in = Files.newInputStream(file)) {
                props.load(in);
            } catch (IOException e) {
                LOG.warn("Settings file could not be read; starting with defaults");
            }
        }
    }

    public synchronized Optional<Path> lastWorkspace() {
        String v = props.getProperty("lastWorkspace");
        return v == null || v.isBlank() ? Optional.empty() : Optional.of(Path.of(v));
    }

    public synchronized void rememberWorkspace(Path folder) {
        props.setProperty("lastWorkspace", folder.toAbsolutePath().toString());
        save();
    }

    private void save() {
        try {
            Files.createDirectories(file.getParent());
            Path tmp = file.resolveSibling(file.getFileName() + ".tmp");
            try (OutputStream out = Files.newOutputStream(tmp)) {
                props.store(out, "HireWatch settings");
            }
            Files.move(tmp, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException e) {
            LOG.warn("Settings could not be saved: {}", e.getClass().getSimpleName());
        }
    }
}
