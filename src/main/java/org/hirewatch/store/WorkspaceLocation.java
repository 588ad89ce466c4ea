package org.hirewatch.store;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Base64;
import java.util.Locale;
import java.util.Properties;

/**
 * Where a workspace lives and the small key file beside its database (salt and KDF settings; no secret).
 */
public final class WorkspaceLocation {
    public static final String DB_NAME = "hirewatch";
    public static final String DB_FILE = DB_NAME + ".mv.db";
    public static final String KEY_FILE = "workspace.properties";
    static final String FORMAT = "1";
    /** Optional (workspaces made before it have none): see {@code Workspace.keyCheck}. */
    static final String KEY_CHECK = "keyCheck";

    private WorkspaceLocation() {
    }

    /** The platform's per-user data folder: XDG data home, %APPDATA% or ~/Library/Application Support. */
    public static Path defaultFolder() {
        String os = System.getProperty("os.name", "").toLowerCase(Locale.ROOT);
        Path home = Path.of(System.getProperty("user.home"));
        if (os.contains("win")) {
            String appData = System.getenv("APPDATA");
            return (appData != null ? Path.of(appData) : home.resolve("AppData").resolve("Roaming"))
                    .resolve("HireWatch").resolve("workspace");
        }
        if (os.contains("mac")) {
            return home.resolve("Library").resolve("Application Support").resolve("HireWatch").resolve("workspace");
        }
        String xdg = System.getenv("XDG_DATA_HOME");
        Path base = xdg != null && !xdg.isBlank() && Path.of(xdg).isAbsolute() ? Path.of(xdg) : home.resolve(".local").resolve("share");
        return base.resolve("hirewatch").resolve("workspace");
    }

    /**
     * Refuses folders whose names would change the meaning of a JDBC URL: H2 reads ';' as the start of
     * settings, so a folder called "x;INIT=..." must never reach the URL.
     */
    public static Path checkedFolder(Path folder) {
        Path abs = folder.toAbsolutePath().normalize();
        String s = abs.toString();
        for (char c : s.toCharArray()) {
            if (c == ';' || c == '\u0000' || Character.isISOControl(c)) {
                throw new WorkspaceException(WorkspaceException.Reason.BAD_PATH, s);
            }
        }
        return abs;
    }

    public static boolean hasWorkspace(Path folder) {
        return Files.isRegularFile(folder.resolve(KEY_FILE)) && Files.isRegularFile(folder.resolve(DB_FILE));
    }

    static void writeKeyFile(Path folder, KdfParams kdf) throws IOException {
        writeKeyFile(folder, kdf, null);
    }

    /** {@code keyCheck} (may be null) lets a wrong passphrase be told from a damaged database; it is no secret. */
    static void writeKeyFile(Path folder, KdfParams kdf, String keyCheck) throws IOException {
        Properties p = new Properties();
        p.setProperty("application", "HireWatch");
        p.setProperty("format", FORMAT);
        p.setProperty("kdf", kdf.algorithm());
        p.setProperty("iterations", Integer.toString(kdf.iterations()));
        p.setProperty("salt", Base64.getEncoder().encodeToString(kdf.salt()));
        if (keyCheck != null) {
            p.setProperty(KEY_CHECK, keyCheck);
        }
        Path tmp = folder.resolve(KEY_FILE + ".tmp");
        try (OutputStream out = Files.newOutputStream(tmp)) {
            p.store(out, "HireWatch workspace key settings. No secret is stored here; keep this file with the database.");
        }
        Files.move(tmp, folder.resolve(KEY_FILE), StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
    }

    static KdfParams readKeyFile(Path folder) {
        Properties p = loadKeyFile(folder);
        if (!"HireWatch".equals(p.getProperty("application"))) {
            throw new WorkspaceException(WorkspaceException.Reason.NOT_A_WORKSPACE, folder);
        }
        try {
            int format = Integer.parseInt(p.getProperty("format", "0"));
            if (format > Integer.parseInt(FORMAT)) {
                throw new WorkspaceException(WorkspaceException.Reason.NEWER_SCHEMA, folder);
            }
            KdfParams kdf = new KdfParams(p.getProperty("kdf"), Integer.parseInt(p.getProperty("iterations")),
                    Base64.getDecoder().decode(p.getProperty("salt")));
            if (!KdfParams.PBKDF2_SHA256.equals(kdf.algorithm()) || kdf.iterations() < 1 || kdf.salt().length < 16) {
                throw new WorkspaceException(WorkspaceException.Reason.DAMAGED, folder);
            }
            return kdf;
        } catch (RuntimeException e) {
            if (e instanceof WorkspaceException we) {
                throw we;
            }
            throw new WorkspaceException(WorkspaceException.Reason.DAMAGED, e, folder);
        }
    }

    /** The key check value, or null when the workspace was made before check values were written. */
    static String readKeyCheck(Path folder) {
        String check = loadKeyFile(folder).getProperty(KEY_CHECK);
        return check == null || check.isBlank() ? null : check.strip();
    }

    private static Properties loadKeyFile(Path folder) {
        Properties p = new Properties();
        try (InputStream in = Files.newInputStream(folder.resolve(KEY_FILE))) {
            p.load(in);
        } catch (IOException | IllegalArgumentException e) {
            throw new WorkspaceException(WorkspaceException.Reason.NOT_A_WORKSPACE, e, folder);
        }
        return p;
    }
}
