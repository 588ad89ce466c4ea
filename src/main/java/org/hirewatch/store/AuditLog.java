package org.hirewatch.store;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.hirewatch.domain.AuditEntry;
import org.hirewatch.domain.AuditVerification;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.HandleCallback;
import org.jdbi.v3.core.Jdbi;
import org.jdbi.v3.core.statement.PreparedBatch;

/**
 * The append-only, hash-chained audit log. Every store write appends here inside its own transaction, so a
 * change and its audit entry are saved together or not at all.
 */
public final class AuditLog {
    static final String GENESIS = "0".repeat(64);
    private final Jdbi jdbi;
    private final Path folder;

    AuditLog(Jdbi jdbi) {
        this(jdbi, null);
    }

    AuditLog(Jdbi jdbi, Path folder) {
        this.jdbi = jdbi;
        this.folder = folder;
    }

    /** Reads translate storage failures (a damaged page, a closed workspace) like the other stores do. */
    private <T> T read(HandleCallback<T, RuntimeException> query) {
        try {
            return jdbi.withHandle(query);
        } catch (WorkspaceException e) {
            throw e;
        } catch (RuntimeException e) {
            throw H2Errors.translate(e, folder);
        }
    }

    /** An entry to append: what happened to which entity, with snapshots before and after (either may be null). */
    record Pending(String action, String entityType, UUID entityId, UUID caseId, Object before, Object after) {
    }

    /** Callers hold the workspace write lock, so sequence numbers cannot race. */
    void append(Handle h, String actor, String action, String entityType, UUID entityId, UUID caseId,
                Object before, Object after) {
        appendAll(h, actor, List.of(new Pending(action, entityType, entityId, caseId, before, after)));
    }

    /** Appends entries in order, chained to the current end of the log, as one batch of inserts. */
    void appendAll(Handle h, String actor, List<Pending> entries) {
        if (entries.isEmpty()) {
            return;
        }
        Long last = h.createQuery("SELECT MAX(seq) FROM audit_log").mapTo(Long.class).one();
        long seq = last == null ? 1 : last + 1;
        String prev = last == null ? GENESIS
                : h.createQuery("SELECT hash FROM audit_log WHERE seq = :s").bind("s", last).mapTo(String.class).one();
        Instant at = Clock.now();
        PreparedBatch batch = h.prepareBatch("INSERT INTO audit_log (seq, at, actor, action, entity_type, entity_id, case_id,"
                + " before_state, after_state, prev_hash, hash) VALUES (:seq, :at, :actor, :action, :type, :eid, :cid, :before,"
                + " :after, :prev, :hash)");
        for (Pending p : entries) {
            String beforeJson = p.before() == null ? null : Json.write(p.before());
            String afterJson = p.after() == null ? null : Json.write(p.after());
            String hash = hash(seq, at, actor, p.action(), p.entityType(), p.entityId(), p.caseId(), beforeJson, afterJson, prev);
            batch.bind("seq", seq).bind("at", at).bind("actor", actor).bind("action", p.action())
                    .bind("type", p.entityType()).bind("eid", p.entityId()).bind("cid", p.caseId())
                    .bind("before", beforeJson).bind("after", afterJson).bind("prev", prev).bind("hash", hash).add();
            prev = hash;
            seq++;
        }
        batch.execute();
    }

    /** A case's entries; with {@code null}, the workspace's own (settings, custom indicators, workspace creation). */
    public List<AuditEntry> forCase(UUID caseId) {
        if (caseId == null) {
            return read(h -> h.createQuery("SELECT * FROM audit_log WHERE case_id IS NULL ORDER BY seq")
                    .map(AuditLog::mapEntry).list());
        }
        return read(h -> h.createQuery("SELECT * FROM audit_log WHERE case_id = :c ORDER BY seq")
                .bind("c", caseId).map(AuditLog::mapEntry).list());
    }

    public long size() {
        return read(h -> h.createQuery("SELECT COUNT(*) FROM audit_log").mapTo(Long.class).one());
    }

    /**
     * Walks the whole chain in order and reports the first entry that does not match. An entry whose snapshots a
     * retention purge blanked cannot be re-hashed: its place in the chain (sequence and link) is still checked, and a
     * later purge entry, itself hashed, must list it and carry a digest of the hashes it blanked. So marking entries
     * as redacted cannot hide a change to them.
     */
    public AuditVerification verify() {
        return read(h -> {
            long[] count = {0};
            String[] prev = {GENESIS};
            long[] expectedSeq = {1};
            AuditVerification[] broken = {null};
            java.util.TreeMap<Long, String> unaccounted = new java.util.TreeMap<>();
            h.createQuery("SELECT * FROM audit_log ORDER BY seq").setFetchSize(500)
                    .map((rs, ctx) -> Map.entry(mapEntry(rs, ctx), rs.getBoolean("redacted")))
                    .useIterator(it -> {
                        while (it.hasNext() && broken[0] == null) {
                            Map.Entry<AuditEntry, Boolean> row = it.next();
                            AuditEntry e = row.getKey();
                            boolean redacted = row.getValue();
                            count[0]++;
                            if (e.seq() != expectedSeq[0]) {
                                broken[0] = AuditVerification.broken(count[0], expectedSeq[0], "audit.problem.missing");
                            } else if (!e.prevHash().equals(prev[0])) {
                                broken[0] = AuditVerification.broken(count[0], e.seq(), "audit.problem.link");
                            } else if (redacted) {
                                unaccounted.put(e.seq(), e.hash());
                            } else if (!e.hash().equals(hash(e.seq(), e.at(), e.actor(), e.action(), e.entityType(),
                                    e.entityId(), e.caseId(), e.before(), e.after(), e.prevHash()))) {
                                broken[0] = AuditVerification.broken(count[0], e.seq(), "audit.problem.content");
                            } else if (Redaction.PURGE_ACTION.equals(e.action())
                                    && !Redaction.accountFor(e.after(), unaccounted)) {
                                broken[0] = AuditVerification.broken(count[0], e.seq(), "audit.problem.redaction");
                            }
                            prev[0] = e.hash();
                            expectedSeq[0]++;
                        }
                    });
            if (broken[0] == null && !unaccounted.isEmpty()) {
                return AuditVerification.broken(count[0], unaccounted.firstKey(), "audit.problem.redaction");
            }
            return broken[0] != null ? broken[0] : AuditVerification.ok(count[0]);
        });
    }

    /** The newest entry's sequence number and hash; (0, genesis) for an empty log. */
    public record Head(long seq, String hash) {
    }

    public Head head() {
        return read(AuditLog::head);
    }

    static Head head(Handle h) {
        return h.createQuery("SELECT seq, hash FROM audit_log ORDER BY seq DESC LIMIT 1")
                .map((rs, ctx) -> new Head(rs.getLong(1), rs.getString(2))).findOne().orElse(new Head(0, GENESIS));
    }

    /** The hash of the entry with this sequence number, if the log has it. */
    public java.util.Optional<String> hashAt(long seq) {
        return read(h -> h.createQuery("SELECT hash FROM audit_log WHERE seq = :s").bind("s", seq)
                .mapTo(String.class).findOne());
    }

    private static AuditEntry mapEntry(java.sql.ResultSet rs, org.jdbi.v3.core.statement.StatementContext ctx)
            throws java.sql.SQLException {
        return new AuditEntry(rs.getLong("seq"), Db.instant(rs, "at"), rs.getString("actor"), rs.getString("action"),
                rs.getString("entity_type"), rs.getObject("entity_id", UUID.class), rs.getObject("case_id", UUID.class),
                rs.getString("before_state"), rs.getString("after_state"), rs.getString("prev_hash"), rs.getString("hash"));
    }

    static String hash(long seq, Instant at, String actor, String action, String entityType, UUID entityId,
                       UUID caseId, String before, String after, String prevHash) {
        // Unit separators keep field boundaries unambiguous; null and empty are told apart.
        String canonical = String.join("\u001f", Long.toString(seq), at.toString(), actor, action, entityType,
                String.valueOf(entityId), String.valueOf(caseId), before == null ? "\u0000" : before,
                after == null ? "\u0000" : after, prevHash);
        try {
            MessageDigest md = MessageDigest.getInstance("SHA-256");
            return HexFormat.of().formatHex(md.digest(canonical.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
