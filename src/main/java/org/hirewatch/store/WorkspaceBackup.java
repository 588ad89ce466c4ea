package org.hirewatch.store;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.DigestInputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;
import org.hirewatch.domain.AuditVerification;
import org.hirewatch.store.WorkspaceException.Reason;

/**
 * A whole workspace in one file, taken while it is open, and its restore into a new folder.
 * <p>
 * The file is a ZIP of three entries: the key file (salt and KDF settings, no secret), H2's online {@code BACKUP} of
 * the database (the AES-encrypted database file as it is on disk, attachments included, so the backup is as
 * encrypted as the workspace) and a manifest with the SHA-256 of both and the audit chain's head. Restore checks
 * every hash and the passphrase before it writes anything, opens the copy, verifies the audit chain and confirms
 * that the chain still reaches the head the manifest recorded.
 */
public final class WorkspaceBackup {
    public static final String FORMAT = "hirewatch-backup";
    public static final int VERSION = 1;
    static final String MANIFEST = "manifest.properties";
    static final String DATABASE = "database.zip";
    private static final List<String> PAYLOAD = List.of(WorkspaceLocation.KEY_FILE, DATABASE);
    private static final long ENTRY_LIMIT = 64L * 1024 * 1024 * 1024;

    private WorkspaceBackup() {
    }

    /** What a backup holds, for the message after it is written. */
    public record Summary(long cases, long evidence, long attachments, long auditEntries, long bytes) {
    }

    /** What a restore found: the counts, the audit chain's verification and whether the recorded head is there. */
    public record RestoreReport(Path folder, long cases, long evidence, long attachments, AuditVerification audit,
                                boolean headPresent, Instant backupTakenAt) {
        public boolean ok() {
            return audit.intact() && headPresent;
        }
    }

    /** Writes the backup of the open workspace to {@code target} (replaced only once complete). */
    public static Summary backup(Workspace ws, Path target) {
        Path out = target.toAbsolutePath().normalize();
        Path dir = out.getParent();
        Path h2Copy = null;
        Path tmp = null;
        try {
            Files.createDirectories(dir);
            // Audited first, so that the copy carries the record of its own making.
            AuditLog.Head head = ws.write(h -> {
                ws.appendAudit(h, "workspace.backup", "workspace", null, null, null, Map.of("at", Clock.now().toString()));
                return AuditLog.head(h);
            });
            h2Copy = Files.createTempFile(dir, ".hirewatch-db-", ".zip");
            Files.delete(h2Copy);
            String literal = h2Copy.toString().replace("'", "''");
            // Everything committed, the backup entry above included, is forced to the file first: the copy must reach
            // the head the manifest records even when H2 has not yet written its latest commit (seen under load).
            ws.read(h -> {
                h.execute("CHECKPOINT SYNC");
                return h.execute("BACKUP TO '" + literal + "'");
            });
            Summary counts = ws.read(h -> new Summary(count(h, "hw_case"), count(h, "evidence"), count(h, "attachment"),
                    count(h, "audit_log"), 0));
            Map<String, Path> files = new LinkedHashMap<>();
            files.put(WorkspaceLocation.KEY_FILE, ws.folder().resolve(WorkspaceLocation.KEY_FILE));
            files.put(DATABASE, h2Copy);
            Properties manifest = new Properties();
            manifest.setProperty("format", FORMAT);
            manifest.setProperty("version", Integer.toString(VERSION));
            manifest.setProperty("schemaVersion", Integer.toString(Workspace.SCHEMA_VERSION));
            manifest.setProperty("takenAt", Clock.now().toString());
            manifest.setProperty("auditSeq", Long.toString(head.seq()));
            manifest.setProperty("auditHash", head.hash());
            for (Map.Entry<String, Path> f : files.entrySet()) {
                manifest.setProperty("sha256." + f.getKey(), sha256(f.getValue()));
            }
            tmp = Files.createTempFile(dir, ".hirewatch-backup-", ".tmp");
            try (ZipOutputStream zip = new ZipOutputStream(Files.newOutputStream(tmp))) {
                zip.putNextEntry(new ZipEntry(MANIFEST));
                manifest.store(zip, "HireWatch workspace backup. The database inside is encrypted with the workspace passphrase.");
                zip.closeEntry();
                for (Map.Entry<String, Path> f : files.entrySet()) {
                    zip.putNextEntry(new ZipEntry(f.getKey()));
                    Files.copy(f.getValue(), zip);
                    zip.closeEntry();
                }
            }
            Files.move(tmp, out, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            tmp = null;
            AuditHeadFile.write(ws.folder(), ws.audit().head());
            return new Summary(counts.cases(), counts.evidence(), counts.attachments(), counts.auditEntries(),
                    Files.size(out));
        } catch (IOException e) {
            throw H2Errors.translate(e, dir);
        } finally {
            deleteQuietly(h2Copy);
            deleteQuietly(tmp);
        }
    }

    /**
     * Restores a backup into {@code target}, which must not exist or be an empty folder. The passphrase is the one
     * the workspace had when the backup was taken. On any failure the target is left as it was found.
     */
    public static RestoreReport restore(Path backup, Path target, char[] passphrase, String actor) {
        Path folder = WorkspaceLocation.checkedFolder(target);
        boolean created = !Files.exists(folder);
        if (!created && !isEmptyFolder(folder)) {
            throw new WorkspaceException(Reason.TARGET_NOT_EMPTY, folder);
        }
        Map<String, byte[]> small = new LinkedHashMap<>();
        Properties manifest;
        try (ZipFile zip = new ZipFile(backup.toFile())) {
            manifest = manifest(zip, backup);
            small.put(WorkspaceLocation.KEY_FILE, checkedBytes(zip, WorkspaceLocation.KEY_FILE, manifest, backup));
        } catch (IOException e) {
            throw new WorkspaceException(Files.isReadable(backup) ? Reason.BACKUP_DAMAGED : Reason.BACKUP_UNREADABLE,
                    e, backup);
        }
        boolean done = false;
        try {
            Files.createDirectories(folder);
            Files.write(folder.resolve(WorkspaceLocation.KEY_FILE), small.get(WorkspaceLocation.KEY_FILE));
            checkPassphrase(folder, passphrase);
            extractDatabase(backup, folder, manifest);
            RestoreReport report;
            try (Workspace ws = Workspace.open(folder, passphrase, actor)) {
                long seq = Long.parseLong(manifest.getProperty("auditSeq", "0"));
                boolean headPresent = seq == 0 || ws.audit().hashAt(seq)
                        .map(h -> h.equals(manifest.getProperty("auditHash"))).orElse(false);
                AuditVerification v = ws.audit().verify();
                report = ws.read(h -> new RestoreReport(folder, count(h, "hw_case"), count(h, "evidence"),
                        count(h, "attachment"), v, headPresent, takenAt(manifest)));
            }
            done = true;
            return report;
        } catch (IOException e) {
            throw H2Errors.translate(e, folder);
        } finally {
            if (!done) {
                undo(folder, created);
            }
        }
    }

    private static Instant takenAt(Properties manifest) {
        try {
            return Instant.parse(manifest.getProperty("takenAt"));
        } catch (RuntimeException e) {
            return null;
        }
    }

    private static Properties manifest(ZipFile zip, Path backup) throws IOException {
        ZipEntry m = zip.getEntry(MANIFEST);
        if (m == null) {
            throw new WorkspaceException(Reason.BACKUP_DAMAGED, backup);
        }
        Properties p = new Properties();
        try (InputStream in = zip.getInputStream(m)) {
            p.load(new ByteArrayInputStream(in.readNBytes(64 * 1024)));
        } catch (IllegalArgumentException e) {
            throw new WorkspaceException(Reason.BACKUP_DAMAGED, e, backup);
        }
        if (!FORMAT.equals(p.getProperty("format"))) {
            throw new WorkspaceException(Reason.BACKUP_DAMAGED, backup);
        }
        int version;
        int schema;
        try {
            version = Integer.parseInt(p.getProperty("version", ""));
            schema = Integer.parseInt(p.getProperty("schemaVersion", ""));
        } catch (NumberFormatException e) {
            throw new WorkspaceException(Reason.BACKUP_DAMAGED, e, backup);
        }
        if (version > VERSION || schema > Workspace.SCHEMA_VERSION) {
            throw new WorkspaceException(Reason.NEWER_SCHEMA, backup);
        }
        // Only the known entries, each exactly once: nothing in the file chooses where anything is written.
        long entries = zip.stream().count();
        if (entries != PAYLOAD.size() + 1 || PAYLOAD.stream().anyMatch(n -> zip.getEntry(n) == null)) {
            throw new WorkspaceException(Reason.BACKUP_DAMAGED, backup);
        }
        return p;
    }

    private static byte[] checkedBytes(ZipFile zip, String name, Properties manifest, Path backup) throws IOException {
        try (InputStream in = zip.getInputStream(zip.getEntry(name))) {
            byte[] bytes = in.readNBytes(1024 * 1024);
            String expected = manifest.getProperty("sha256." + name, "");
            if (!HexFormat.of().formatHex(sha256().digest(bytes)).equals(expected)) {
                throw new WorkspaceException(Reason.BACKUP_DAMAGED, backup);
            }
            return bytes;
        }
    }

    private static void checkPassphrase(Path folder, char[] passphrase) {
        String check = WorkspaceLocation.readKeyCheck(folder);
        if (check == null) {
            return; // older workspaces: opening the database tells
        }
        byte[] key = WorkspaceLocation.readKeyFile(folder).derive(passphrase);
        try {
            if (!MessageDigest.isEqual(Workspace.keyCheck(key).getBytes(StandardCharsets.US_ASCII),
                    check.getBytes(StandardCharsets.US_ASCII))) {
                throw new WorkspaceException(Reason.WRONG_PASSPHRASE, folder);
            }
        } finally {
            Arrays.fill(key, (byte) 0);
        }
    }

    /** Copies the database out of H2's backup inside the backup, checking the SHA-256 of the whole entry. */
    private static void extractDatabase(Path backup, Path folder, Properties manifest) throws IOException {
        Path db = folder.resolve(WorkspaceLocation.DB_FILE);
        MessageDigest md = sha256();
        boolean found = false;
        try (ZipFile zip = new ZipFile(backup.toFile());
             DigestInputStream outer = new DigestInputStream(zip.getInputStream(zip.getEntry(DATABASE)), md);
             ZipInputStream inner = new ZipInputStream(outer)) {
            for (ZipEntry e = inner.getNextEntry(); e != null; e = inner.getNextEntry()) {
                if (!found && e.getName().equals(WorkspaceLocation.DB_FILE)) {
                    try (OutputStream out = Files.newOutputStream(db)) {
                        long copied = inner.transferTo(out);
                        if (copied > ENTRY_LIMIT) {
                            throw new WorkspaceException(Reason.BACKUP_DAMAGED, backup);
                        }
                    }
                    found = true;
                }
            }
            outer.transferTo(OutputStream.nullOutputStream());
        } catch (java.util.zip.ZipException e) {
            throw new WorkspaceException(Reason.BACKUP_DAMAGED, e, backup);
        }
        if (!found || !HexFormat.of().formatHex(md.digest()).equals(manifest.getProperty("sha256." + DATABASE))) {
            throw new WorkspaceException(Reason.BACKUP_DAMAGED, backup);
        }
    }

    private static long count(org.jdbi.v3.core.Handle h, String table) {
        return h.createQuery("SELECT COUNT(*) FROM " + table).mapTo(Long.class).one();
    }

    private static boolean isEmptyFolder(Path folder) {
        if (!Files.isDirectory(folder)) {
            return false;
        }
        try (DirectoryStream<Path> s = Files.newDirectoryStream(folder)) {
            return !s.iterator().hasNext();
        } catch (IOException e) {
            return false;
        }
    }

    /** Removes what the restore wrote; the folder too when the restore made it. */
    private static void undo(Path folder, boolean created) {
        for (String name : List.of(WorkspaceLocation.DB_FILE, WorkspaceLocation.KEY_FILE, AuditHeadFile.FILE,
                WorkspaceLocation.DB_NAME + ".trace.db")) {
            deleteQuietly(folder.resolve(name));
        }
        if (created) {
            deleteQuietly(folder);
        }
    }

    private static void deleteQuietly(Path p) {
        if (p == null) {
            return;
        }
        try {
            Files.deleteIfExists(p);
        } catch (IOException e) {
            // Left behind only when the file system refuses; the caller's message already says what failed.
        }
    }

    private static String sha256(Path f) throws IOException {
        MessageDigest md = sha256();
        try (InputStream in = new DigestInputStream(Files.newInputStream(f), md)) {
            in.transferTo(OutputStream.nullOutputStream());
        }
        return HexFormat.of().formatHex(md.digest());
    }

    private static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
