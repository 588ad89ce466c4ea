package org.hirewatch.store;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileStore;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.locks.ReentrantLock;
import java.util.function.Function;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.flywaydb.core.Flyway;
import org.h2.jdbcx.JdbcConnectionPool;
import org.hirewatch.store.WorkspaceException.Reason;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.Jdbi;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * One open workspace: an encrypted H2 file database in a folder, with its stores. Opening derives the key from
 * the passphrase; a second open of the same folder, in this process or another, is refused as "locked".
 */
public final class Workspace implements AutoCloseable {
    /** The highest migration this version knows; a test keeps it equal to the newest file in db/migration. */
    public static final int SCHEMA_VERSION = 8;
    public static final long DEFAULT_ATTACHMENT_LIMIT = 100L * 1024 * 1024;
    private static final Logger LOG = LoggerFactory.getLogger(Workspace.class);
    private static final String DB_USER = "hirewatch";
    private static final Set<Path> OPEN_IN_THIS_PROCESS = ConcurrentHashMap.newKeySet();

    private final Path folder;
    private final JdbcConnectionPool pool;
    private final Jdbi jdbi;
    private final ReentrantLock writeLock = new ReentrantLock();
    private final String actor;
    private final AuditLog audit;
    private final CaseStore cases;
    private final EvidenceStore evidence;
    private final NoteStore notes;
    private final CheckStore checks;
    private final IndicatorSettingsStore indicatorSettings;
    private java.util.Optional<AuditHeadFile.Rollback> rollback = java.util.Optional.empty();
    private final LinkStore links;
    private final SignInStore signIns;

    private Workspace(Path folder, JdbcConnectionPool pool, String actor, long attachmentLimit) {
        this.folder = folder;
        this.pool = pool;
        this.actor = actor;
        this.jdbi = Jdbi.create(pool);
        Db.configure(jdbi);
        this.audit = new AuditLog(jdbi, folder);
        this.cases = new CaseStore(this);
        this.evidence = new EvidenceStore(this, attachmentLimit);
        this.notes = new NoteStore(this);
        this.checks = new CheckStore(this);
        this.indicatorSettings = new IndicatorSettingsStore(this);
        this.links = new LinkStore(this);
        this.signIns = new SignInStore(this, evidence);
    }

    /** Creates a new, empty workspace in {@code folder} (which may exist but must hold no workspace). */
    public static Workspace create(Path folder, char[] passphrase, KdfParams kdf, String actor) {
        Path dir = WorkspaceLocation.checkedFolder(folder);
        if (Files.exists(dir.resolve(WorkspaceLocation.DB_FILE)) || Files.exists(dir.resolve(WorkspaceLocation.KEY_FILE))) {
            throw new WorkspaceException(Reason.ALREADY_EXISTS, dir);
        }
        try {
            Files.createDirectories(dir);
        } catch (IOException e) {
            throw H2Errors.translate(e, dir);
        }
        if (!Files.isWritable(dir)) {
            throw new WorkspaceException(Reason.READ_ONLY, dir);
        }
        Workspace ws = connect(dir, passphrase, kdf, null, actor, DEFAULT_ATTACHMENT_LIMIT, true);
        ws.write(h -> {
            h.execute("INSERT INTO workspace_info (info_key, info_value) VALUES ('application', 'HireWatch')");
            ws.appendAudit(h, "workspace.create", "workspace", null, null, null, null);
            return null;
        });
        return ws;
    }

    public static Workspace open(Path folder, char[] passphrase, String actor) {
        return open(folder, passphrase, actor, DEFAULT_ATTACHMENT_LIMIT);
    }

    public static Workspace open(Path folder, char[] passphrase, String actor, long attachmentLimit) {
        Path dir = WorkspaceLocation.checkedFolder(folder);
        Path db = dir.resolve(WorkspaceLocation.DB_FILE);
        if (!Files.isRegularFile(dir.resolve(WorkspaceLocation.KEY_FILE))) {
            throw new WorkspaceException(Files.exists(db) ? Reason.NOT_A_WORKSPACE : Reason.NO_WORKSPACE, dir);
        }
        if (!Files.isRegularFile(db)) {
            throw new WorkspaceException(Reason.DAMAGED, dir);
        }
        KdfParams kdf = WorkspaceLocation.readKeyFile(dir);
        String keyCheck = WorkspaceLocation.readKeyCheck(dir);
        // An empty or foreign file would be turned into a fresh database by H2; refuse it before H2 touches it.
        if (!hasEncryptedHeader(db)) {
            throw new WorkspaceException(Reason.DAMAGED, dir);
        }
        // H2 would open a write-protected file read-only and fail later on the first save.
        if (!Files.isWritable(dir) || !Files.isWritable(db)) {
            throw new WorkspaceException(Reason.READ_ONLY, dir);
        }
        Workspace ws = connect(dir, passphrase, kdf, keyCheck, actor, attachmentLimit, false);
        ws.noticeOlderState();
        return ws;
    }

    /**
     * An older copy of the database file put in place of the newer one keeps an intact audit chain, so only the
     * head recorded beside it at the last close or backup tells. When it does, the finding itself goes into the
     * chain (so it survives this session) and the opener is told through {@link #olderThanLastClose()}.
     */
    private void noticeOlderState() {
        try {
            rollback = AuditHeadFile.check(this);
        } catch (RuntimeException e) {
            LOG.warn("Could not compare the audit chain with its recorded head: {}", e.getClass().getSimpleName());
            return;
        }
        rollback.ifPresent(r -> write(h -> {
            appendAudit(h, "workspace.rollback", "workspace", null, null,
                    java.util.Map.of("recordedEntry", r.recordedSeq()), java.util.Map.of("databaseEntry", r.databaseSeq()));
            return null;
        }));
    }

    /** Present when this database was older than the state recorded beside it when the workspace was opened. */
    public java.util.Optional<AuditHeadFile.Rollback> olderThanLastClose() {
        return rollback;
    }

    /**
     * Opens (or, when {@code creating}, makes) the database. {@code keyCheck} is the check value from the key file
     * (null for workspaces made before it existed); when it confirms the passphrase, an H2 "encryption error" can
     * only mean a damaged file.
     */
    private static Workspace connect(Path dir, char[] passphrase, KdfParams kdf, String keyCheck, String actor,
                                     long attachmentLimit, boolean creating) {
        if (!OPEN_IN_THIS_PROCESS.add(dir)) {
            throw new WorkspaceException(Reason.LOCKED, dir);
        }
        JdbcConnectionPool pool = null;
        boolean keyConfirmed = false;
        try {
            byte[] key = kdf.derive(passphrase);
            String check = keyCheck(key);
            HexFormat hex = HexFormat.of();
            String password = hex.formatHex(Arrays.copyOfRange(key, 0, 32)) + " " + hex.formatHex(Arrays.copyOfRange(key, 32, 64));
            Arrays.fill(key, (byte) 0);
            if (creating) {
                WorkspaceLocation.writeKeyFile(dir, kdf, check);
                keyConfirmed = true;
            } else if (keyCheck != null) {
                if (!MessageDigest.isEqual(check.getBytes(StandardCharsets.US_ASCII), keyCheck.getBytes(StandardCharsets.US_ASCII))) {
                    throw new WorkspaceException(Reason.WRONG_PASSPHRASE, dir);
                }
                keyConfirmed = true;
            }
            // IFEXISTS stops a mistyped folder from silently creating a fresh database; the path was checked
            // for ';' by checkedFolder. TRACE_LEVEL_FILE=0: H2's trace file is plain text and its error messages
            // quote values (names, emails), which must not sit unencrypted beside the database. WRITE_DELAY=0: a
            // commit is written at once, not up to 500 ms later by a background thread; that keeps committed changes
            // (and their audit entries) if the app dies, and avoids an H2 2.5 race where reads beside that thread fail
            // with "File corrupted" / "Reading from file failed" once rows hold values of about 1 MB (a 1 MB note).
            // CACHE_SIZE: H2 keeps 16 MB of (decrypted) pages by default; the case list of 100,000 cases reads about
            // 80 MB, so every load decrypted it all again (about 3 s). See cacheSizeKb().
            String url = "jdbc:h2:file:" + dir.resolve(WorkspaceLocation.DB_NAME) + ";CIPHER=AES;MODE=PostgreSQL"
                    + ";DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH;TRACE_LEVEL_FILE=0;WRITE_DELAY=0"
                    + ";CACHE_SIZE=" + cacheSizeKb() + (creating ? "" : ";IFEXISTS=TRUE");
            pool = JdbcConnectionPool.create(url, DB_USER, password);
            pool.setMaxConnections(8);
            try (Connection c = pool.getConnection()) {
                migrate(c, dir, url, password, creating);
            }
            Workspace ws = new Workspace(dir, pool, actor, attachmentLimit);
            IdentifierIndex.bringUpToDate(ws);
            return ws;
        } catch (SQLException | IOException | RuntimeException e) {
            if (pool != null) {
                pool.dispose();
            }
            OPEN_IN_THIS_PROCESS.remove(dir);
            WorkspaceException we = H2Errors.translate(e, dir);
            if (keyConfirmed && we.reason() == Reason.WRONG_PASSPHRASE) {
                // The key file confirmed the passphrase, so H2 could not read its own header: the file is damaged.
                throw new WorkspaceException(Reason.DAMAGED, e, dir);
            }
            throw we;
        }
    }

    /** H2's page cache in KB: an eighth of the maximum heap, at least H2's default of 16 MB and at most 256 MB. */
    static long cacheSizeKb() {
        long eighthKb = Runtime.getRuntime().maxMemory() / 8 / 1024;
        return Math.max(16 * 1024, Math.min(256 * 1024, eighthKb));
    }

    /**
     * A check value for the derived key, kept in the key file so that a wrong passphrase can be told from a damaged
     * database. It is an HMAC under the derived key: it shows nothing of the key, and testing a guessed passphrase
     * against it costs the same PBKDF2 run as testing the guess against the encrypted file itself.
     */
    static String keyCheck(byte[] key) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(key, "HmacSHA256"));
            return HexFormat.of().formatHex(mac.doFinal("HireWatch key check 1".getBytes(StandardCharsets.US_ASCII)));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HmacSHA256 is part of every Java runtime", e);
        }
    }

    /** True when the file starts like an H2 file encrypted with CIPHER=AES. */
    private static boolean hasEncryptedHeader(Path db) {
        byte[] magic = "H2encrypt\n".getBytes(StandardCharsets.US_ASCII);
        try (InputStream in = Files.newInputStream(db)) {
            return Arrays.equals(in.readNBytes(magic.length), magic);
        } catch (IOException e) {
            throw H2Errors.translate(e, db.getParent());
        }
    }

    /** Skips Flyway (about half a second) when the schema is already current, which is every normal start. */
    private static void migrate(Connection c, Path dir, String url, String password, boolean creating) throws SQLException {
        int current;
        try {
            current = creating ? 0 : installedVersion(c, dir);
            if (current > SCHEMA_VERSION) {
                throw new WorkspaceException(Reason.NEWER_SCHEMA, dir);
            }
        } catch (WorkspaceException e) {
            // Refused before any change: close without H2's housekeeping on close (compaction, header rewrite), so
            // that the file stays byte for byte as it was for the version of HireWatch that made it.
            shutdownImmediately(c);
            throw e;
        }
        if (current < SCHEMA_VERSION) {
            LOG.info("Migrating workspace schema from version {} to {}", current, SCHEMA_VERSION);
            Flyway.configure().dataSource(url, DB_USER, password).locations("classpath:db/migration")
                    .loggers("slf4j").load().migrate();
        }
    }

    private static void shutdownImmediately(Connection c) {
        try (Statement st = c.createStatement()) {
            st.execute("SHUTDOWN IMMEDIATELY");
        } catch (SQLException e) {
            LOG.debug("Immediate shutdown after a refused open: {}", e.getMessage());
        }
    }

    private static int installedVersion(Connection c, Path dir) throws SQLException {
        try (Statement st = c.createStatement()) {
            try (ResultSet rs = st.executeQuery("SELECT COUNT(*) FROM information_schema.tables WHERE table_name IN"
                    + " ('workspace_info', 'flyway_schema_history')")) {
                rs.next();
                if (rs.getInt(1) < 2) {
                    // The key file says HireWatch, so a database without our tables is a damaged or replaced one.
                    throw new WorkspaceException(Reason.DAMAGED, dir);
                }
            }
            try (ResultSet rs = st.executeQuery(
                    "SELECT version FROM \"flyway_schema_history\" WHERE success = TRUE AND version IS NOT NULL")) {
                int max = 0;
                while (rs.next()) {
                    max = Math.max(max, Integer.parseInt(rs.getString(1).split("\\.")[0]));
                }
                return max;
            }
        }
    }

    public Path folder() {
        return folder;
    }

    public String actor() {
        return actor;
    }

    public CaseStore cases() {
        return cases;
    }

    public EvidenceStore evidence() {
        return evidence;
    }

    private final java.util.List<WorkspaceListener> listeners = new java.util.concurrent.CopyOnWriteArrayList<>();

    public void addListener(WorkspaceListener l) {
        listeners.add(l);
    }

    void fireEvidenceChanged(java.util.List<WorkspaceListener.EvidenceChange> changes) {
        for (WorkspaceListener l : listeners) {
            try {
                l.evidenceChanged(changes);
            } catch (RuntimeException e) {
                LOG.warn("A follow-up to an evidence change failed: {}", e.getClass().getSimpleName());
            }
        }
    }

    void fireCaseChanged(java.util.UUID caseId) {
        for (WorkspaceListener l : listeners) {
            try {
                l.caseChanged(caseId);
            } catch (RuntimeException e) {
                LOG.warn("A follow-up to a case change failed: {}", e.getClass().getSimpleName());
            }
        }
    }

    public CheckStore checks() {
        return checks;
    }

    public LinkStore links() {
        return links;
    }

    public IndicatorSettingsStore indicatorSettings() {
        return indicatorSettings;
    }

    public SignInStore signIns() {
        return signIns;
    }

    public NoteStore notes() {
        return notes;
    }

    public AuditLog audit() {
        return audit;
    }

    /**
     * Runs one change as one transaction; the change appends its audit entry (see {@link #appendAudit}) in the
     * same transaction. Writes are serialised: the audit chain needs one writer at a time.
     */
    <T> T write(Function<Handle, T> change) {
        writeLock.lock();
        try {
            return jdbi.inTransaction(change::apply);
        } catch (WorkspaceException e) {
            throw e;
        } catch (RuntimeException e) {
            if (e instanceof org.hirewatch.domain.ValidationException ve) {
                throw ve;
            }
            throw H2Errors.translate(e, folder);
        } finally {
            writeLock.unlock();
        }
    }

    <T> T read(Function<Handle, T> query) {
        try {
            return jdbi.withHandle(query::apply);
        } catch (WorkspaceException e) {
            throw e;
        } catch (RuntimeException e) {
            throw H2Errors.translate(e, folder);
        }
    }

    void appendAudit(Handle h, String action, String entityType, java.util.UUID entityId, java.util.UUID caseId,
                     Object before, Object after) {
        audit.append(h, actor, action, entityType, entityId, caseId, before, after);
    }

    void appendAudit(Handle h, java.util.List<AuditLog.Pending> entries) {
        audit.appendAll(h, actor, entries);
    }

    /** Keeps the chain's newest entry outside the database, so that an older copy of the file shows on open. */
    void recordAuditHead() {
        try {
            AuditHeadFile.write(folder, audit.head());
        } catch (WorkspaceException e) {
            LOG.warn("Could not read the audit chain head: {}", e.reason());
        }
    }

    /** Free space in the workspace's file system, so that big attachments can be refused before writing. */
    long usableSpace() {
        try {
            FileStore store = Files.getFileStore(folder);
            return store.getUsableSpace();
        } catch (IOException e) {
            return Long.MAX_VALUE;
        }
    }

    @Override
    public void close() {
        recordAuditHead();
        try (Connection c = pool.getConnection(); Statement st = c.createStatement()) {
            st.execute("SHUTDOWN");
        } catch (SQLException e) {
            LOG.warn("Workspace did not shut down cleanly: {}", e.getMessage());
        } finally {
            pool.dispose();
            OPEN_IN_THIS_PROCESS.remove(folder);
        }
    }
}
