package org.hirewatch.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hirewatch.store.StoreFixtures.ACTOR;
import static org.hirewatch.store.StoreFixtures.PASSPHRASE;
import static org.hirewatch.store.StoreFixtures.assertReason;
import static org.hirewatch.store.StoreFixtures.create;
import static org.hirewatch.store.StoreFixtures.open;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.RandomAccessFile;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.MessageDigest;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Random;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.hirewatch.domain.AuditEntry;
import org.hirewatch.domain.AuditVerification;
import org.hirewatch.domain.CaseDetails;
import org.hirewatch.domain.CaseQuery;
import org.hirewatch.domain.Subject;
import org.hirewatch.store.WorkspaceException.Reason;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Creating, opening and refusing to open workspaces: each refusal must come with the right reason. */
class WorkspaceLifecycleTest {
    @TempDir
    Path dir;

    @Test
    void createsReopensAndKeepsData() {
        Path folder = dir.resolve("ws");
        String reference;
        try (Workspace ws = create(folder)) {
            assertThat(ws.folder()).isEqualTo(folder.toAbsolutePath());
            assertThat(ws.actor()).isEqualTo(ACTOR);
            reference = ws.cases().create(CaseDetails.newCase("Backend contractor", Subject.named("Jon Doe"))).reference();
            assertThat(reference).matches("HW-\\d{4}-0001");
        }
        assertThat(WorkspaceLocation.hasWorkspace(folder)).isTrue();
        try (Workspace ws = open(folder)) {
            assertThat(ws.cases().findByReference(reference)).hasValueSatisfying(c -> assertThat(c.title()).isEqualTo("Backend contractor"));
            assertThat(ws.cases().create(CaseDetails.newCase("Second", Subject.empty())).reference()).endsWith("-0002");
            assertThat(ws.audit().verify()).isEqualTo(AuditVerification.ok(3));
        }
    }

    @Test
    void refusesWrongPassphraseAndStillOpensWithTheRightOne() {
        Path folder = dir.resolve("ws");
        create(folder).close();
        assertReason(() -> Workspace.open(folder, "correct horse battery stapler".toCharArray(), ACTOR), Reason.WRONG_PASSPHRASE);
        assertReason(() -> Workspace.open(folder, new char[0], ACTOR), Reason.WRONG_PASSPHRASE);
        open(folder).close();
    }

    @Test
    void defaultKdfIsSlowAndSalted() {
        KdfParams a = KdfParams.fresh(KdfParams.DEFAULT_ITERATIONS);
        KdfParams b = KdfParams.fresh(KdfParams.DEFAULT_ITERATIONS);
        assertThat(a.iterations()).isGreaterThanOrEqualTo(600_000);
        assertThat(a.salt()).hasSize(32).isNotEqualTo(b.salt());
        assertThat(a.derive("pass".toCharArray())).hasSize(64).isNotEqualTo(b.derive("pass".toCharArray()));
    }

    @Test
    void defaultKdfWorkspaceOpensAndRefusesWrongPassphrase() {
        Path folder = dir.resolve("ws");
        Workspace.create(folder, PASSPHRASE.toCharArray(), KdfParams.fresh(KdfParams.DEFAULT_ITERATIONS), ACTOR).close();
        assertThat(WorkspaceLocation.readKeyFile(folder.toAbsolutePath()).iterations()).isEqualTo(KdfParams.DEFAULT_ITERATIONS);
        assertReason(() -> Workspace.open(folder, "wrong".toCharArray(), ACTOR), Reason.WRONG_PASSPHRASE);
        open(folder).close();
    }

    @Test
    void pageCacheIsSizedToTheHeap() {
        long expectedMb = Workspace.cacheSizeKb() / 1024;
        assertThat(expectedMb).isBetween(16L, 256L);
        try (Workspace ws = create(dir.resolve("ws"))) {
            String mb = ws.write(h -> h.createQuery("SELECT setting_value FROM information_schema.settings"
                    + " WHERE setting_name = 'info.CACHE_MAX_SIZE'").mapTo(String.class).one());
            assertThat(Long.parseLong(mb)).isEqualTo(expectedMb);
        }
    }

    @Test
    void keyFileHoldsNoSecret() throws IOException {
        Path folder = dir.resolve("ws");
        create(folder).close();
        String props = Files.readString(folder.resolve(WorkspaceLocation.KEY_FILE), StandardCharsets.ISO_8859_1);
        assertThat(props).doesNotContain(PASSPHRASE).contains("iterations=1000").contains("salt=");
    }

    @Test
    void secondOpenInThisProcessIsLocked() {
        Path folder = dir.resolve("ws");
        try (Workspace ws = create(folder)) {
            assertReason(() -> open(folder), Reason.LOCKED);
            // The same folder spelled differently is still the same workspace.
            assertReason(() -> open(folder.resolve("..").resolve("ws")), Reason.LOCKED);
            ws.cases().create(CaseDetails.newCase("still usable", Subject.empty()));
        }
        open(folder).close(); // closing released the lock
    }

    @Test
    void failedOpenDoesNotLeaveTheFolderLocked() {
        Path folder = dir.resolve("ws");
        create(folder).close();
        assertReason(() -> Workspace.open(folder, "wrong".toCharArray(), ACTOR), Reason.WRONG_PASSPHRASE);
        open(folder).close();
    }

    @Test
    void openInAnotherProcessIsLocked() throws Exception {
        Path folder = dir.resolve("ws");
        try (Workspace ws = create(folder)) {
            ws.cases().create(CaseDetails.newCase("Held elsewhere", Subject.empty()));
        }
        Process other = startLockHolder(folder);
        try {
            BufferedReader out = new BufferedReader(new InputStreamReader(other.getInputStream(), StandardCharsets.UTF_8));
            String first = out.readLine();
            assertThat(first).as("second JVM's first line (stderr: %s)", stderrOf(other)).isEqualTo("open 1");

            assertReason(() -> open(folder), Reason.LOCKED);
            assertReason(() -> open(folder), Reason.LOCKED); // and again: the failed attempt left nothing behind

            other.getOutputStream().close();
            assertThat(other.waitFor(60, TimeUnit.SECONDS)).isTrue();
            assertThat(other.exitValue()).isZero();
        } finally {
            other.destroyForcibly();
        }
        try (Workspace ws = open(folder)) {
            assertThat(ws.cases().count()).isEqualTo(1);
        }
    }

    @Test
    void otherProcessIsRefusedWhileThisOneHoldsTheWorkspace() throws Exception {
        Path folder = dir.resolve("ws");
        try (Workspace ws = create(folder)) {
            Process other = startLockHolder(folder);
            try {
                BufferedReader out = new BufferedReader(new InputStreamReader(other.getInputStream(), StandardCharsets.UTF_8));
                assertThat(out.readLine()).isEqualTo("failed LOCKED");
                assertThat(other.waitFor(60, TimeUnit.SECONDS)).isTrue();
            } finally {
                other.destroyForcibly();
            }
            assertThat(ws.cases().count()).isZero();
        }
    }

    private static Process startLockHolder(Path folder) throws IOException {
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        ProcessBuilder pb = new ProcessBuilder(java, "-cp", testClassPath(), LockHolderMain.class.getName(),
                folder.toString(), PASSPHRASE);
        pb.redirectError(ProcessBuilder.Redirect.PIPE);
        return pb.start();
    }

    /** Surefire may start the test JVM from a manifest-only jar; its own property has the real class path. */
    private static String testClassPath() {
        String cp = System.getProperty("surefire.test.class.path");
        return cp != null && !cp.isBlank() ? cp : System.getProperty("java.class.path");
    }

    private static String stderrOf(Process p) {
        try {
            if (!p.isAlive()) {
                return new String(p.getErrorStream().readAllBytes(), StandardCharsets.UTF_8);
            }
        } catch (IOException e) {
            return e.toString();
        }
        return "(still running)";
    }

    @Test
    void schemaVersionIsTheNewestMigration() throws IOException, URISyntaxException {
        URL location = Workspace.class.getResource("/db/migration");
        assertThat(location).isNotNull();
        Pattern versioned = Pattern.compile("V(\\d+)__.+\\.sql");
        int newest = 0;
        List<String> names = new ArrayList<>();
        try (Stream<Path> files = Files.list(Path.of(location.toURI()))) {
            for (Path p : files.toList()) {
                names.add(p.getFileName().toString());
                Matcher m = versioned.matcher(p.getFileName().toString());
                if (m.matches()) {
                    newest = Math.max(newest, Integer.parseInt(m.group(1)));
                }
            }
        }
        assertThat(newest).as("migrations %s", names).isPositive().isEqualTo(Workspace.SCHEMA_VERSION);
    }

    @Test
    void newerSchemaIsRefusedAndTheFileIsUntouched() throws Exception {
        Path folder = dir.resolve("ws");
        try (Workspace ws = create(folder)) {
            ws.cases().create(CaseDetails.newCase("Made by the future", Subject.empty()));
            int next = Workspace.SCHEMA_VERSION + 1;
            ws.write(h -> h.createUpdate("INSERT INTO \"flyway_schema_history\" (\"installed_rank\", \"version\","
                            + " \"description\", \"type\", \"script\", \"checksum\", \"installed_by\", \"execution_time\","
                            + " \"success\") VALUES (:rank, :v, 'from a newer HireWatch', 'SQL', :script, 0, 'hirewatch', 1, TRUE)")
                    .bind("rank", 100).bind("v", Integer.toString(next)).bind("script", "V" + next + "__future.sql").execute());
        }
        Path db = folder.resolve(WorkspaceLocation.DB_FILE);
        String before = sha256(db);
        // a fixed time well in the past: any write by the refused open would move it
        long modified = Files.getLastModifiedTime(db).toMillis() - 60_000;
        Files.setLastModifiedTime(db, java.nio.file.attribute.FileTime.fromMillis(modified));

        assertReason(() -> open(folder), Reason.NEWER_SCHEMA);
        assertReason(() -> open(folder), Reason.NEWER_SCHEMA); // not locked by the refused attempt

        assertThat(sha256(db)).as("database bytes after the refusal").isEqualTo(before);
        assertThat(Files.getLastModifiedTime(db).toMillis()).isEqualTo(modified);
    }

    @Test
    void newerKeyFileFormatIsRefused() throws IOException {
        Path folder = dir.resolve("ws");
        create(folder).close();
        Path key = folder.resolve(WorkspaceLocation.KEY_FILE);
        Files.writeString(key, Files.readString(key, StandardCharsets.ISO_8859_1).replace("format=1", "format=99"),
                StandardCharsets.ISO_8859_1);
        assertReason(() -> open(folder), Reason.NEWER_SCHEMA);
    }

    /**
     * H2 itself cannot tell these apart: a wrong key and a damaged encryption header both give error 90049 ("Store
     * header is corrupt"). The key file's check value confirms the passphrase, so with the right one it is DAMAGED.
     */
    @Test
    void damagedHeaderIsDamagedNotWrongPassphrase() throws Exception {
        // Bytes 10.. hold the salt of H2's file encryption: the file key no longer matches.
        for (long offset : new long[] {10, 16}) {
            Path folder = dir.resolve("ws" + offset);
            fill(folder, 20);
            overwrite(folder.resolve(WorkspaceLocation.DB_FILE), offset, 16, offset);
            assertReason(() -> open(folder), Reason.DAMAGED);
            // A wrong passphrase is still told as such.
            assertReason(() -> Workspace.open(folder, "wrong".toCharArray(), ACTOR), Reason.WRONG_PASSPHRASE);
        }
        // Bytes 0..9 are H2's "H2encrypt" mark: without it the file is damaged whatever the passphrase.
        Path folder = dir.resolve("ws0");
        fill(folder, 20);
        Path db = folder.resolve(WorkspaceLocation.DB_FILE);
        overwrite(db, 0, 16, 0);
        String before = sha256(db);
        assertReason(() -> open(folder), Reason.DAMAGED);
        assertReason(() -> Workspace.open(folder, "wrong".toCharArray(), ACTOR), Reason.DAMAGED);
        assertThat(sha256(db)).isEqualTo(before);
    }

    @Test
    void workspaceWithoutKeyCheckStillOpens() throws IOException {
        // Key files written before the check value existed: the passphrase is then judged by H2 alone.
        Path folder = dir.resolve("ws");
        create(folder).close();
        Path key = folder.resolve(WorkspaceLocation.KEY_FILE);
        List<String> lines = Files.readAllLines(key, StandardCharsets.ISO_8859_1);
        assertThat(lines).anyMatch(l -> l.startsWith(WorkspaceLocation.KEY_CHECK + "="));
        Files.write(key, lines.stream().filter(l -> !l.startsWith(WorkspaceLocation.KEY_CHECK + "=")).toList(),
                StandardCharsets.ISO_8859_1);
        assertReason(() -> Workspace.open(folder, "wrong".toCharArray(), ACTOR), Reason.WRONG_PASSPHRASE);
        open(folder).close();
    }

    /**
     * H2 finds no damage when it opens an encrypted file (AES-XTS has no checksum over the contents), and when the
     * newest chunks are unreadable it opens the newest older state it can read. What holds: never a wrong passphrase,
     * never wrong data. Each outcome is DAMAGED, a broken audit chain, or a consistent state whose every case was
     * really written (possibly fewer of them: see {@link #olderStateOfTheFileIsReported}).
     */
    @Test
    void damagedFileIsReportedOrReadsBackOnlyWhatWasWritten() throws Exception {
        String[] damage = {"overwrite 0.3+0.2", "overwrite 0.5+0.2", "overwrite 0.1+0.8", "truncate 0.5", "truncate 0.2"};
        for (String d : damage) {
            Path folder = dir.resolve(d.replace(' ', '-'));
            fill(folder, 300);
            Path db = folder.resolve(WorkspaceLocation.DB_FILE);
            long size = Files.size(db);
            String[] how = d.split("[ +]");
            if (how[0].equals("truncate")) {
                try (RandomAccessFile raf = new RandomAccessFile(db.toFile(), "rw")) {
                    raf.setLength((long) (size * Double.parseDouble(how[1])));
                }
            } else {
                overwrite(db, (long) (size * Double.parseDouble(how[1])), (int) (size * Double.parseDouble(how[2])), 42);
            }
            try (Workspace ws = open(folder)) {
                AuditVerification v = ws.audit().verify();
                if (v.intact()) {
                    List<String> read = new ArrayList<>();
                    for (var c : ws.cases().list(CaseQuery.all())) {
                        var full = ws.cases().get(c.id());
                        read.add(full.title() + "|" + full.subject().primaryName());
                    }
                    List<String> written = new ArrayList<>();
                    for (int i = 0; i < 300; i++) {
                        written.add("Case " + i + "|Invented Name " + i);
                    }
                    assertThat(read).as("%s: an intact chain, so only what was written", d).doesNotHaveDuplicates()
                            .isSubsetOf(written);
                    // An older state of the file is now told apart: it is reported and the chain records it.
                    boolean older = read.size() < 300;
                    assertThat(ws.olderThanLastClose().isPresent()).as("%s: older state reported", d).isEqualTo(older);
                    assertThat(v.entriesChecked()).as(d).isEqualTo(read.size() + 1L + (older ? 1 : 0));
                }
            } catch (WorkspaceException e) {
                assertThat(e.reason()).as("%s: %s", d, e).isEqualTo(Reason.DAMAGED);
            }
        }
    }

    /**
     * A database file that went back to an older state of itself (damage that H2 recovers from by opening older
     * chunks, a sync tool or a careless copy) has an intact chain, because it is a valid prefix. The head recorded
     * beside it at the last close tells: the open says so once and the chain records it.
     */
    @Test
    void olderStateOfTheFileIsReported() throws Exception {
        Path folder = dir.resolve("ws");
        Path db = folder.resolve(WorkspaceLocation.DB_FILE);
        fill(folder, 10);
        byte[] older = Files.readAllBytes(db);
        try (Workspace ws = open(folder)) {
            ws.cases().create(CaseDetails.newCase("Added after the copy", Subject.empty()));
        }
        Files.write(db, older);
        try (Workspace ws = open(folder)) {
            assertThat(ws.olderThanLastClose()).as("the copy misses the entry recorded at the last close").isPresent();
            assertThat(ws.audit().forCase(null)).extracting(AuditEntry::action).contains("workspace.rollback");
        }
        try (Workspace ws = open(folder)) {
            assertThat(ws.olderThanLastClose()).as("told once; the chain now records it").isEmpty();
        }
    }

    @Test
    void emptyTruncatedOrMissingDatabaseIsDamaged() throws Exception {
        Path folder = dir.resolve("ws");
        fill(folder, 50);
        Path db = folder.resolve(WorkspaceLocation.DB_FILE);
        byte[] whole = Files.readAllBytes(db);
        for (int keep : new int[] {100, 4096, 12_000}) {
            Files.write(db, java.util.Arrays.copyOf(whole, keep)); // H2's mark is kept, the store is gone
            assertReason(() -> open(folder), Reason.DAMAGED);
        }
        Files.write(db, new byte[0]);
        assertReason(() -> open(folder), Reason.DAMAGED);
        assertThat(Files.size(db)).as("the refused open wrote nothing into the empty file").isZero();

        Files.delete(db);
        assertReason(() -> open(folder), Reason.DAMAGED);
    }

    @Test
    void foreignDatabaseWithoutKeyFileIsNotAWorkspace() throws IOException {
        Path folder = dir.resolve("ws");
        Files.createDirectories(folder);
        byte[] junk = new byte[64 * 1024];
        new Random(1).nextBytes(junk);
        Files.write(folder.resolve(WorkspaceLocation.DB_FILE), junk);
        assertReason(() -> open(folder), Reason.NOT_A_WORKSPACE);
        assertReason(() -> create(folder), Reason.ALREADY_EXISTS);
        assertThat(Files.readAllBytes(folder.resolve(WorkspaceLocation.DB_FILE))).isEqualTo(junk);
    }

    @Test
    void keyFileOfAnotherApplicationIsNotAWorkspace() throws IOException {
        Path folder = dir.resolve("ws");
        create(folder).close();
        Files.writeString(folder.resolve(WorkspaceLocation.KEY_FILE), "application=Other\n");
        assertReason(() -> open(folder), Reason.NOT_A_WORKSPACE);
    }

    @Test
    void garbledKeyFileIsDamaged() throws IOException {
        Path folder = dir.resolve("ws");
        create(folder).close();
        Files.writeString(folder.resolve(WorkspaceLocation.KEY_FILE), "application=HireWatch\nformat=1\niterations=x\n");
        assertReason(() -> open(folder), Reason.DAMAGED);
    }

    @Test
    void emptyOrMissingFolderHasNoWorkspace() throws IOException {
        assertReason(() -> open(dir.resolve("missing")), Reason.NO_WORKSPACE);
        Files.createDirectories(dir.resolve("empty"));
        assertReason(() -> open(dir.resolve("empty")), Reason.NO_WORKSPACE);
        assertThat(dir.resolve("missing")).doesNotExist();
    }

    @Test
    void createRefusesAnExistingWorkspace() {
        Path folder = dir.resolve("ws");
        create(folder).close();
        assertReason(() -> create(folder), Reason.ALREADY_EXISTS);
        open(folder).close();
    }

    @Test
    void folderNameWithSemicolonIsABadPath() throws IOException {
        Path folder = dir.resolve("x;INIT=RUNSCRIPT FROM 'evil.sql'");
        assertReason(() -> create(folder), Reason.BAD_PATH);
        assertReason(() -> open(folder), Reason.BAD_PATH);
        assertThat(folder).doesNotExist();
        assertReason(() -> create(dir.resolve("tab\there")), Reason.BAD_PATH);
    }

    @Test
    void readOnlyFolderIsRefusedOnCreate() throws IOException {
        Path parent = dir.resolve("ro");
        Files.createDirectories(parent);
        Files.setPosixFilePermissions(parent, PosixFilePermissions.fromString("r-xr-xr-x"));
        try {
            Assumptions.assumeFalse(Files.isWritable(parent), "this process can write to read-only folders (root)");
            assertReason(() -> create(parent), Reason.READ_ONLY);
        } finally {
            Files.setPosixFilePermissions(parent, PosixFilePermissions.fromString("rwxr-xr-x"));
        }
    }

    @Test
    void readOnlyWorkspaceIsRefusedOnOpen() throws IOException {
        Path folder = dir.resolve("ws");
        create(folder).close();
        Path db = folder.resolve(WorkspaceLocation.DB_FILE);
        Files.setPosixFilePermissions(db, PosixFilePermissions.fromString("r--r--r--"));
        Files.setPosixFilePermissions(folder, PosixFilePermissions.fromString("r-xr-xr-x"));
        try {
            Assumptions.assumeFalse(Files.isWritable(db), "this process can write to read-only files (root)");
            assertReason(() -> open(folder), Reason.READ_ONLY);
        } finally {
            Files.setPosixFilePermissions(folder, PosixFilePermissions.fromString("rwxr-xr-x"));
            Files.setPosixFilePermissions(db, PosixFilePermissions.fromString("rw-r--r--"));
        }
    }

    private static void fill(Path folder, int cases) {
        try (Workspace ws = create(folder)) {
            for (int i = 0; i < cases; i++) {
                ws.cases().create(CaseDetails.newCase("Case " + i, Subject.named("Invented Name " + i)));
            }
        }
    }

    private static void overwrite(Path file, long offset, int length, long seed) throws IOException {
        byte[] junk = new byte[length];
        new Random(seed).nextBytes(junk);
        try (RandomAccessFile raf = new RandomAccessFile(file.toFile(), "rw")) {
            raf.seek(offset);
            raf.write(junk);
        }
    }

    static String sha256(Path file) throws Exception {
        return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(Files.readAllBytes(file)));
    }
}
