package org.hirewatch.store;

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

/**
 * The audit chain's newest entry, kept in a small file beside the database (no personal data: a number and a hash).
 * The chain inside the database cannot show that the whole file was swapped for an older copy; this file, written on
 * close and on backup, can: a database whose chain ends before the recorded entry, or holds another entry there, is
 * older than the one last closed here. It is a tripwire against mistakes (a restored old copy, a sync tool), not
 * against someone who replaces both files.
 */
public final class AuditHeadFile {
    public static final String FILE = "audit-head.properties";
    private static final Logger LOG = LoggerFactory.getLogger(AuditHeadFile.class);

    private AuditHeadFile() {
    }

    /** The recorded head is missing from the database: it is older than when this folder last closed. */
    public record Rollback(long recordedSeq, long databaseSeq) {
    }

    static void write(Path folder, AuditLog.Head head) {
        Properties p = new Properties();
        p.setProperty("seq", Long.toString(head.seq()));
        p.setProperty("hash", head.hash());
        Path tmp = folder.resolve(FILE + ".tmp");
        try (OutputStream out = Files.newOutputStream(tmp)) {
            p.store(out, "HireWatch audit chain head, written on close. No personal data.");
            Files.move(tmp, folder.resolve(FILE), StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException e) {
            LOG.warn("Could not record the audit chain head: {}", e.getClass().getSimpleName());
        }
    }

    static Optional<AuditLog.Head> read(Path folder) {
        Path f = folder.resolve(FILE);
        if (!Files.isRegularFile(f)) {
            return Optional.empty();
        }
        Properties p = new Properties();
        try (InputStream in = Files.newInputStream(f)) {
            p.load(in);
            return Optional.of(new AuditLog.Head(Long.parseLong(p.getProperty("seq", "0")), p.getProperty("hash", "")));
        } catch (IOException | RuntimeException e) {
            return Optional.empty();
        }
    }

    /** Present when the open workspace's database is older than the head recorded beside it. */
    public static Optional<Rollback> check(Workspace ws) {
        Optional<AuditLog.Head> recorded = read(ws.folder());
        if (recorded.isEmpty() || recorded.get().seq() == 0) {
            return Optional.empty();
        }
        AuditLog.Head r = recorded.get();
        Optional<String> there = ws.audit().hashAt(r.seq());
        if (there.isPresent() && there.get().equals(r.hash())) {
            return Optional.empty();
        }
        return Optional.of(new Rollback(r.seq(), ws.audit().head().seq()));
    }
}
